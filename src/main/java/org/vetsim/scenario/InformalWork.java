package org.vetsim.scenario;

/**
 * Informal work as a choice of young people out of education and out of work: own-account or
 * family work (household plots, dehqon farms, family businesses), petty trade and day labour,
 * without a post at an employer. In Uzbekistan 5.3 million of the 11.0 million employed at home
 * worked in the informal sector in 2019 (Ministry of Employment and Labour Relations survey of
 * December 2019, reported by Kun.uz, 7 February 2020); entry is in effect free (no screening, no
 * capacity; registering as self-employed costs under a hundredth of a wage a month, presidential
 * resolution PP-4742 of 2020) for those who have a way into it: a household plot or dehqon farm, a
 * family business, a place at a day-labour muster or in a trade ({@code access_share}, drawn once per
 * person; docs/research/uzbekistan-informal-access.md). Each month a young person without a post weighs informal work's
 * earnings, less their value of the time it takes, plus what searching for a post from it is still
 * worth at {@code search_intensity}, against the other options of the month (time outside work,
 * full-time search where it pays, preparing for an exam, a stay abroad); the informal worker makes
 * the same choice and may stop.
 * Informal workers are employed in the ILO sense. With {@code earnings} 0 nothing is drawn and
 * nothing changes. See docs/research/uzbekistan-informal.md.
 */
public record InformalWork(
        @Param(doc = "Monthly earnings of a young informal worker (own-account or family work, day labour), in skilled-wage months "
                + "(the home economy's average wage taken as the skilled wage); 0: no one works informally.",
                unit = "skilled-wage months per month", min = 0, max = 5)
        double earnings,
        @Param(doc = "Intensity with which an informal worker applies for posts, against 1 for a job seeker out of work: the chance "
                + "that they look for a post in a month (when searching pays them). 0: informal work is a dead end; 1: it costs no "
                + "search.", min = 0, max = 1)
        double searchIntensity,
        @Param(doc = "Share of young people with a way into informal work of their own: a household plot or dehqon farm that "
                + "needs a hand, a family business, a place in a trade or a day-labour muster. Drawn once per person and kept; "
                + "the others cannot work informally. 1: open to everyone.", min = 0, max = 1)
        double accessShare) {

    public InformalWork {
        Checks.validate(InformalWork.class, earnings, searchIntensity, accessShare);
    }

    /** Whether anyone works informally: informal earnings are set. */
    public boolean inForce() {
        return earnings > 0;
    }
}
