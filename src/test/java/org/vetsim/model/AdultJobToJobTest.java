package org.vetsim.model;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

import java.util.List;
import org.vetsim.metrics.Metric;
import org.vetsim.metrics.MonthReport;
import org.vetsim.scenario.Scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Adults who search from their job: they apply, move at once when hired, and stay when not. */
class AdultJobToJobTest {
    private static final Occupation TRADE = new Occupation(0, "trade", 0.0, 36, true);
    /** An employer hiring, none of whose staff search from their job. */
    private static final Employer HIRER = new Employer(99, TRADE, 10, 1.0);

    private static Employer employer(int id, int adults) {
        Employer employer = new Employer(id, TRADE, adults, 1.0);
        employer.adultStaff = adults;
        return employer;
    }

    @Test
    void adultsSearchingFromAJobApplyBesideThoseOutOfWork() {
        AdultLabourForce adults = new AdultLabourForce(1000, 900, 0);
        adults.searchOnJob(employer(1, 400), 100);
        MersenneTwisterFast random = new MersenneTwisterFast(7);
        int draws = 200_000;
        int adultDraws = 0;
        for (int i = 0; i < draws; i++) {
            adultDraws += adults.isAdultDraw(random, HIRER, 300, 1.0) ? 1 : 0;
        }
        assertEquals(200.0 / 500.0, adultDraws / (double) draws, 0.005, "100 out of work and 100 from a job against 300 young");
    }

    @Test
    void aHiredMoverLeavesTheEmployerWithTheMostSearchersMostOften() {
        MersenneTwisterFast random = new MersenneTwisterFast(11);
        int fromBig = 0;
        int movers = 0;
        for (int trial = 0; trial < 20_000; trial++) {
            AdultLabourForce adults = new AdultLabourForce(1000, 1000, 0);
            Employer big = employer(1, 500);
            Employer small = employer(2, 500);
            adults.searchOnJob(big, 30);
            adults.searchOnJob(small, 10);
            Employer origin = adults.moverFrom(random, HIRER);
            assertTrue(origin != null, "no adult is out of work, so a hired adult comes from a job");
            movers++;
            fromBig += origin == big ? 1 : 0;
            assertEquals(499, origin.adultStaff, "the mover leaves at once");
            assertEquals(39, adults.searchingOnJob());
        }
        assertEquals(0.75, fromBig / (double) movers, 0.01, "in proportion to those searching at each employer");
    }

    @Test
    void anAdultOutOfWorkIsHiredInProportionToTheSeekers() {
        MersenneTwisterFast random = new MersenneTwisterFast(3);
        int outOfWork = 0;
        int trials = 20_000;
        for (int trial = 0; trial < trials; trial++) {
            AdultLabourForce adults = new AdultLabourForce(1000, 940, 0);
            adults.searchOnJob(employer(1, 500), 20);
            outOfWork += adults.moverFrom(random, HIRER) == null ? 1 : 0;
        }
        assertEquals(60.0 / 80.0, outOfWork / (double) trials, 0.01);
        assertNull(new AdultLabourForce(10, 5, 0).moverFrom(random, HIRER), "no one searches from a job: nothing is drawn");
    }

    @Test
    void anEmployerDoesNotHireItsOwnSearchingStaffAsMovers() {
        AdultLabourForce adults = new AdultLabourForce(1000, 990, 0);
        Employer firm = employer(1, 100);
        adults.searchOnJob(firm, 5);
        MersenneTwisterFast random = new MersenneTwisterFast(2);
        for (int k = 0; k < 100; k++) {
            assertNull(adults.moverFrom(random, firm), "its own staff look elsewhere: the adult hired was out of work");
        }
        assertEquals(100, firm.adultStaff);
        assertEquals(5, adults.searchingOnJob());
        AdultLabourForce onlyOwn = new AdultLabourForce(1000, 1000, 0);
        Employer alone = employer(2, 100);
        onlyOwn.searchOnJob(alone, 5);
        assertFalse(onlyOwn.isAdultDraw(random, alone, 10, 1.0), "its own searching staff do not apply to it");
        assertTrue(onlyOwn.isAdultDraw(random, HIRER, 0, 1.0), "they apply to others");
    }

    @Test
    void adultsAreConservedInARunWithMovers() {
        VetModel model = new VetModel(TestScenarios.small("labour_market.adult_separation_rate=0.03",
                "labour_market.adult_job_to_job_share=0.6"), 9);
        int[] months = {0};
        model.addListener(report -> {
            World world = model.world();
            long employed = 0;
            long searching = 0;
            for (Employer employer : world.employers) {
                employed += employer.adultStaff;
                searching += employer.adultsSearchingOnJob;
                assertTrue(employer.adultsSearchingOnJob <= employer.adultStaff, "searchers within staff");
            }
            assertEquals(searching, world.adults.searchingOnJob(), "searchers counted at their employers");
            assertEquals(world.adults.labourForce(), employed + world.adults.unemployed(),
                    "every adult employed, or searching out of work, or hired and starting next month");
            months[0]++;
        });
        model.runToEnd();
        assertTrue(months[0] > 0);
    }

    @Test
    void thoseNotHiredStayAndKeepSearching() {
        AdultLabourForce adults = new AdultLabourForce(1000, 1000, 0);
        Employer firm = employer(1, 100);
        Employer other = employer(2, 100);
        MersenneTwisterFast random = new MersenneTwisterFast(1);
        adults.searchOnJob(other, 1);
        assertSame(other, adults.moverFrom(random, HIRER));
        adults.searchOnJob(firm, 5);
        adults.tidyOrigins();
        assertEquals(100, firm.adultStaff, "searching from the job, they stay until hired");
        assertEquals(5, adults.searchingOnJob(), "and search on next month");
        assertEquals(0, adults.seekers(), "no one searching from a job counts as out of work");
        for (int k = 0; k < 5; k++) {
            assertSame(firm, adults.moverFrom(random, HIRER), "the employer whose searchers were all hired is no origin");
        }
        assertEquals(95, firm.adultStaff);
    }

    @Test
    void aLayoffThatLeavesFewerStaffThanSearchersTakesOneOfThem() {
        AdultLabourForce adults = new AdultLabourForce(1000, 1000, 0);
        Employer firm = employer(1, 3);
        adults.searchOnJob(firm, 3);
        adults.laidOff(firm);
        assertEquals(2, firm.adultStaff);
        assertEquals(2, firm.adultsSearchingOnJob);
        assertEquals(2, adults.searchingOnJob());
        assertEquals(1, adults.seekers(), "the laid-off adult searches out of work");
        Employer other = employer(2, 10);
        adults.searchOnJob(other, 1);
        adults.laidOff(other);
        assertEquals(1, other.adultsSearchingOnJob, "staff left outnumber the searchers: they keep searching");
        assertEquals(3, adults.searchingOnJob());
    }

    /** At the same separation rate, adults who move job to job spend no time out of work. */
    @Test
    void movingJobToJobLowersAdultUnemploymentOverSeeds() {
        for (long seed = 1; seed <= 3; seed++) {
            double none = adultUnemployment(TestScenarios.small("labour_market.adult_separation_rate=0.02",
                    "labour_market.adult_job_to_job_share=0"), seed);
            double half = adultUnemployment(TestScenarios.small("labour_market.adult_separation_rate=0.02",
                    "labour_market.adult_job_to_job_share=0.5"), seed);
            assertTrue(half < none, "seed " + seed + ": adult unemployment " + half + " with half moving job to job against " + none);
        }
    }

    @Test
    void everyMoverIsAnAdultHireAndTheHiresRateCountsThem() {
        List<MonthReport> reports = TestScenarios.run(TestScenarios.small("labour_market.adult_separation_rate=0.02",
                "labour_market.adult_job_to_job_share=0.5"), 5);
        double moves = 0;
        for (MonthReport report : reports) {
            assertTrue(report.value(Metric.ADULT_JOB_TO_JOB_MOVES) <= report.value(Metric.ADULT_HIRES), "month " + report.month());
            moves += report.value(Metric.ADULT_JOB_TO_JOB_MOVES);
        }
        assertTrue(moves > 0, "adults move job to job");
        assertTrue(TestScenarios.mean(reports, Metric.HIRES_RATE, 13) > 0.01, "posts turn over at least at the adults' realised rate");
    }

    private static double adultUnemployment(Scenario scenario, long seed) {
        return TestScenarios.mean(TestScenarios.run(scenario, seed), Metric.ADULT_UNEMPLOYMENT_RATE, 13);
    }
}
