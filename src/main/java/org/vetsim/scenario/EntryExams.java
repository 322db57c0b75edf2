package org.vetsim.scenario;

/**
 * Recruitment of young entrants by a yearly exam in the primary segment of the labour market
 * (large firms and the public sector in Korea): public employers and employers at or above a size
 * hold two kinds of post. Regular posts (open-ended, paid a premium over the pay rule) come free at
 * their own, low separation rate; the segment fills a share of these openings with young people
 * without work experience through an open recruitment exam held once a year, a share by rolling
 * recruitment of young entrants, and the rest with experienced workers (adults, young job
 * changers). Its non-regular posts (fixed-term, part-time, dispatched), paid the pay rule, carry
 * the rest of its turnover and are filled in the month's hiring as any employer's are. Young people out of work choose each month between
 * searching for a job in the rest of the market, preparing for the exam (outside the labour
 * force, as the labour-force surveys count exam preparers) and neither; the chance of passing
 * rises with ability and months of preparation and falls as more prepare, so the queue of
 * preparers is an outcome (Harris and Todaro 1970). Statistics Korea (Economically Active
 * Population Survey, youth supplement, May 2019): 714,000 young people aged 15-29 preparing for
 * an employment exam, 15.3% of the inactive of that age.
 */
@Rule(keys = {"entrantShare", "openHiringShare"},
        text = "entrant_share + open_hiring_share, the shares of the regular openings that go to young entrants, is at most 1")
public record EntryExams(
        @Param(doc = "Whether the employers from from_staff and the public employers recruit young entrants by a yearly exam.")
        boolean enabled,
        @Param(doc = "Trend staff from which an employer belongs to the primary segment that recruits young entrants by the exam "
                + "(250: the model's large size class).", unit = "staff", min = 1, max = 100_000)
        int fromStaff,
        @Param(doc = "Share of the economy's jobs in the public sector (general government), whose employers recruit young entrants "
                + "through the exam as well, whatever their size, and pay the segment's premium; their jobs are modelled as large "
                + "employers of each occupation, and the size classes' job shares apply to the rest; they are built even while the exams "
                + "are off (recruiting then as any employer does), so that a reform may start the exams. 0: no public sector.",
                min = 0, max = 0.6, fixedAtStart = true)
        double publicJobShare,
        @Param(doc = "Pay in the primary segment above the pay rule, as a share of it: every employee of a segment employer earns the pay rule "
                + "times one plus this.", min = 0, max = 3)
        double payPremium,
        @Param(doc = "Share of a segment employer's regular posts among its posts: open-ended posts paid the segment's premium; the "
                + "rest are non-regular (fixed-term, part-time, dispatched) and paid the pay rule.", min = 0, max = 1)
        double regularPostShare,
        @Param(doc = "Monthly rate at which a segment employer's regular posts come free (resignations, dismissals and retirements "
                + "over the regular staff). Its openings beyond these (at the size class's adult separation rate and the young "
                + "staff's leaving, all posts alike) are non-regular posts'; where this exceeds them, every opening is regular.",
                unit = "per month", min = 0, max = 0.5)
        double regularSeparationRate,
        @Param(doc = "Young employees' quit rates in a segment employer's regular post relative to quit_rate (instead of the size "
                + "class's young_quit_size_factors); an open-ended post sees no young_dismissal_rate either. The exam's prize is "
                + "valued at these rates.", min = 0.01, max = 5)
        double regularQuitFactor,
        @Param(doc = "Share of a segment employer's expected regular openings of the year that it fills with young entrants through "
                + "the exam; the rest, and any place the exam leaves unfilled, it fills in the month's hiring (with experienced "
                + "workers, and with young entrants for the share open_hiring_share).", min = 0, max = 1)
        double entrantShare,
        @Param(doc = "Share of a segment employer's expected regular openings that it fills in the month's hiring with young "
                + "entrants outside the exam (rolling recruitment of graduates): such a vacancy screens young applicants only, out "
                + "of work, searching from a job or about to leave education, and no adults; its other regular vacancies go to "
                + "adults and to those searching from a job or an apprenticeship, and its non-regular ones to anyone. 0: the exam "
                + "is the only way into a regular post from out of work.", min = 0, max = 1)
        double openHiringShare,
        @Param(doc = "Month of the school year in which the exam is held and its results are known (0: the first month).",
                unit = "month of the school year", min = 0, max = 11)
        int examMonth,
        @Param(doc = "What a month of preparation adds to a candidate's exam score, which is their general skill (0 to 1) on the exam day "
                + "plus this for each month prepared plus noise.", unit = "general skill per month", min = 0, max = 1)
        double preparationGain,
        @Param(doc = "Months of preparation after which more preparation adds nothing to the score.", unit = "months", min = 1, max = 120)
        int preparationCapMonths,
        @Param(doc = "Standard deviation of a candidate's exam-day score around their general skill and preparation.", unit = "general skill", min = 0.001, max = 5)
        double scoreNoise,
        @Param(doc = "What a month of preparation costs (courses, materials), as a share of the wage the person expects outside the segment.",
                unit = "share of a month's wage", min = 0, max = 2)
        double preparationCost) {

    public EntryExams {
        Checks.validate(EntryExams.class, enabled, fromStaff, publicJobShare, payPremium, regularPostShare, regularSeparationRate, regularQuitFactor, entrantShare, openHiringShare, examMonth, preparationGain, preparationCapMonths,
                scoreNoise, preparationCost);
        Checks.require(entrantShare + openHiringShare <= 1 + 1e-9, "openHiringShare", "is " + Checks.format(openHiringShare)
                + " with entrant_share " + Checks.format(entrantShare) + ": together above 1, more than the regular openings");
    }
}
