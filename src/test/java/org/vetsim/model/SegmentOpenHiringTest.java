package org.vetsim.model;

import org.junit.jupiter.api.Test;
import org.vetsim.metrics.Metric;
import org.vetsim.scenario.Scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Open hiring in the exam-recruiting segment ({@code labour_market.entry_exams.open_hiring_share}):
 * an employer outside the segment screens young people out of work for every vacancy; a segment
 * employer for the share of its vacancies the key opens, and those screen young entrants only, no
 * adults; and opening the segment's vacancies lowers Korea's youth unemployment, as the segment
 * takes young entrants outside its exam ({@code segment_open_entry_share}).
 */
class SegmentOpenHiringTest {

    private static Scenario korea(String... overrides) {
        return TestScenarios.smallPreset("korea-corporate", overrides);
    }

    private static World started(Scenario scenario) {
        VetModel model = new VetModel(scenario, 5);
        model.start();
        return model.world();
    }

    @Test
    void aSegmentEmployerOpensTheShareOfItsVacanciesTheKeySays() {
        World world = started(korea("labour_market.entry_exams.open_hiring_share=0.3"));
        Occupation occupation = world.occupations[0];
        Employer small = new Employer(90_001, occupation, 20, 1.0);
        Employer large = new Employer(90_002, occupation, 900, 1.0);
        assertFalse(ExamPreparation.inSegment(world, small));
        assertTrue(ExamPreparation.inSegment(world, large));
        int open = 0;
        int slots = 4000;
        for (int slot = 0; slot < slots; slot++) {
            assertTrue(ExamPreparation.openToOutOfWork(world, small, slot), "outside the segment every vacancy is open");
            open += ExamPreparation.openToOutOfWork(world, large, slot) ? 1 : 0;
        }
        assertEquals(0.3, open / (double) slots, 4 * Math.sqrt(0.3 * 0.7 / slots), "open vacancies: " + open);

        World closed = started(korea("labour_market.entry_exams.open_hiring_share=0"));
        World opened = started(korea("labour_market.entry_exams.open_hiring_share=1"));
        Employer closedLarge = new Employer(90_003, closed.occupations[0], 900, 1.0);
        Employer openedLarge = new Employer(90_003, opened.occupations[0], 900, 1.0);
        for (int slot = 0; slot < 50; slot++) {
            assertFalse(ExamPreparation.openToOutOfWork(closed, closedLarge, slot), "0: the exam is the only way in");
            assertTrue(ExamPreparation.openToOutOfWork(opened, openedLarge, slot), "1: every vacancy is open");
        }
    }

    @Test
    void anOpenVacancyScreensYoungEntrantsOnlyAndAClosedOneAdultsToo() {
        World world = TestWorlds.settled(korea("labour_market.entry_exams.open_hiring_share=1"), 1);
        Employer large = world.employers.stream().filter(e -> ExamPreparation.inSegment(world, e) && !e.publicSector)
                .findFirst().orElseThrow();
        JobSeekers nobodyYoung = new JobSeekers(world);
        assertTrue(world.adults.isAdultDraw(world.random(Stream.ADULT_APPLICANTS), large, 0.0, 1.0, 1.0),
                "adults are looking for work");
        Screening open = new Screening(world, nobodyYoung, world.random(Stream.MATCHING), world.random(Stream.ADULT_APPLICANTS));
        assertNull(open.choose(large, 0), "a vacancy open to young entrants takes no adult");

        world.scenario = world.scenario.withLabourMarket(korea("labour_market.entry_exams.open_hiring_share=0").labourMarket());
        Screening closed = new Screening(world, nobodyYoung, world.random(Stream.MATCHING), world.random(Stream.ADULT_APPLICANTS));
        Screening.Applicant chosen = closed.choose(large, 0);
        assertTrue(chosen != null && chosen.isAdult(), "a closed vacancy goes to an experienced adult");
    }

    @Test
    void openingTheSegmentsVacanciesLowersKoreasYouthUnemployment() {
        int seeds = 6;
        double[] closed = new double[seeds];
        double[] open = new double[seeds];
        int wins = 0;
        for (int s = 0; s < seeds; s++) {
            var closedRun = TestScenarios.run(korea("labour_market.entry_exams.open_hiring_share=0"), 400 + s);
            var openRun = TestScenarios.run(korea("labour_market.entry_exams.open_hiring_share=1"), 400 + s);
            closed[s] = TestScenarios.mean(closedRun, Metric.YOUTH_UNEMPLOYMENT_RATE_15_24, 1);
            open[s] = TestScenarios.mean(openRun, Metric.YOUTH_UNEMPLOYMENT_RATE_15_24, 1);
            wins += open[s] < closed[s] ? 1 : 0;
            assertEquals(0.0, TestScenarios.mean(closedRun, Metric.SEGMENT_OPEN_ENTRY_SHARE, 1), 0.0,
                    "closed: the segment takes nobody from out of work outside its exam");
            double entries = TestScenarios.mean(openRun, Metric.SEGMENT_OPEN_ENTRY_SHARE, 1);
            assertTrue(entries > 0.2 && entries < 1, "open: a share of the segment's hires are young entrants outside the exam: " + entries);
        }
        int w = wins;
        assertTrue(w >= 5, () -> "youth unemployment with every segment vacancy open " + java.util.Arrays.toString(open)
                + " against closed " + java.util.Arrays.toString(closed));
    }
}
