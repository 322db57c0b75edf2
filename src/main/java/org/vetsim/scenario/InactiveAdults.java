package org.vetsim.scenario;

/**
 * Adults outside the labour force who want a job and apply for some without counting as
 * unemployed: people looking after a family, the sick, early retirees and discouraged workers who
 * would take a job but did not search in the survey's four weeks. In the labour force surveys half
 * to two thirds of the adults hired out of non-employment come straight from inactivity (US CPS,
 * ages 25-54, 0.63 raw; UK LFS 0.44-0.62; Germany about 0.35 in the IAB vacancy survey), and those
 * who want a job are hired at about half the unemployed's rate
 * (docs/research/adult-hires-from-inactivity.md). The model keeps them as a stock of
 * {@code want_work_share} of the adult labour force, outside it, who apply for vacancies with
 * {@code search_intensity} times an unemployed adult's applications, each with their own skills and
 * the gap since their last job, which employers see; an employer hires one when they are the best
 * applicant. The population
 * stays as it is: each adult hired from inactivity is matched by an adult who leaves a job for
 * inactivity (care, illness, early retirement), taken from the next month's separations (or, if too
 * few, from the unemployed), so the labour force keeps its size and the stock its own. Adults out
 * of work also stop looking for a while, at {@code pause_rate} a month, and as many of the stock
 * come back to looking: in the surveys a third to a half of those who leave unemployment go to
 * inactivity (US CPS U->N 0.24 a month raw, UK LFS about 0.10, the EU about 0.10, Korea 0.17;
 * docs/research/adult-inactivity-flows.md, adult-gross-flows.md), and one who comes back starts a
 * new spell in the surveys' count of its duration (the ILO's, the LFS's: the time since the search
 * began, if shorter than since the last job) while the gap since the last job stays on the record
 * employers see. With {@code want_work_share} 0 no one applies from inactivity and nothing changes.
 */
public record InactiveAdults(
        @Param(doc = "Adults outside the labour force who want a job (not searching in the survey's four weeks, or not "
                + "available at once), per adult in the labour force: they apply for vacancies beside the unemployed and "
                + "those searching from a job, and when hired leave inactivity straight for work. 0: no one is hired from "
                + "inactivity. At most 0.15: the broadest published measure is about 0.12 (Korea, all who intend to work "
                + "within a year); far larger stocks would take nearly every adult hire, and since each is matched by an "
                + "adult leaving for inactivity, leave no adult unemployed.", min = 0, max = 0.15, fixedAtStart = true)
        double wantWorkShare,
        @Param(doc = "Applications of an adult outside the labour force who wants a job relative to those of an unemployed "
                + "adult (US CPS: those who want a job are hired at about half the unemployed's monthly rate).", min = 0, max = 1)
        double searchIntensity,
        @Param(doc = "Adults out of work who stop looking each month and join those outside the labour force who want a job "
                + "(the labour force surveys' flow from unemployment to inactivity, over the unemployed); as many of those come "
                + "back to looking, with the gap since their last job, which employers see, but a new spell of search, from "
                + "which the surveys count the time unemployed. 0: no one stops looking. It does nothing where no adult outside the "
                + "labour force wants work (want_work_share 0), as in the baseline: no one could come back in a pauser's place.", min = 0, max = 0.5)
        double pauseRate) {

    public InactiveAdults {
        Checks.validate(InactiveAdults.class, wantWorkShare, searchIntensity, pauseRate);
    }

    /** Whether anyone applies from inactivity. */
    public boolean inForce() {
        return wantWorkShare > 0 && searchIntensity > 0;
    }

    /** Applications of an adult outside the labour force who wants a job relative to an unemployed adult's; 0 when no one applies. */
    public double applicationWeight() {
        return inForce() ? searchIntensity : 0.0;
    }
}
