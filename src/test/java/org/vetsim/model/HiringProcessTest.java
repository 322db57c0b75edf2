package org.vetsim.model;

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
 * draw is taken. A vacancy not yet decided stays open. An employer's draws do not depend on how
 * many vacancies other employers have open (common random numbers across policy arms). Over several seeds, a longer process holds
 * more vacancies open and lowers the job-finding hazard of young job seekers.
 */
class HiringProcessTest {
    private static World world(String duration) {
        return TestWorlds.settled(ScenarioLoader.load(Path.of("baseline"),
                List.of("population.young_people=3000", "labour_market.vacancy_duration_months=" + duration)), 1);
    }

    @Test
    void atOneMonthEveryVacancyIsDecided() {
        World world = world("1");
        HiringProcess process = new HiringProcess(world);
        for (Employer employer : world.employers) {
            for (int slot = 0; slot < 5; slot++) {
                assertTrue(process.completes(employer, slot));
            }
        }
    }

    @Test
    void eachOpenVacancyIsDecidedWithOneOverTheDurationAMonth() {
        World world = world("4");
        int decided = 0;
        int trials = 0;
        for (int month = 0; trials < 40_000; month++) {
            world.month = month;
            HiringProcess process = new HiringProcess(world);
            for (Employer employer : world.employers) {
                for (int slot = 0; slot < 3; slot++) {
                    decided += process.completes(employer, slot) ? 1 : 0;
                    trials++;
                }
            }
        }
        assertEquals(0.25, decided / (double) trials, 0.01);
    }

    /**
     * Common random numbers: in two worlds with the same seed, one of which gives the first
     * employer an extra open vacancy, every other employer's vacancies are decided in the same
     * months, and the first employer's other vacancies too.
     */
    @Test
    void anEmployersVacanciesAreDecidedInTheSameMonthsHoweverManyVacanciesOthersHave() {
        World same = world("4");
        World extra = world("4");
        for (World world : List.of(same, extra)) {
            for (Employer employer : world.employers) {
                employer.vacancies = 2;
            }
        }
        extra.employers.get(0).vacancies = 3;
        int n = same.employers.size();
        int decided = 0;
        int partly = 0;
        int start = same.month;
        for (int month = start; month < start + 24; month++) {
            same.month = month;
            extra.month = month;
            int[] inSame = decidedByEmployer(same);
            int[] inExtra = decidedByEmployer(extra);
            for (int e = 1; e < n; e++) {
                assertEquals(inSame[e], inExtra[e], "vacancies of employer " + e + " decided in month " + month);
                decided += inSame[e];
                partly += inSame[e] == 1 ? 1 : 0;
            }
            assertTrue(inExtra[0] >= inSame[0] && inExtra[0] <= inSame[0] + 1, "the first employer's two vacancies in month " + month);
        }
        assertTrue(decided > 0 && partly > 0, "vacancies were decided, some of an employer's two but not both: " + decided + ", " + partly);
    }

    private static int[] decidedByEmployer(World world) {
        int[] decided = new int[world.employers.size()];
        for (Employer employer : Matching.vacancyList(world, world.random(Stream.MATCHING))) {
            decided[employer.id()]++;
        }
        return decided;
    }

    @Test
    void aVacancyWhoseProcessIsNotCompleteStaysOpenAndHiresNoOne() {
        World world = world("24");
        int[] before = new int[world.employers.size()];
        boolean[] staffMayLeave = new boolean[world.employers.size()];
        for (int i = 0; i < world.employers.size(); i++) {
            Employer employer = world.employers.get(i);
            employer.vacancies = 1;
            before[i] = employer.staff() + employer.promisedHires;
            staffMayLeave[i] = employer.adultsSearchingOnJob > 0;
        }
        for (YoungPerson person : world.people) {
            if (person.searchingOnJob && person.employer != null) {
                staffMayLeave[person.employer.id()] = true;
            }
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
                if (!staffMayLeave[i]) {
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
