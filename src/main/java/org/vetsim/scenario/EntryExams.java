package org.vetsim.scenario;

/**
 * Recruitment of young entrants by a yearly exam in the primary segment of the labour market
 * (large firms and the public sector in Korea): public employers and employers at or above a size recruit young people
 * without work experience through an open recruitment exam held once a year and, for a share of
 * the vacancies it leaves, by rolling recruitment of young entrants; they pay a premium over the
 * pay rule, and hire experienced workers (adults, young job changers) through the month's hiring
 * as any employer does. Young people out of work choose each month between
 * searching for a job in the rest of the market, preparing for the exam (outside the labour
 * force, as the labour-force surveys count exam preparers) and neither; the chance of passing
 * rises with ability and months of preparation and falls as more prepare, so the queue of
 * preparers is an outcome (Harris and Todaro 1970). Statistics Korea (Economically Active
 * Population Survey, youth supplement, May 2019): 714,000 young people aged 15-29 preparing for
 * an employment exam, 15.3% of the inactive of that age.
 */
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
        @Param(doc = "Share of a segment employer's expected openings of the year that it fills with young entrants through the exam; the "
                + "rest, and any place the exam leaves unfilled, it fills in the month's hiring (with experienced workers, and with "
                + "young entrants for the vacancies open_hiring_share opens).", min = 0, max = 1)
        double entrantShare,
        @Param(doc = "Share of the vacancies a segment employer fills in the month's hiring (those the exam's passers do not take) that "
                + "it opens to young entrants outside the exam (rolling recruitment of graduates): they screen young applicants only, "
                + "out of work, searching from a job or about to leave education, and no adults; the rest go to adults and to those "
                + "searching from a job or an apprenticeship. 0: the exam is the only way into the segment from out of work.", min = 0, max = 1)
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
        Checks.validate(EntryExams.class, enabled, fromStaff, publicJobShare, payPremium, entrantShare, openHiringShare, examMonth, preparationGain, preparationCapMonths,
                scoreNoise, preparationCost);
    }
}
