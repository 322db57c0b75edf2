package org.vetsim.scenario;

/**
 * School-based vocational colleges: programmes per occupation, their seats, teaching quality and
 * curricula. A curriculum teaches an occupation's requirements as they stood when it was last
 * updated; the ministry (without employers) updates it rarely and from old information.
 */
public record CollegeSettings(
        @Param(doc = "Colleges per 10,000 young people.", min = 0.01, max = 100, fixedAtStart = true)
        double perTenThousandYoung,
        @Param(doc = "Length of a school-based vocational programme.", unit = "months", min = 6, max = 60)
        int programmeMonths,
        @Param(doc = "Share of the gap between applications and seats that colleges close each year.", unit = "per year", min = 0, max = 1)
        double seatAdjustmentRate,
        @Param(doc = "Most entrants to school-based VET in a year per member of the entering cohort: the places the state funds. "
                + "When applications exceed it, the ablest applicants are admitted first and the rest take the general track; 1 sets no limit.",
                unit = "per cohort member", min = 0, max = 1)
        double placesPerCohort,
        @Param(doc = "Mean teaching quality of programmes (0 = none, 1 = best practice).", min = 0, max = 1, fixedAtStart = true)
        double teachingQualityMean,
        @Param(doc = "Standard deviation of teaching quality across programmes.", min = 0, max = 0.5, fixedAtStart = true)
        double teachingQualitySpread,
        @Param(doc = "Months between curriculum revisions without employer involvement.", unit = "months", min = 1, max = 600)
        int curriculumUpdateMonths,
        @Param(doc = "Age of the requirements a revised curriculum is written from, without employer involvement.", unit = "months", min = 0, max = 240)
        int curriculumLagMonths,
        @Param(doc = "Monthly gain of occupation-specific proficiency at teaching quality 1, as a share of the distance to full proficiency: per month of a twelve-month year, delivered to school-based students in the school year's teaching months (education.summer_break_months).",
                unit = "per month", min = 0, max = 1)
        double learningRate,
        @Param(doc = "Monthly probability that a school-based student of average ability drops out of a programme (it scales with 1.5 - ability percentile; apprentices have work_based_learning.apprentice_dropout_rate).", unit = "per month", min = 0, max = 0.5)
        double dropoutRate) {

    public CollegeSettings {
        Checks.validate(CollegeSettings.class, perTenThousandYoung, programmeMonths, seatAdjustmentRate, placesPerCohort, teachingQualityMean, teachingQualitySpread, curriculumUpdateMonths, curriculumLagMonths, learningRate, dropoutRate);
    }

    /** These settings with another revision interval. */
    public CollegeSettings withCurriculumUpdateMonths(int months) {
        return new CollegeSettings(perTenThousandYoung, programmeMonths, seatAdjustmentRate, placesPerCohort,
                teachingQualityMean, teachingQualitySpread, months, curriculumLagMonths, learningRate, dropoutRate);
    }
}
