package org.vetsim.model;

import org.junit.jupiter.api.Test;
import org.vetsim.scenario.EducationSettings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The track choice of one school leaver, on hand-set earnings, fees and admission chances. */
class TrackChoiceTest {
    private static final int PROGRAMME_MONTHS = 24;

    private static EducationSettings education(String... overrides) {
        return TestScenarios.small(overrides).education();
    }

    private static double vet(EducationSettings education, double vocational, double general, double reference, double cutoff) {
        return vet(education, TrackPaths.beforeAnyIntake(education, PROGRAMME_MONTHS, 15), vocational, general, reference, cutoff);
    }

    private static double vet(EducationSettings education, TrackPaths paths, double vocational, double general, double reference,
                              double cutoff) {
        return TrackChoice.vetProbability(education, paths, 0.5, 0.0, new TrackReturns.Seen(vocational, general, reference), cutoff);
    }

    /** The paths with apprentices: {@code share} of vocational entrants train, paid {@code pay} a month. */
    private static TrackPaths withApprentices(EducationSettings education, double share, double pay) {
        TrackPaths school = TrackPaths.beforeAnyIntake(education, PROGRAMME_MONTHS, 15);
        return new TrackPaths(school.generalMonthsAhead(), 0, PROGRAMME_MONTHS, PROGRAMME_MONTHS, share, pay * PROGRAMME_MONTHS,
                school.workingLifeMonths());
    }

    /**
     * One choice computed by hand: no discounting, no taste for the general track, sensitivity 1,
     * so the log-odds of VET are ln(V_voc / V_gen). A pupil never admitted, with two years of
     * general school ahead and a 10-year working life; vocational leavers earn 1.2, general 1.0
     * (reference 0.5 of a skilled wage); half of VET entrants are apprentices (36 months, paid 0.3),
     * the rest in a 24-month school paying a fee of 1.2 skilled-wage months a year.
     */
    @Test
    void theChoiceWeighsPresentValuesAsTheFormulaSays() {
        EducationSettings education = education("education.discount_rate=0", "education.ability_towards_general=0",
                "education.track_choice_sensitivity=1", "education.vet_fee_months=1.2");
        TrackPaths paths = new TrackPaths(24, 0, 24, 36, 0.5, 0.3 * 36, 120);
        double school = 1.2 * (120 - 24) - 1.2 / 12 / 0.5 * 24;
        double apprentice = 0.3 * 36 / 0.5 + 1.2 * (120 - 36);
        double vocational = 0.5 * school + 0.5 * apprentice;
        double general = 1.0 * (120 - 24);
        double expected = 1 / (1 + Math.exp(-Math.log(vocational / general)));
        assertEquals(expected, vet(education, paths, 1.2, 1.0, 0.5, TrackChoice.NO_ADMISSION), 1e-12);
    }

    @Test
    void aGeneralLeaverHasTheYearsOfGeneralSchoolFewerToWork() {
        EducationSettings education = education();
        int atEntry = TrackPaths.workingLife(education, 15, 0);
        assertEquals((education.careerEndAge() - 15) * 12, atEntry);
        assertEquals(atEntry - education.generalMonths(), TrackPaths.workingLife(education, 15, education.generalMonths()));
    }

    @Test
    void aLongerDegreeDrawsAdmittedPupilsToVet() {
        double fourYears = vet(education(), 1.0, 1.0, 0.5, TrackChoice.CERTAIN_ADMISSION);
        double sixYears = vet(education("education.higher_education_months=72"), 1.0, 1.0, 0.5, TrackChoice.CERTAIN_ADMISSION);
        assertTrue(sixYears > fourYears, "earnings start later: " + sixYears + " vs " + fourYears);
    }

    @Test
    void theMoreTheFutureIsDiscountedTheMoreTheShorterPathAppeals() {
        double patient = vet(education("education.discount_rate=0"), 1.0, 1.0, 0.5, TrackChoice.CERTAIN_ADMISSION);
        double impatient = vet(education("education.discount_rate=0.1"), 1.0, 1.0, 0.5, TrackChoice.CERTAIN_ADMISSION);
        assertTrue(impatient > patient, impatient + " vs " + patient);
        double noDegree = vet(education("education.discount_rate=0"), 1.0, 1.0, 0.5, TrackChoice.NO_ADMISSION);
        assertTrue(noDegree > patient, "without a degree ahead both paths pay alike");
    }

    @Test
    void apprenticePayDuringTrainingDrawsPupilsToVetAndSparesTheSchoolFee() {
        EducationSettings fee = education("education.vet_fee_months=2");
        double school = vet(fee, withApprentices(fee, 0.0, 0.0), 1.0, 1.0, 0.5, TrackChoice.NO_ADMISSION);
        double paid = vet(fee, withApprentices(fee, 0.5, 0.3), 1.0, 1.0, 0.5, TrackChoice.NO_ADMISSION);
        double unpaid = vet(fee, withApprentices(fee, 0.5, 0.0), 1.0, 1.0, 0.5, TrackChoice.NO_ADMISSION);
        assertTrue(unpaid > school, "apprentices pay no school fee");
        assertTrue(paid > unpaid, "and earn during training");
    }

    @Test
    void theAnnuitySumsDiscountedMonths() {
        assertEquals(12.0, TrackChoice.annuity(1.0, 0, 12), 1e-12);
        assertEquals(1 + 0.5 + 0.25, TrackChoice.annuity(0.5, 0, 3), 1e-12);
        assertEquals(0.25, TrackChoice.annuity(0.5, 2, 3), 1e-12);
        assertEquals(0.0, TrackChoice.annuity(0.5, 3, 3), 0.0);
    }

    @Test
    void betterPaidVocationalLeaversDrawMorePupilsToVet() {
        EducationSettings education = education();
        assertTrue(vet(education, 1.2, 0.9, 0.5, TrackChoice.NO_ADMISSION) > vet(education, 1.0, 1.0, 0.5, TrackChoice.NO_ADMISSION));
        assertTrue(vet(education, 0.8, 1.1, 0.5, TrackChoice.NO_ADMISSION) < vet(education, 1.0, 1.0, 0.5, TrackChoice.NO_ADMISSION));
    }

    @Test
    void aSurePlaceInHigherEducationDrawsPupilsToTheGeneralTrack() {
        EducationSettings education = education();
        double admittedForSure = vet(education, 1.0, 1.0, 0.5, 0.0);
        double neverAdmitted = vet(education, 1.0, 1.0, 0.5, TrackChoice.NO_ADMISSION);
        assertTrue(admittedForSure < neverAdmitted, admittedForSure + " vs " + neverAdmitted);
    }

    @Test
    void aVetFeeLowersVetEntryAndWeighsMoreWhereEarningsAreLow() {
        EducationSettings free = education();
        EducationSettings fee = education("education.vet_fee_months=2");
        double atSkilledWage = vet(fee, 1.0, 1.0, 1.0, TrackChoice.NO_ADMISSION);
        double atLowEarnings = vet(fee, 1.0, 1.0, 0.3, TrackChoice.NO_ADMISSION);
        double withoutFee = vet(free, 1.0, 1.0, 0.3, TrackChoice.NO_ADMISSION);
        assertTrue(atSkilledWage < withoutFee, "a fee deters");
        assertTrue(atLowEarnings < atSkilledWage, "the same fee is more months of a low-earning leaver's pay");
        assertEquals(withoutFee, vet(free, 1.0, 1.0, 1.0, TrackChoice.NO_ADMISSION), 1e-12,
                "without fees the level of earnings does not matter, only the paths' relative earnings");
    }

    @Test
    void generalAndHigherEducationFeesPushTowardsVet() {
        double free = vet(education(), 1.0, 1.0, 0.5, 0.0);
        double generalFee = vet(education("education.general_fee_months=2"), 1.0, 1.0, 0.5, 0.0);
        double tuition = vet(education("education.higher_education_fee_months=2"), 1.0, 1.0, 0.5, 0.0);
        assertTrue(generalFee > free);
        assertTrue(tuition > free);
    }

    @Test
    void graduatesMoreOftenEmployedDrawPupilsToTheGeneralTrack() {
        double sameEmployment = vet(education(), 1.0, 1.0, 0.5, 0.0);
        double graduatesMoreOftenEmployed = vet(education("education.tertiary_employment_ratio=1.2"), 1.0, 1.0, 0.5, 0.0);
        assertTrue(graduatesMoreOftenEmployed < sameEmployment, graduatesMoreOftenEmployed + " vs " + sameEmployment);
    }

    @Test
    void aDegreeIsWorthThePremiumTimesTheEmploymentRatio() {
        double split = vet(education("education.tertiary_earnings_premium=1.2", "education.tertiary_employment_ratio=1.5"),
                1.0, 1.0, 0.5, 0.0);
        double premiumOnly = vet(education("education.tertiary_earnings_premium=1.8"), 1.0, 1.0, 0.5, 0.0);
        assertEquals(premiumOnly, split, 1e-12);
    }

    @Test
    void theEmploymentRatioCountsOnlyForPupilsWhoMayBeAdmitted() {
        double neverAdmitted = vet(education("education.tertiary_employment_ratio=2"), 1.0, 0.8, 0.5, TrackChoice.NO_ADMISSION);
        assertEquals(vet(education(), 1.0, 0.8, 0.5, TrackChoice.NO_ADMISSION), neverAdmitted, 0.0);
    }
}
