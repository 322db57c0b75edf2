package org.vetsim.model;

import org.junit.jupiter.api.Test;
import org.vetsim.metrics.Metric;
import org.vetsim.scenario.Scenario;

import java.util.EnumMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The kinds of vacancy in the exam-recruiting segment ({@link SegmentVacancy}): an employer outside
 * the segment has ordinary vacancies only; a segment employer's regular openings, at the regular
 * posts' own turnover, are split between the exam, rolling recruitment of young entrants
 * ({@code open_hiring_share}: young applicants only, no adults) and experienced workers, and the
 * rest of its openings are non-regular posts open to anyone at the pay rule; the exam offers places
 * for regular openings only; and opening regular posts to young entrants lowers Korea's youth
 * unemployment ({@code segment_open_entry_share}).
 */
class SegmentOpenHiringTest {
    /** Every post of a segment employer regular, every opening a regular one (the baseline's reading). */
    private static final String[] ALL_REGULAR = {"labour_market.entry_exams.regular_post_share=1",
            "labour_market.entry_exams.regular_separation_rate=0.5"};

    private static Scenario korea(String... overrides) {
        return TestScenarios.smallPreset("korea-corporate", overrides);
    }

    private static String[] join(String... more) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(ALL_REGULAR), java.util.Arrays.stream(more)).toArray(String[]::new);
    }

    private static World started(Scenario scenario) {
        VetModel model = new VetModel(scenario, 5);
        model.start();
        return model.world();
    }

    private static Map<SegmentVacancy, Integer> kinds(World world, Employer employer, int slots) {
        Map<SegmentVacancy, Integer> count = new EnumMap<>(SegmentVacancy.class);
        for (int slot = 0; slot < slots; slot++) {
            count.merge(SegmentVacancy.of(world, employer, slot), 1, Integer::sum);
        }
        return count;
    }

    private static void assertShare(double expected, Map<SegmentVacancy, Integer> count, SegmentVacancy kind, int slots) {
        double share = count.getOrDefault(kind, 0) / (double) slots;
        assertEquals(expected, share, 4 * Math.sqrt(expected * (1 - expected) / slots) + 1e-12, kind + ": " + count);
    }

    @Test
    void everyPostRegularSplitsTheOpeningsTheExamLeavesBetweenRollingAndExperienced() {
        World world = started(korea(ALL_REGULAR));
        Occupation occupation = world.occupations[0];
        Employer small = new Employer(90_001, occupation, 20, 1.0);
        Employer large = new Employer(90_002, occupation, 900, 1.0);
        int slots = 4000;
        assertEquals(Map.of(SegmentVacancy.ORDINARY, slots), kinds(world, small, slots), "outside the segment every vacancy is ordinary");
        Map<SegmentVacancy, Integer> count = kinds(world, large, slots);
        assertShare(0.15 / 0.5, count, SegmentVacancy.ROLLING_ENTRY, slots);
        assertShare(0.35 / 0.5, count, SegmentVacancy.EXPERIENCED, slots);
        assertEquals(0, count.getOrDefault(SegmentVacancy.NON_REGULAR, 0), "no non-regular posts");
        assertEquals(EmployerDecisions.expectedOpeningsPerYear(world, large), SegmentVacancy.regularOpeningsPerYear(world, large), 1e-9,
                "every opening is regular where regular posts would turn over faster than the employer's posts do");
    }

    @Test
    void koreasRegularPostsTurnOverSlowlySoMostOpeningsAreNonRegular() {
        World world = started(korea());
        Employer large = new Employer(90_002, world.occupations[0], 900, 1.0);
        double all = EmployerDecisions.expectedOpeningsPerYear(world, large);
        double regular = SegmentVacancy.regularOpeningsPerYear(world, large);
        assertEquals(12 * 900 * 0.77 * 0.0043, regular, 1e-9, "regular posts times their separation rate, a year");
        assertTrue(regular < 0.5 * all, "regular openings " + regular + " of " + all);
        double left = all - 0.5 * regular;
        int slots = 6000;
        Map<SegmentVacancy, Integer> count = kinds(world, large, slots);
        assertShare(0.15 * regular / left, count, SegmentVacancy.ROLLING_ENTRY, slots);
        assertShare(0.35 * regular / left, count, SegmentVacancy.EXPERIENCED, slots);
        assertShare((all - regular) / left, count, SegmentVacancy.NON_REGULAR, slots);
    }

    @Test
    void theExamOffersPlacesForRegularOpeningsOnly() {
        World world = TestWorlds.settled(korea(), 2);
        double regular = 0;
        double all = 0;
        for (Employer employer : world.employers) {
            if (ExamPreparation.inSegment(world, employer)) {
                regular += SegmentVacancy.regularOpeningsPerYear(world, employer);
                all += EmployerDecisions.expectedOpeningsPerYear(world, employer);
            }
        }
        EntryExam.hold(world, world.scenario.labourMarket().entryExams(), world.random(Stream.ENTRY_EXAMS), world.random(Stream.ENTRY_EXAM_SCORES));
        assertEquals(0.5 * regular, world.examPlaces, 4 * Math.sqrt(0.5 * regular) + 2,
                "the entrant share of the regular openings (stochastically rounded per employer), not of all " + all);
    }

    @Test
    void aRollingVacancyScreensYoungEntrantsOnlyAnExperiencedOneAdultsAndANonRegularOnePaysNoPremium() {
        World world = TestWorlds.settled(korea(join("labour_market.entry_exams.entrant_share=0",
                "labour_market.entry_exams.open_hiring_share=1")), 1);
        Employer large = world.employers.stream().filter(e -> ExamPreparation.inSegment(world, e) && !e.publicSector)
                .findFirst().orElseThrow();
        JobSeekers nobodyYoung = new JobSeekers(world);
        assertTrue(world.adults.isAdultDraw(world.random(Stream.ADULT_APPLICANTS), large, 0.0, 1.0, 1.0, 0.0),
                "adults are looking for work");
        Screening rolling = new Screening(world, nobodyYoung, world.random(Stream.MATCHING), world.random(Stream.ADULT_APPLICANTS));
        assertNull(rolling.choose(large, 0), "a vacancy open to young entrants takes no adult");
        assertEquals(SegmentVacancy.ROLLING_ENTRY, rolling.vacancy());

        world.scenario = world.scenario.withLabourMarket(korea(join("labour_market.entry_exams.open_hiring_share=0")).labourMarket());
        Screening experienced = new Screening(world, nobodyYoung, world.random(Stream.MATCHING), world.random(Stream.ADULT_APPLICANTS));
        Screening.Applicant chosen = experienced.choose(large, 0);
        assertTrue(chosen != null && chosen.isAdult(), "a regular vacancy for experienced workers goes to an adult");
        assertEquals(SegmentVacancy.EXPERIENCED, experienced.vacancy());

        world.scenario = world.scenario.withLabourMarket(korea("labour_market.entry_exams.regular_post_share=0").labourMarket());
        assertEquals(SegmentVacancy.NON_REGULAR, SegmentVacancy.of(world, large, 0), "no regular posts: every vacancy non-regular");
        assertEquals(world.wageAt(large, 0.5) / 1.6, world.wageAt(large, 0.5, false), 1e-12, "the pay rule without the premium 0.6");
        assertEquals(1.6 * AheadHiring.keepWindowMonths(world, large, 0.5, true), AheadHiring.keepWindowMonths(world, large, 0.5, false), 1e-9,
                "a starter hired ahead into a non-regular post costs less a month, so the firm would carry them longer");
        YoungPerson person = world.people.stream().filter(p -> p.status == Status.UNEMPLOYED).findFirst().orElseThrow();
        world.hire(person, large, 0.0, 0.0, false);
        double paid = world.paidProductivity(person, world.skills.specificSkill(person, person.occupation));
        assertEquals(world.wageAt(large, paid, false), world.wageOf(person), 1e-12, "a non-regular employee earns the pay rule");
        person.regularPost = true;
        assertEquals(world.wageAt(large, paid), world.wageOf(person), 1e-12, "a regular one the premium on it");
    }

    @Test
    void openingRegularPostsToYoungEntrantsLowersKoreasYouthUnemployment() {
        int seeds = 6;
        double[] closed = new double[seeds];
        double[] open = new double[seeds];
        int wins = 0;
        double openEntries = 0;
        for (int s = 0; s < seeds; s++) {
            var closedRun = TestScenarios.run(korea(join("labour_market.entry_exams.open_hiring_share=0")), 400 + s);
            var openRun = TestScenarios.run(korea(join("labour_market.entry_exams.open_hiring_share=0.5")), 400 + s);
            closed[s] = TestScenarios.mean(closedRun, Metric.YOUTH_UNEMPLOYMENT_RATE_15_24, 1);
            open[s] = TestScenarios.mean(openRun, Metric.YOUTH_UNEMPLOYMENT_RATE_15_24, 1);
            wins += open[s] < closed[s] ? 1 : 0;
            assertEquals(0.0, TestScenarios.mean(closedRun, Metric.SEGMENT_OPEN_ENTRY_SHARE, 1), 0.0,
                    "closed: the segment takes nobody from out of work into a regular post outside its exam");
            double entries = TestScenarios.mean(openRun, Metric.SEGMENT_OPEN_ENTRY_SHARE, 1);
            openEntries += entries / seeds;
            assertTrue(entries > 0 && entries < 1, "open: a share of the segment's regular hires are young entrants outside the exam: " + entries);
        }
        // how large a share depends on how many young people are out of work: about 0.18-0.3 since Korea's young
        // quitters go into unemployment at the published flow (job_to_job_share 0.76, 5 December 2026)
        assertTrue(openEntries > 0.1, "over the seeds, a tenth or more of the regular hires: " + openEntries);
        int w = wins;
        assertTrue(w >= 5, () -> "youth unemployment with half the regular openings open " + java.util.Arrays.toString(open)
                + " against closed " + java.util.Arrays.toString(closed));
    }
}
