package org.vetsim.model;

import org.junit.jupiter.api.Test;
import org.vetsim.scenario.LabourMarketSettings;
import org.vetsim.scenario.Scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Young employees' quits by employer size class ({@code labour_market.young_quit_size_factors}):
 * each factor multiplies {@code quit_rate}, the rate at employers of every size; a young employee
 * of a micro firm quits faster than one of a large firm and values the job over fewer months,
 * while a job still to be found is valued at the mean over the jobs open to people out of work
 * (the entry exam's segment only for the openings people out of work may take); a regular post in
 * the exam-recruiting segment is valued at its own quit rates; and with the KEIS gradient, where
 * small firms' young staff leave more often, searching is worth less and the entry exam more to a
 * young Korean out of work.
 */
class YoungQuitBySizeTest {
    private static final String[] STEADY = {"labour_market.cycle_amplitude=0", "labour_market.cycle_shock_spread=0",
            "labour_market.demand_shock_spread=0",
            "labour_market.job_share_by_size={micro: 0.4, small: 0.2, medium: 0.2, large: 0.2}",
            "labour_market.young_quit_size_factors={micro: 2.4, small: 1.95, medium: 1.4, large: 1}"};
    private static final String FLAT = "labour_market.young_quit_size_factors={micro: 1, small: 1, medium: 1, large: 1}";

    private static Scenario scenario(String... more) {
        return TestScenarios.small(STEADY, more);
    }

    @Test
    void theFactorsMultiplyQuitRateAndAJobToBeFoundIsTheOpenJobsMean() {
        LabourMarketSettings market = scenario().labourMarket();
        assertArrayEquals(new double[] {2.4, 1.95, 1.4, 1.0}, market.youngQuitSizeMultipliers(), 0.0,
                "each class's rate relative to quit_rate, the rate at employers of every size");
        YoungQuitRates quits = new YoungQuitRates(market);
        assertEquals(0.4 * 2.4 + 0.2 * 1.95 + 0.2 * 1.4 + 0.2 * 1.0, quits.searchMultiplier(), 1e-12,
                "a job to be found: the job-weighted mean");

        LabourMarketSettings exams = scenario("labour_market.entry_exams.enabled=true",
                "labour_market.entry_exams.public_job_share=0.2").labourMarket();
        YoungQuitRates segmented = new YoungQuitRates(exams);
        assertEquals((0.4 * 2.4 + 0.2 * 1.95 + 0.2 * 1.4) / 0.8, segmented.searchMultiplier(), 1e-12,
                "large and public employers recruit the young by the exam, not from out of work");
        YoungQuitRates rolling = new YoungQuitRates(scenario("labour_market.entry_exams.enabled=true",
                "labour_market.entry_exams.public_job_share=0.2", "labour_market.entry_exams.open_hiring_share=0.5",
                "labour_market.entry_exams.entrant_share=0.5").labourMarket());
        double reachable = 0.5;
        assertEquals((0.32 * 2.4 + 0.16 * 1.95 + 0.16 * 1.4 + reachable * (0.16 + 0.2) * 1.0) / (0.64 + reachable * 0.36),
                rolling.searchMultiplier(), 1e-12, "the segment's openings filled from out of work outside the exam count too");
        double largeRate = exams.adultSeparationRates()[SizeClass.LARGE.ordinal()];
        YoungQuitRates nonRegular = new YoungQuitRates(scenario("labour_market.entry_exams.enabled=true",
                "labour_market.entry_exams.public_job_share=0.2", "labour_market.entry_exams.open_hiring_share=0.5",
                "labour_market.entry_exams.regular_post_share=0.5", "labour_market.entry_exams.regular_separation_rate=" + largeRate)
                .labourMarket());
        double withNonRegular = 1 - (1 - 0.5) * 0.5;
        assertEquals((0.32 * 2.4 + 0.16 * 1.95 + 0.16 * 1.4 + withNonRegular * (0.16 + 0.2) * 1.0) / (0.64 + withNonRegular * 0.36),
                nonRegular.searchMultiplier(), 1e-12, "half the openings non-regular, open to anyone, and half the regular ones rolling");
        YoungQuitRates open = new YoungQuitRates(scenario("labour_market.entry_exams.public_job_share=0.2").labourMarket());
        assertEquals(0.8 * (0.4 * 2.4 + 0.2 * 1.95 + 0.2 * 1.4 + 0.2) + 0.2, open.searchMultiplier(), 1e-12,
                "without the exam the public employers hire from out of work and count as large");

        YoungQuitRates flat = new YoungQuitRates(TestScenarios.small().labourMarket());
        assertEquals(1.0, flat.searchMultiplier(), 0.0, "the baseline's equal factors leave every rate as it was");
        for (SizeClass size : SizeClass.values()) {
            assertEquals(1.0, flat.sizeMultiplier(size), 0.0);
        }
    }

    @Test
    void aMicroFirmsYoungEmployeeQuitsFasterAndCountsOnFewerMonths() {
        VetModel model = new VetModel(scenario(), 3);
        model.start();
        World world = model.world();
        Occupation occupation = world.occupations[0];
        Employer micro = new Employer(90_001, occupation, 9, 1.0);
        Employer large = new Employer(90_002, occupation, 900, 1.0);
        assertEquals(SizeClass.MICRO, micro.sizeClass());
        assertEquals(SizeClass.LARGE, large.sizeClass());
        YoungPerson person = new YoungPerson(1, world.month - 25 * 12, 0.0);
        person.status = Status.EMPLOYED;
        person.hiredMonth = world.month - 24;
        YoungQuitRates quits = YoungQuitRates.of(world);
        double[] multipliers = world.scenario.labourMarket().youngQuitSizeMultipliers();

        person.employer = micro;
        double microRate = quits.rate(world, person);
        double microMonths = ParticipationChoice.jobMonths(world, person);
        person.employer = large;
        double largeRate = quits.rate(world, person);
        double largeMonths = ParticipationChoice.jobMonths(world, person);

        assertEquals(quits.later(person.qualified()) * multipliers[0], microRate, 1e-15, "past the first year, at the later rate");
        assertEquals(2.4, microRate / largeRate, 1e-12);
        assertTrue(largeMonths > 1.5 * microMonths, () -> "a large firm's job lasts longer: " + largeMonths + " against " + microMonths);

        person.status = Status.UNEMPLOYED;
        person.employer = null;
        assertEquals(quits.searchMultiplier(), quits.multiplierOf(world, person), 0.0, "out of work, a job still to be found");
        assertEquals(quits.monthsInWork(person.qualified(), 12, world.scenario.education().discountRate() / 12.0, quits.searchMultiplier(), false),
                ParticipationChoice.jobMonths(world, person), 1e-12, "a new job, its whole first year to come");
    }

    /** The exam's prize, a regular post, is valued at its own quit rates (regular_quit_factor) without dismissals. */
    @Test
    void aRegularPostIsValuedAtItsOwnQuitRates() {
        World world = TestWorlds.settled(korea(), 1);
        YoungPerson person = TestWorlds.outOfWork(world);
        person.generalSkill = 0.9;
        expectsAnExamItCanPass(world, person);
        LabourMarketSettings sourced = world.scenario.labourMarket();
        double cost = sourced.entryExams().preparationCost() * ParticipationChoice.expectedWage(world, person);
        double withGradient = ExamPreparation.monthlyValue(world, person) + cost;
        double months = ParticipationChoice.jobMonths(world, person, 0.12, true);

        world.scenario = world.scenario.withLabourMarket(korea("labour_market.entry_exams.regular_quit_factor=1").labourMarket());
        double flat = ExamPreparation.monthlyValue(world, person) + cost;
        double flatMonths = ParticipationChoice.jobMonths(world, person, 1.0, true);
        double withDismissals = ParticipationChoice.jobMonths(world, person, 1.0, false);

        assertTrue(months > 2 * flatMonths,
                () -> "a regular post's young staff stay far longer: " + months + " against " + flatMonths);
        assertTrue(flatMonths > withDismissals, "no contract ends an open-ended post");
        assertTrue(flat > 0, "the able candidate has a chance and a surplus: " + flat);
        assertEquals(months / flatMonths, withGradient / flat, 1e-9, "the chance times the surplus, over the segment job's months");
    }

    /**
     * The KEIS Youth Panel's gradient in the Korean preset: a job a young person out of work can
     * find is mostly at a small firm, whose young staff leave more often, so searching is worth
     * less than with the same quit rate at every employer, and the exam's prize, a regular post
     * valued at its own quit rates over the value of being out of work, is worth more: preparing
     * beats searching for more people.
     */
    @Test
    void theKeisGradientMakesSearchingWorthLessAgainstTheExam() {
        World world = TestWorlds.settled(korea(), 1);
        YoungPerson person = world.people.stream()
                .filter(p -> p.status == Status.UNEMPLOYED && !p.preparing && !p.studying).findFirst()
                .orElseThrow(() -> new AssertionError("nobody searching"));
        person.failedSearchMonths = 0;
        person.generalSkill = 0.9;
        expectsAnExamItCanPass(world, person);
        double search = ExamPreparation.searchGain(world, person);
        double prepare = ExamPreparation.monthlyValue(world, person);
        assertTrue(YoungQuitRates.of(world).searchMultiplier() > 1.05, "a job to be found: mostly small firms' " + YoungQuitRates.of(world).searchMultiplier());

        world.scenario = world.scenario.withLabourMarket(korea(FLAT).labourMarket());
        double flatSearch = ExamPreparation.searchGain(world, person);
        double flatPrepare = ExamPreparation.monthlyValue(world, person);
        assertTrue(search > 0 && search < flatSearch, () -> "search with the gradient " + search + " against flat " + flatSearch);
        assertTrue(prepare > flatPrepare, () -> "the exam with the gradient " + prepare + " against flat " + flatPrepare);
    }

    /**
     * The premises of the exam's value, set so that the settled world's last exam and the person's
     * own circumstances do not decide them: an exam with places whose expected pass mark is the
     * person's skill (an even chance before preparing), and a person who values time outside work
     * at half the usual, not preparing, studying or appointed.
     */
    private static void expectsAnExamItCanPass(World world, YoungPerson person) {
        world.examHeld = true;
        world.examPlaces = Math.max(1, world.examPlaces);
        world.examPassMark = person.generalSkill;
        person.nonMarketFactor = 0.5;
        person.preparing = false;
        person.studying = false;
        person.appointedTo = null;
    }

    private static Scenario korea(String... overrides) {
        return TestScenarios.smallPreset("korea-corporate", overrides);
    }
}
