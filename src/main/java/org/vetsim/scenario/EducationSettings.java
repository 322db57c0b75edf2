package org.vetsim.scenario;

/**
 * Track choice at the end of lower-secondary school and the general (academic) track. A young
 * person weighs the vocational path (school-based VET or an apprenticeship) against the general
 * path (with higher education for those admitted) by the present value of each path's earnings
 * over the working life (apprentice pay during training, then the earnings of recent leavers of
 * each path, seen with an information lag), the tertiary earnings premium and graduates' relative
 * employment rate for the share of the general path that leads to higher education, the fees of each path, and an academic taste that rises
 * with ability; the law may require a share of each cohort to enter VET. General-track leavers
 * without a place in higher education may still enter VET, and so may young people out of work or
 * employed without a qualification at later intakes; those out of education (employed or not) with a
 * qualification that admits to higher education may apply for it at later intakes. Within VET, the
 * occupation is chosen by its places and perceived prospects. Entry shares are not inputs: they
 * come out of these choices and of the places on offer.
 */
@Rule(keys = {"vetStartDelayMonths", "transitionMonths"}, text = "vet_start_delay_months and transition_months are whole numbers of school years (vocational programmes start once a year)")
public record EducationSettings(
        @Param(doc = "How strongly young people follow the expected earnings of the two paths: the logit weight on the log ratio of the present values of the two paths' earnings over the working life, net of fees.", min = 0, max = 20)
        double trackChoiceSensitivity,
        @Param(doc = "Yearly real rate at which young people discount future earnings when they compare the paths (OECD Education at a Glance discounts the cash flows of education at a few per cent).", unit = "per year", min = 0, max = 0.5)
        double discountRate,
        @Param(doc = "Age at which the working life whose earnings a path is valued over ends.", unit = "years", min = 40, max = 75)
        int careerEndAge,
        @Param(doc = "Academic taste: how strongly higher ability pulls towards the general track beyond its earnings (logit slope per standard deviation of ability).", min = 0, max = 10)
        double abilityTowardsGeneral,
        @Param(doc = "Earnings of tertiary-educated adults relative to those with upper-secondary education (the labour market for graduates is not modelled; it enters the general path's value for those admitted to higher education).", min = 0.5, max = 5)
        double tertiaryEarningsPremium,
        @Param(doc = "Employment rate of young tertiary-educated adults relative to that of young adults with upper-secondary education (OECD Education at a Glance, indicator A3, 25-34 year-olds). The tertiary earnings premium compares full-time earners, while the paths' earnings count the non-employed as earning nothing, so a degree's expected earnings are the premium times this ratio; 1: graduates are as often employed as upper-secondary leavers.", min = 0.5, max = 3)
        double tertiaryEmploymentRatio,
        @Param(doc = "Yearly fee of a school-based vocational programme.", unit = "skilled-wage months per year", min = 0, max = 24)
        double vetFeeMonths,
        @Param(doc = "Yearly fee of general upper-secondary education.", unit = "skilled-wage months per year", min = 0, max = 24)
        double generalFeeMonths,
        @Param(doc = "Yearly fee of higher education.", unit = "skilled-wage months per year", min = 0, max = 48)
        double higherEducationFeeMonths,
        @Param(doc = "Share of each cohort the law requires to enter vocational education (those not admitted to the academic track, by ability); 0: VET is voluntary.", min = 0, max = 1)
        double compulsoryVetShare,
        @Param(doc = "Elasticity of the choice of a VET occupation or a field of study to its expected earnings (the logit weight on their log): the perceived earnings of its certified leavers (or degree holders), employment rate times mean wage, for VET times the chance of a place (places over last year's applicants); 0: choice in proportion to the occupations' shares of jobs (where they have places this intake) and, for a field of study, to its share of jobs.", min = 0, max = 5)
        double prospectSensitivity,
        @Param(doc = "Age of the labour-market information young people act on when they choose a track and an occupation.", unit = "months", min = 0, max = 120)
        int informationLagMonths,
        @Param(doc = "Length of the general upper-secondary track.", unit = "months", min = 6, max = 72)
        int generalMonths,
        @Param(doc = "Higher-education places for each cohort, as a share of the cohort: the places are allotted when the cohort enters upper-secondary school, to its general-track pupils by ability (seen with noise) until they are full; the admitted enter higher education when they finish the general track.", min = 0, max = 1)
        double higherEducationEntryRate,
        @Param(doc = "Mean months a student stays enrolled in higher education, degrees after the first included (students over entrants a year, in steady state); each student's months are drawn around it (higher_education_months_spread).", unit = "months", min = 12, max = 120)
        int higherEducationMonths,
        @Param(doc = "Coefficient of variation of the months students stay enrolled in higher education (gamma-distributed around higher_education_months): some finish in the nominal time, others take a further degree or longer; 0: everyone stays the mean.", min = 0, max = 1.5)
        double higherEducationMonthsSpread,
        @Param(doc = "Share of higher-education entrants who leave without any degree (non-completion), on average over "
                + "the entrants: a student's chance is this share times (1.5 - ability) over the same for the mean entrant "
                + "(the gradient of the other dropouts), drawn at entry. Those who leave do so after a number of months drawn "
                + "from an exponential distribution with median higher_dropout_median_months; the others stay longer, so that "
                + "the mean months per entrant stay higher_education_months. 0: every entrant graduates.", min = 0, max = 0.8)
        double higherDropoutShare,
        @Param(doc = "Median months enrolled before a higher-education entrant who leaves without a degree leaves "
                + "(exponentially distributed, at most the months a graduate would stay less one).", unit = "months",
                min = 1, max = 60)
        int higherDropoutMedianMonths,
        @Param(doc = "Months of further general schooling, after the track choice, before a vocational programme or apprenticeship begins for those choosing VET at the choice (for example the tenth school year in Germany); whole school years, as programmes start once a year.", unit = "months", min = 0, max = 48)
        int vetStartDelayMonths,
        @Param(doc = "Months of a pre-vocational measure of the transition sector (a pre-vocational school year, the employment "
                + "agency's preparatory schemes) that a pupil of the cohort who chose VET and found neither an apprenticeship nor a "
                + "school place attends, as compulsory schooling requires of young people without a training place (Germany: to "
                + "18), before applying again at the next intake; one who is again without a place then leaves school. Whole "
                + "school years. 0: there is none, and the unplaced take the general track.", unit = "months", min = 0, max = 24)
        int transitionMonths,
        @Param(doc = "Monthly gain of general skill in general or higher education, as a share of the distance to the person's ceiling: per month of a twelve-month year, delivered in the school year's teaching months in full-time schooling (summer_break_months).",
                unit = "per month", min = 0, max = 1)
        double generalLearningRate,
        @Param(doc = "Monthly gain of proficiency in the field of study (one of the occupations) in higher education, as a share of the distance to full proficiency, for a student of median ability (times 0.5 + ability percentile); taught at the field's current requirements.",
                unit = "per month", min = 0, max = 1)
        double higherEducationFieldLearningRate,
        @Param(doc = "Whether young people out of education and work without a vocational certificate or a degree may choose "
                + "vocational training again at each yearly intake (a second chance, as 43% of Germany's registered applicants of "
                + "2018 had left school in an earlier year); false: vocational training is entered only from school.")
        boolean lateVetEntry,
        @Param(doc = "Whether young employees without a vocational certificate or a degree choose at those intakes too "
                + "(with late_vet_entry), weighing training against staying at their own wage, and leave the job when placed "
                + "(in England 19-24-year-olds make 29% of apprenticeship starts, many of them employed); false: only those "
                + "out of work choose.")
        boolean lateVetEntryFromWork,
        @Param(doc = "Age from which young people no longer choose vocational training at a later intake (out of work, from "
                + "a job, or after leaving higher education without a degree): where vocational training is an upper-secondary "
                + "school for teenagers only (Korea: every vocational upper-secondary graduate under 20, OECD Education at a "
                + "Glance 2017; Japan: adults in upper-secondary courses at most 0.13% of 20-29-year-olds, mostly in general "
                + "correspondence courses). At or above population.exit_age (the default, 100): no limit within the youth window.",
                unit = "years", min = 15, max = 100)
        int lateVetEntryMaxAge,
        @Param(doc = "Whether young people out of education (employed or not) who hold an upper-secondary qualification that "
                + "admits to higher education, and no degree, may apply for higher education at each yearly intake, competing "
                + "in one ranking for the year's places with the cohort's general-track pupils (the published entry rates count "
                + "entrants of every age); so may those whose vocational training ends at an intake, before their exams, if "
                + "their qualification will admit them (they go straight on at graduation); false: higher education is entered "
                + "only from the general track.")
        boolean lateHigherEntry,
        @Param(doc = "Whether a vocational certificate admits to higher education (as a vocational high-school diploma "
                + "does in Korea and Japan); false: only the general track's qualification does (and a vocational "
                + "graduate who finished the general track first).")
        boolean vetAdmitsToHigher,
        @Param(doc = "Yearly living costs that a late entrant to higher education (education.late_higher_entry) pays while "
                + "studying, without earnings: a school leaver's keep is carried by the family and a worker's is paid from the "
                + "wage, which the paths' values (gross earnings) leave out, so the keep during study is what returning costs "
                + "beyond the fees and the earnings forgone.", unit = "skilled-wage months per year", min = 0, max = 24)
        double lateEntryLivingCostMonths,
        @Param(doc = "Months between the end of the school year and the start of the next (the summer break): general-track "
                + "pupils who go neither to higher education nor, by the plan they make before their final months, to vocational "
                + "training at the next intake, and school-based vocational students who will not apply for higher education on "
                + "finishing, leave education this many months before the intake, when their school year ends, and look for work "
                + "from then; those who go on stay enrolled through the break. Full-time schooling teaches nothing in the break "
                + "and a year's learning in the other months. Apprenticeships run their contract months. 0: "
                + "everyone leaves at the intake.", unit = "months", min = 0, max = 6)
        int summerBreakMonths,
        @Param(doc = "Month of the school year (0 its first, the intake) in which students of higher education finish: each "
                + "student's drawn months of enrolment end in the nearest such month (the end of the academic year). -1: in "
                + "whatever month the drawn months end.", min = -1, max = 11)
        int higherLeavingMonth,
        @Param(doc = "Calendar month (1 January to 12 December) in which the school year starts: the model's month 0 of "
                + "every school year and output month 1 (the warm-up is whole years). It changes nothing in the model; the "
                + "output files give each month's calendar month (calendar_month), to set beside published monthly series.",
                min = 1, max = 12)
        int schoolYearStartMonth,
        @Param(doc = "Standard deviation of the noise in the ability signal that firms and colleges see of an applicant for an "
                + "apprenticeship place or a college seat (school marks, selection tests and interviews): the signal is the "
                + "applicant's ability percentile plus a normal noise of this spread, so its correlation with ability is "
                + "0.289 / sqrt(0.289^2 + noise^2). Firms take, and colleges admit, in order of the signal; a firm takes an "
                + "applicant only when the signal says they are worth the place.", min = 0, max = 2)
        double vetAdmissionNoise,
        @Param(doc = "Standard deviation of the noise in the ability signal by which higher education admits applicants "
                + "(school-leaving marks or an entrance exam), as vet_admission_noise; pupils weigh their chance of admission "
                + "through the same noise when they choose a track.", min = 0.001, max = 2)
        double higherAdmissionNoise,
        @Param(doc = "Whether higher education admits by an entrance exam sat at each intake (true: an applicant who "
                + "applies again sits it again, with new noise) or by the school-leaving record (false: the same marks at "
                + "every intake, so applying again is no new lottery).")
        boolean higherAdmissionByExam,
        @Param(doc = "Where higher education admits by a yearly entrance exam (higher_admission_by_exam), the correlation "
                + "of one person's scores at two sittings (test-retest reliability): one less it is the share of the score's "
                + "variance that a new sitting draws anew, the rest of the noise staying with the person. Unused where "
                + "admission reads the school-leaving record.", min = 0, max = 1)
        double higherExamReliability,
        @Param(doc = "Where higher education admits by a yearly entrance exam (higher_admission_by_exam) and late entry is "
                + "open (late_higher_entry), what a year of full-time preparation for a re-sitting adds to the exam score, in "
                + "standard deviations of the score across those who sit it; the months prepared since the last sitting add "
                + "their share of it, at most a year's. A young person out of education and work who would study if admitted "
                + "prepares in a month when the higher chance of admission it buys, times what a degree is worth over staying, "
                + "spread over the months to the sitting, less its cost, beats nothing, a month of job search and every other option "
                + "of the month (an employer's entry exam, a licence, informal work, a stay abroad). 0: preparing adds "
                + "nothing and nobody prepares.", unit = "score standard deviations per year", min = 0, max = 2)
        double higherExamPreparationGain,
        @Param(doc = "Cost of a month of full-time preparation for a re-sitting of the entrance exam (cram school, "
                + "courses and books, not living costs) as a share of the wage the person expects; used only where "
                + "higher_exam_preparation_gain is above 0.", min = 0, max = 5)
        double higherExamPreparationCost,
        @Param(doc = "Output month (1 = the first after the warm-up) from which the upper-secondary earnings that the "
                + "tertiary earnings premium multiplies stay as young people perceived them in that month: a degree is then "
                + "worth the published premium over a fixed reference, so a change in what non-graduates earn (a policy for "
                + "vocational leavers, the cycle) no longer moves what a degree seems to pay. The reference is fixed at the end "
                + "of that month, with the information lag then in force, or at the first later month in which leavers' "
                + "earnings have been seen (a warm-up too short to have seen any); a later change of the lag does not move it. "
                + "Before then, and where this is 0 or beyond the run, the reference is the perceived earnings of recent "
                + "upper-secondary leavers every month.",
                unit = "output month", min = 0, max = 2400, fixedAtStart = true)
        int degreeReferenceMonth) {

    public EducationSettings {
        Checks.validate(EducationSettings.class, trackChoiceSensitivity, discountRate, careerEndAge, abilityTowardsGeneral, tertiaryEarningsPremium,
                tertiaryEmploymentRatio, vetFeeMonths, generalFeeMonths, higherEducationFeeMonths, compulsoryVetShare, prospectSensitivity,
                informationLagMonths, generalMonths, higherEducationEntryRate, higherEducationMonths, higherEducationMonthsSpread,
                higherDropoutShare, higherDropoutMedianMonths, vetStartDelayMonths, transitionMonths, generalLearningRate, higherEducationFieldLearningRate, lateVetEntry, lateVetEntryFromWork, lateVetEntryMaxAge, lateHigherEntry,
                vetAdmitsToHigher, lateEntryLivingCostMonths, summerBreakMonths, higherLeavingMonth,
                schoolYearStartMonth, vetAdmissionNoise, higherAdmissionNoise, higherAdmissionByExam,
                higherExamReliability, higherExamPreparationGain, higherExamPreparationCost, degreeReferenceMonth);
        Checks.require(vetStartDelayMonths % 12 == 0, "vetStartDelayMonths",
                "must be a whole number of school years (0, 12, 24, 36 or 48): vocational programmes start once a year");
        Checks.require(transitionMonths % 12 == 0, "transitionMonths",
                "must be a whole number of school years (0, 12 or 24): vocational programmes start once a year");
    }

    /** These settings with the degree's reference fixed from output month {@code month} (0: never fixed). */
    public EducationSettings withDegreeReferenceMonth(int month) {
        return new EducationSettings(
                trackChoiceSensitivity, discountRate, careerEndAge, abilityTowardsGeneral,
                tertiaryEarningsPremium, tertiaryEmploymentRatio, vetFeeMonths, generalFeeMonths,
                higherEducationFeeMonths, compulsoryVetShare, prospectSensitivity, informationLagMonths,
                generalMonths, higherEducationEntryRate, higherEducationMonths, higherEducationMonthsSpread,
                higherDropoutShare, higherDropoutMedianMonths, vetStartDelayMonths, transitionMonths,
                generalLearningRate, higherEducationFieldLearningRate, lateVetEntry, lateVetEntryFromWork, lateVetEntryMaxAge, lateHigherEntry,
                vetAdmitsToHigher, lateEntryLivingCostMonths, summerBreakMonths, higherLeavingMonth,
                schoolYearStartMonth, vetAdmissionNoise, higherAdmissionNoise, higherAdmissionByExam,
                higherExamReliability, higherExamPreparationGain, higherExamPreparationCost, month);
    }
}
