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
 * labour force (and its boundaries), discouragement by months of search without an offer and its
 * end, the allowance for job seekers, the reservation value (at each kind of offer in
 * {@link ReservationValueAtOffersTest}), the value drawn once on entry, and leaving a job when
 * circumstances change;
 * over whole runs, the direction of the allowance and of the value of time outside work.
 */
class ParticipationChoiceTest {
    /** A settled small baseline; licence study off, as these are tests of the search choice ({@link LicencePreparationTest} has its own). */
    private static World settled(String... overrides) {
        List<String> all = new java.util.ArrayList<>(List.of("population.young_people=3000",
                "labour_market.participation.circumstance_change_rate=0",
                "labour_market.participation.licences.enabled=false"));
        all.addAll(List.of(overrides));
        return TestWorlds.settled(ScenarioLoader.load(Path.of("baseline"), all), 1);
    }

    private static MersenneTwisterFast random(World world) {
        return world.random(Stream.PARTICIPATION);
    }

    /** Sets the person's value of time outside work to {@code value} (in productivity units). */
    private static void valueAt(World world, YoungPerson person, double value) {
        person.nonMarketFactor = value / (world.scenario.labourMarket().participation().nonMarketValue() * world.meanProductivity);
    }

    @Test
    void someoneWhoValuesTimeOutsideWorkAtOrAboveTheWageTheyExpectStaysOutOfTheLabourForce() {
        World world = settled();
        YoungPerson person = TestWorlds.outOfWork(world);
        double wage = ParticipationChoice.expectedWage(world, person);
        valueAt(world, person, wage * 1.01);
        ParticipationChoice.decide(world, person, false);
        assertEquals(Status.INACTIVE, person.status);
        valueAt(world, person, wage);
        ParticipationChoice.decide(world, person, false);
        assertEquals(Status.INACTIVE, person.status, "a job worth exactly the time outside work is not worth a search");
        valueAt(world, person, wage * 0.5);
        ParticipationChoice.decide(world, person, false);
        assertEquals(Status.UNEMPLOYED, person.status, "with a job worth more than time outside work they search");
    }

    @Test
    void searchIsMadeJustWhenItsExpectedWorthCoversItsCost() {
        World world = settled("labour_market.participation.job_seeker_allowance=0");
        YoungPerson person = TestWorlds.outOfWork(world);
        double wage = ParticipationChoice.expectedWage(world, person);
        double cost = world.scenario.labourMarket().participation().searchCost() * wage;
        double worthPerSurplus = ParticipationChoice.perceivedChance(world, person) * ParticipationChoice.jobMonths(world, person);
        double breakEven = wage - cost / worthPerSurplus;
        valueAt(world, person, breakEven * 1.001);
        assertFalse(ParticipationChoice.searches(world, person), "a search worth a little less than it costs is not made");
        valueAt(world, person, breakEven * 0.999);
        assertTrue(ParticipationChoice.searches(world, person), "one worth a little more is made");
    }

    /**
     * A quit that goes straight to another job keeps the person in work, so the months a job is
     * worth count only the quits into unemployment and the dismissals; without job-to-job quits
     * the valuation is the quit and dismissal rates, as before the distinction was made.
     */
    @Test
    void theMonthsAJobIsWorthCountOnlyTheSeparationsThatEndEmployment() {
        World none = settled("labour_market.job_to_job_share=0", "labour_market.quit_rate=0.04",
                "labour_market.young_dismissal_rate=0.01", "labour_market.quit_first_year_ratio=1");
        double discount = none.scenario.education().discountRate() / 12.0;
        assertEquals(1.0 / (0.04 + 0.01 + discount), ParticipationChoice.jobMonths(none, TestWorlds.outOfWork(none)), 1e-12);
        World half = settled("labour_market.job_to_job_share=0.5", "labour_market.quit_rate=0.04",
                "labour_market.young_dismissal_rate=0.01", "labour_market.quit_first_year_ratio=1");
        YoungPerson person = TestWorlds.outOfWork(half);
        assertEquals(1.0 / (0.02 + 0.01 + discount), ParticipationChoice.jobMonths(half, person), 1e-12);
        double chance = ParticipationChoice.perceivedChance(half, person);
        person.nonMarketFactor = 0.1;
        double value = ParticipationChoice.searchValue(half, person);
        double months = ParticipationChoice.newJobMonths(half, person);
        assertEquals(1.0 / (0.02 + 0.01 + discount), months, 1e-12, "a new job to be found, as the job the seeker values");
        assertTrue(value > 0, "search pays: " + value);
        assertEquals(ParticipationChoice.reservationValue(half, person) + value / (1 + chance * months),
                ParticipationChoice.outOfWorkFlow(half, person), 1e-12,
                "a month out of work: time outside work plus the stationary value search adds, x = (p (w - b) J - c) / (1 + p J)");
    }

    /**
     * A person whose value of time outside work lies between the break-even values of search with
     * and without job-to-job quits (each as a share of the wage they expect) searches only where
     * half the quits go straight to another job: the job is worth more months of work.
     */
    @Test
    void jobToJobQuitsMakeAJobWorthMoreAndSoTheMarginalPersonSearches() {
        World none = settled("labour_market.participation.job_seeker_allowance=0", "labour_market.job_to_job_share=0");
        World half = settled("labour_market.participation.job_seeker_allowance=0", "labour_market.job_to_job_share=0.5");
        YoungPerson inNone = TestWorlds.outOfWork(none);
        YoungPerson inHalf = TestWorlds.outOfWork(half);
        double lowBreakEven = breakEvenShareOfWage(none, inNone);
        double highBreakEven = breakEvenShareOfWage(half, inHalf);
        assertTrue(highBreakEven > lowBreakEven, highBreakEven + " vs " + lowBreakEven);
        double between = (lowBreakEven + highBreakEven) / 2;
        valueAt(none, inNone, between * ParticipationChoice.expectedWage(none, inNone));
        valueAt(half, inHalf, between * ParticipationChoice.expectedWage(half, inHalf));
        assertFalse(ParticipationChoice.searches(none, inNone), "every quit ending employment, the search does not pay");
        assertTrue(ParticipationChoice.searches(half, inHalf), "half the quits to other jobs, it pays");
    }

    /** The value of time outside work, as a share of the expected wage, at which a month's search just pays. */
    private static double breakEvenShareOfWage(World world, YoungPerson person) {
        double cost = world.scenario.labourMarket().participation().searchCost();
        return 1 - cost / (ParticipationChoice.perceivedChance(world, person) * ParticipationChoice.jobMonths(world, person));
    }

    @Test
    void eachMonthOfSearchWithoutAnOfferDiscouragesAndNewsOfOthersFindingWorkBringsTheSeekerBack() {
        World world = settled();
        YoungPerson person = TestWorlds.outOfWork(world);
        person.setStatus(Status.UNEMPLOYED);
        double wage = ParticipationChoice.expectedWage(world, person);
        valueAt(world, person, wage * 0.9);
        double fresh = ParticipationChoice.perceivedChance(world, person);
        int month = world.month;
        int searched = 0;
        while (searched < 2000) {
            world.month++;
            ParticipationChoice.decide(world, person, false);
            if (person.status != Status.UNEMPLOYED) {
                break;
            }
            searched++;
            ParticipationChoice.searchedInVain(world, person);
        }
        assertEquals(Status.INACTIVE, person.status, "a seeker who keeps failing gives up");
        assertTrue(ParticipationChoice.perceivedChance(world, person) < fresh, "the belief fell with the failed months");
        assertEquals(searched, person.failedSearchMonths, "each month searched in vain counted once");
        int failed = person.failedSearchMonths;
        world.month++;
        ParticipationChoice.decide(world, person, false);
        assertEquals(failed - 1, person.failedSearchMonths, "not searching, one failed month is forgotten");
        while (person.status == Status.INACTIVE && person.failedSearchMonths > 0) {
            world.month++;
            ParticipationChoice.decide(world, person, false);
        }
        assertEquals(Status.UNEMPLOYED, person.status, "the discouraged search again as their belief recovers");
        int before = person.failedSearchMonths;
        person.lastOfferMonth = world.month;
        ParticipationChoice.searchedInVain(world, person);
        assertEquals(before, person.failedSearchMonths, "a month with an offer, even one declined, is no failure of search");
        world.month = month;
    }

    @Test
    void anAllowanceForJobSeekersKeepsTheDiscouragedSearchingButNotThoseUnavailableForWork() {
        World paid = settled("labour_market.participation.job_seeker_allowance=0.1");
        YoungPerson person = TestWorlds.outOfWork(paid);
        double wage = ParticipationChoice.expectedWage(paid, person);
        valueAt(paid, person, wage * 0.9);
        person.failedSearchMonths = 100_000;
        assertTrue(ParticipationChoice.searches(paid, person), "the allowance pays for the search");
        assertFalse(ParticipationChoice.appliesBeforeLeaving(paid, person), "a student gets no allowance");
        valueAt(paid, person, wage * 1.1);
        assertFalse(ParticipationChoice.searches(paid, person), "paid only to those available for work");
        World none = settled("labour_market.participation.job_seeker_allowance=0");
        YoungPerson same = TestWorlds.outOfWork(none);
        valueAt(none, same, ParticipationChoice.expectedWage(none, same) * 0.9);
        same.failedSearchMonths = 100_000;
        assertFalse(ParticipationChoice.searches(none, same), "without the allowance the discouraged stop searching");
    }

    @Test
    void aJobIsTakenOnlyIfItsWageAndFitBeatTimeOutsideWork() {
        World world = settled();
        YoungPerson person = TestWorlds.outOfWork(world);
        valueAt(world, person, 0.5);
        assertTrue(ParticipationChoice.takes(world, person, 0.45, 0.06));
        assertTrue(ParticipationChoice.takes(world, person, 0.5, 0.0), "a job worth exactly the time outside work is taken");
        assertFalse(ParticipationChoice.takes(world, person, 0.45, 0.04));
    }

    private static YoungPerson employee(World world, YoungPerson not) {
        for (YoungPerson person : world.people) {
            if (person.status == Status.EMPLOYED && person != not) {
                return person;
            }
        }
        throw new AssertionError("nobody employed");
    }

    @Test
    void anEmployeeLeavesForInactivityOnlyWhenCircumstancesChangeAndTimeOutsideWorkIsThenWorthMore() {
        World unchanging = settled();
        YoungPerson stays = employee(unchanging, null);
        valueAt(unchanging, stays, 100 * (unchanging.wageOf(stays) + Math.abs(stays.jobFit)));
        ParticipationChoice.decide(unchanging, stays, false);
        assertEquals(Status.EMPLOYED, stays.status, "without a change of circumstances a worker does not leave");

        World world = settled("labour_market.participation.circumstance_change_rate=1",
                "labour_market.participation.non_market_spread=0");
        YoungPerson employee = employee(world, null);
        ParticipationChoice.decide(world, employee, ParticipationChoice.circumstancesChange(world, random(world), employee));
        assertEquals(Status.EMPLOYED, employee.status, "at the mean value of time outside work the job is worth more");
        YoungPerson other = employee(world, employee);
        Employer at = other.employer;
        world.meanProductivity *= 10;
        ParticipationChoice.decide(world, other, ParticipationChoice.circumstancesChange(world, random(world), other));
        assertEquals(Status.INACTIVE, other.status, "time outside work now worth more than the job");
        assertFalse(at.youngStaff.contains(other), "off the staff list");
    }

    @Test
    void enteringTheWindowDrawsEachPersonsValueOfTimeOutsideWorkOnceAndOnlyAChangeOfCircumstancesDrawsItAgain() {
        World world = settled();
        double sum = 0;
        int n = 0;
        java.util.Set<Double> factors = new java.util.HashSet<>();
        for (YoungPerson person : world.people) {
            sum += person.nonMarketFactor;
            factors.add(person.nonMarketFactor);
            n++;
        }
        assertEquals(1.0, sum / n, 0.05, "a factor of mean 1 on the mean value");
        assertTrue(factors.size() > n * 0.99, "drawn per person");
        World unchanging = settled("labour_market.participation.circumstance_change_rate=0");
        YoungPerson same = TestWorlds.outOfWork(unchanging);
        double kept = same.nonMarketFactor;
        for (int i = 0; i < 24; i++) {
            assertFalse(ParticipationChoice.circumstancesChange(unchanging, random(unchanging), same));
        }
        assertEquals(kept, same.nonMarketFactor, "no change of circumstances, no new draw");
        World changing = settled("labour_market.participation.circumstance_change_rate=1");
        YoungPerson other = TestWorlds.outOfWork(changing);
        double before = other.nonMarketFactor;
        assertTrue(ParticipationChoice.circumstancesChange(changing, random(changing), other));
        assertTrue(before != other.nonMarketFactor, "a change of circumstances draws it anew");
    }

    private static double inactiveShareOfNeet(Scenario scenario, long seed) {
        List<MonthReport> reports = TestScenarios.run(scenario, seed);
        double inactive = TestScenarios.mean(reports, Metric.INACTIVE, 1);
        double unemployed = TestScenarios.mean(reports, Metric.UNEMPLOYED, 1);
        return inactive / (inactive + unemployed);
    }

    /**
     * Where search is costly enough to discourage (a search cost of half a month's wage), an
     * allowance that covers it keeps the discouraged searching. At the presets' cost of search
     * discouragement is rare (as it is among NEETs: 6% of them in the EU, Eurofound 2016), so the
     * test raises it to make the effect visible in a small population.
     */
    @Test
    void anAllowanceForJobSeekersMovesTheOutOfWorkFromInactivityIntoSearchOverSeveralSeeds() {
        for (long seed = 1; seed <= 3; seed++) {
            String cost = "labour_market.participation.search_cost=0.5";
            double none = inactiveShareOfNeet(TestScenarios.small(cost, "labour_market.participation.job_seeker_allowance=0"), seed);
            double paid = inactiveShareOfNeet(TestScenarios.small(cost, "labour_market.participation.job_seeker_allowance=0.5"), seed);
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
