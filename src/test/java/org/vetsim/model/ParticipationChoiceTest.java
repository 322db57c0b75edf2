package org.vetsim.model;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;
import org.vetsim.io.scenario.ScenarioLoader;
import org.vetsim.metrics.Metric;
import org.vetsim.metrics.MonthReport;
import org.vetsim.scenario.Scenario;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The participation choice on people of a settled economy: who searches and who stays out of the
 * labour force, discouragement by failed search and its end, the allowance for job seekers, the
 * reservation value at a job offer and leaving a job when circumstances change; over whole runs,
 * the direction of the allowance and of the value of time outside work.
 */
class ParticipationChoiceTest {
    private static World settled(String... overrides) {
        List<String> all = new java.util.ArrayList<>(List.of("population.young_people=3000",
                "labour_market.participation.circumstance_change_rate=0"));
        all.addAll(List.of(overrides));
        return TestWorlds.settled(ScenarioLoader.load(Path.of("baseline"), all), 1);
    }

    private static YoungPerson outOfWork(World world) {
        for (YoungPerson person : world.people) {
            if (person.status == Status.UNEMPLOYED || person.status == Status.INACTIVE) {
                person.failedSearchMonths = 0;
                return person;
            }
        }
        throw new AssertionError("nobody out of work");
    }

    private static MersenneTwisterFast random(World world) {
        return world.random(Stream.PARTICIPATION);
    }

    @Test
    void someoneWhoValuesTimeOutsideWorkAboveTheWageTheyExpectStaysOutOfTheLabourForce() {
        World world = settled();
        YoungPerson person = outOfWork(world);
        double wage = ParticipationChoice.expectedWage(world, person);
        person.nonMarketValue = wage * 1.01;
        ParticipationChoice.decide(world, random(world), person);
        assertEquals(Status.INACTIVE, person.status);
        person.nonMarketValue = wage * 0.5;
        ParticipationChoice.decide(world, random(world), person);
        assertEquals(Status.UNEMPLOYED, person.status, "with a job worth more than time outside work they search");
    }

    @Test
    void failedMonthsOfSearchDiscourageAndNewsOfOthersFindingWorkBringsTheSeekerBack() {
        World world = settled();
        YoungPerson person = outOfWork(world);
        double wage = ParticipationChoice.expectedWage(world, person);
        person.nonMarketValue = wage * 0.9;
        ParticipationChoice.decide(world, random(world), person);
        assertEquals(Status.UNEMPLOYED, person.status);
        double fresh = ParticipationChoice.perceivedChance(world, person);
        int month = world.month;
        int months = 0;
        while (person.status == Status.UNEMPLOYED && months < 2000) {
            world.month++;
            months++;
            ParticipationChoice.decide(world, random(world), person);
        }
        assertEquals(Status.INACTIVE, person.status, "a seeker who keeps failing gives up");
        assertTrue(ParticipationChoice.perceivedChance(world, person) < fresh, "the belief fell with the failed months");
        assertEquals(months, person.failedSearchMonths, "each failed month counted once");
        int failed = person.failedSearchMonths;
        world.month++;
        ParticipationChoice.decide(world, random(world), person);
        assertEquals(failed - 1, person.failedSearchMonths, "not searching, one failed month is forgotten");
        while (person.status == Status.INACTIVE && person.failedSearchMonths > 0) {
            world.month++;
            ParticipationChoice.decide(world, random(world), person);
        }
        assertEquals(Status.UNEMPLOYED, person.status, "the discouraged search again as their belief recovers");
        world.month = month;
    }

    @Test
    void anAllowanceForJobSeekersKeepsTheDiscouragedSearchingButNotThoseUnavailableForWork() {
        World world = settled("labour_market.participation.job_seeker_allowance=0.1");
        YoungPerson person = outOfWork(world);
        double wage = ParticipationChoice.expectedWage(world, person);
        person.nonMarketValue = wage * 0.9;
        person.failedSearchMonths = 100_000;
        assertTrue(ParticipationChoice.searches(world, person), "the allowance pays for the search");
        person.nonMarketValue = wage * 1.1;
        assertFalse(ParticipationChoice.searches(world, person), "paid only to those available for work");
    }

    @Test
    void aJobIsTakenOnlyIfItsWageAndFitBeatTimeOutsideWork() {
        World world = settled();
        YoungPerson person = outOfWork(world);
        person.nonMarketValue = 0.5;
        assertTrue(ParticipationChoice.takes(world, person, 0.45, 0.06));
        assertFalse(ParticipationChoice.takes(world, person, 0.45, 0.04));
    }

    @Test
    void anEmployeeWhoseCircumstancesChangeLeavesForInactivityOnlyIfTimeOutsideWorkIsWorthMore() {
        World world = settled("labour_market.participation.circumstance_change_rate=1",
                "labour_market.participation.non_market_spread=0");
        YoungPerson employee = null;
        for (YoungPerson person : world.people) {
            if (person.status == Status.EMPLOYED) {
                employee = person;
                break;
            }
        }
        assertTrue(employee != null);
        ParticipationChoice.decide(world, random(world), employee);
        boolean leaves = employee.nonMarketValue > world.wageOf(employee) + employee.jobFit;
        assertEquals(Status.EMPLOYED, employee.status, "at the mean value of time outside work the job is worth more");
        assertFalse(leaves);
        YoungPerson other = null;
        for (YoungPerson person : world.people) {
            if (person.status == Status.EMPLOYED && person != employee) {
                other = person;
                break;
            }
        }
        assertTrue(other != null);
        Employer at = other.employer;
        world.meanProductivity *= 10;
        ParticipationChoice.decide(world, random(world), other);
        assertEquals(Status.INACTIVE, other.status, "time outside work now worth more than the job");
        assertFalse(at.youngStaff.contains(other), "off the staff list");
    }

    private static double inactiveShareOfNeet(Scenario scenario, long seed) {
        List<MonthReport> reports = TestScenarios.run(scenario, seed);
        double inactive = TestScenarios.mean(reports, Metric.INACTIVE, 1);
        double unemployed = TestScenarios.mean(reports, Metric.UNEMPLOYED, 1);
        return inactive / (inactive + unemployed);
    }

    @Test
    void anAllowanceForJobSeekersMovesTheOutOfWorkFromInactivityIntoSearchOverSeveralSeeds() {
        for (long seed = 1; seed <= 3; seed++) {
            double none = inactiveShareOfNeet(TestScenarios.small(), seed);
            double paid = inactiveShareOfNeet(TestScenarios.small("labour_market.participation.job_seeker_allowance=0.2"), seed);
            assertTrue(paid < none, "seed " + seed + ": " + paid + " vs " + none);
        }
    }

    @Test
    void valuingTimeOutsideWorkMoreRaisesTheNeetRateOverSeveralSeeds() {
        for (long seed = 1; seed <= 3; seed++) {
            double base = TestScenarios.mean(TestScenarios.run(TestScenarios.small(), seed), Metric.NEET_RATE, 1);
            double more = TestScenarios.mean(TestScenarios.run(TestScenarios.small("labour_market.participation.non_market_value=0.6"), seed),
                    Metric.NEET_RATE, 1);
            assertTrue(more > base, "seed " + seed + ": " + more + " vs " + base);
        }
    }
}
