package org.vetsim.model;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;
import org.vetsim.io.scenario.ScenarioLoader;
import org.vetsim.metrics.Metric;
import org.vetsim.metrics.MonthReport;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hiring process: an open vacancy is decided in a month with probability one over the mean
 * duration of the process; at a duration of one month every vacancy is decided at once and no
 * draw is taken. A vacancy not yet decided stays open. Over several seeds, a longer process holds
 * more vacancies open and lowers the job-finding hazard of young job seekers.
 */
class HiringProcessTest {
    private static World world(String duration) {
        return TestWorlds.settled(ScenarioLoader.load(Path.of("baseline"),
                List.of("population.young_people=3000", "labour_market.vacancy_duration_months=" + duration)), 1);
    }

    @Test
    void atOneMonthEveryVacancyIsDecidedAndNothingIsDrawn() {
        World world = world("1");
        MersenneTwisterFast stream = world.random(Stream.HIRING_PROCESS);
        MersenneTwisterFast copy = (MersenneTwisterFast) stream.clone();
        HiringProcess process = new HiringProcess(world);
        for (int k = 0; k < 100; k++) {
            assertTrue(process.completes());
        }
        assertEquals(copy.nextDouble(), stream.nextDouble(), "no draw was taken from the stream");
    }

    @Test
    void eachOpenVacancyIsDecidedWithOneOverTheDurationAMonth() {
        World world = world("4");
        HiringProcess process = new HiringProcess(world);
        int decided = 0;
        int trials = 40_000;
        for (int k = 0; k < trials; k++) {
            decided += process.completes() ? 1 : 0;
        }
        assertEquals(0.25, decided / (double) trials, 0.01);
    }

    @Test
    void aVacancyWhoseProcessIsNotCompleteStaysOpenAndHiresNoOne() {
        World world = world("24");
        int[] before = new int[world.employers.size()];
        boolean[] adultsMayLeave = new boolean[world.employers.size()];
        for (int i = 0; i < world.employers.size(); i++) {
            Employer employer = world.employers.get(i);
            employer.vacancies = 1;
            before[i] = employer.staff() + employer.promisedHires;
            adultsMayLeave[i] = employer.adultsSearchingOnJob > 0;
        }
        world.jobSeekers = new JobSeekers(world);
        for (YoungPerson person : world.people) {
            world.jobSeekers.addIfSeeking(world, person);
        }
        new Matching().run(world);
        int open = 0;
        for (int i = 0; i < world.employers.size(); i++) {
            Employer employer = world.employers.get(i);
            if (employer.vacancies == 1) {
                open++;
                if (!adultsMayLeave[i]) {
                    assertEquals(before[i], employer.staff() + employer.promisedHires, "no one is hired while the process runs");
                }
            }
        }
        double stillOpen = open / (double) world.employers.size();
        assertTrue(stillOpen > 0.9, "about 23 in 24 vacancies stay open after a month: " + stillOpen);
    }

    private static double mean(List<MonthReport> reports, Metric metric) {
        return TestScenarios.mean(reports, metric, 13);
    }

    @Test
    void aLongerHiringProcessHoldsMoreVacanciesOpenAndSlowsJobFindingOverSeveralSeeds() {
        for (long seed = 1; seed <= 3; seed++) {
            List<MonthReport> quick = TestScenarios.run(TestScenarios.small("labour_market.vacancy_duration_months=1"), seed);
            List<MonthReport> slow = TestScenarios.run(TestScenarios.small("labour_market.vacancy_duration_months=3"), seed);
            assertTrue(mean(slow, Metric.VACANCIES) > mean(quick, Metric.VACANCIES), "seed " + seed);
            assertTrue(mean(slow, Metric.FLOW_U_TO_E_15_24) < mean(quick, Metric.FLOW_U_TO_E_15_24), "seed " + seed);
        }
    }
}
