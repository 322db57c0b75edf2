package org.vetsim.model;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

import java.util.List;
import org.vetsim.metrics.Metric;
import org.vetsim.metrics.MonthReport;
import org.vetsim.scenario.Scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Adults who search from their job: they apply, move at once when hired, and stay when not. */
class AdultJobToJobTest {
    private static final Occupation TRADE = new Occupation(0, "trade", 0.0, 36, true, true);
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
            adultDraws += adults.isAdultDraw(random, HIRER, 300, 1.0, 1.0, 0.0) ? 1 : 0;
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
            assertTrue(adults.searchesFromJob(random.nextDouble(), HIRER, 1.0, 0.0), "no adult is out of work, so an adult applicant searches from a job");
            Employer origin = adults.moverFrom(random.nextDouble(), HIRER);
            movers++;
            fromBig += origin == big ? 1 : 0;
            assertEquals(499, origin.adultStaff, "the mover leaves at once");
            assertEquals(39, adults.searchingOnJob());
        }
        assertEquals(0.75, fromBig / (double) movers, 0.01, "in proportion to those searching at each employer");
    }

    @Test
    void anAdultOutOfWorkAppliesInProportionToTheSeekers() {
        MersenneTwisterFast random = new MersenneTwisterFast(3);
        int outOfWork = 0;
        int trials = 20_000;
        for (int trial = 0; trial < trials; trial++) {
            AdultLabourForce adults = new AdultLabourForce(1000, 940, 0);
            adults.searchOnJob(employer(1, 500), 20);
            outOfWork += adults.searchesFromJob(random.nextDouble(), HIRER, 1.0, 0.0) ? 0 : 1;
        }
        assertEquals(60.0 / 80.0, outOfWork / (double) trials, 0.01);
        assertFalse(new AdultLabourForce(10, 5, 0).searchesFromJob(0.0, HIRER, 1.0, 0.0), "no one searches from a job");
    }

    @Test
    void anEmployerDoesNotHireItsOwnSearchingStaffAsMovers() {
        AdultLabourForce adults = new AdultLabourForce(1000, 990, 0);
        Employer firm = employer(1, 100);
        adults.searchOnJob(firm, 5);
        MersenneTwisterFast random = new MersenneTwisterFast(2);
        for (int k = 0; k < 100; k++) {
            assertFalse(adults.searchesFromJob(random.nextDouble(), firm, 1.0, 0.0), "its own staff look elsewhere: an adult applicant is out of work");
        }
        assertEquals(100, firm.adultStaff);
        assertEquals(5, adults.searchingOnJob());
        AdultLabourForce onlyOwn = new AdultLabourForce(1000, 1000, 0);
        Employer alone = employer(2, 100);
        onlyOwn.searchOnJob(alone, 5);
        assertFalse(onlyOwn.isAdultDraw(random, alone, 10, 1.0, 1.0, 0.0), "its own searching staff do not apply to it");
        assertTrue(onlyOwn.isAdultDraw(random, HIRER, 0, 1.0, 1.0, 0.0), "they apply to others");
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
        assertSame(other, adults.moverFrom(random.nextDouble(), HIRER));
        adults.searchOnJob(firm, 5);
        adults.tidyOrigins();
        assertEquals(100, firm.adultStaff, "searching from the job, they stay until hired");
        assertEquals(5, adults.searchingOnJob(), "and search on next month");
        assertEquals(0, adults.seekers(), "no one searching from a job counts as out of work");
        for (int k = 0; k < 5; k++) {
            assertSame(firm, adults.moverFrom(random.nextDouble(), HIRER), "the employer whose searchers were all hired is no origin");
        }
        assertEquals(95, firm.adultStaff);
    }

    @Test
    void aLayoffTakesOneSearchingFromTheJobWithTheirShareOfTheStaff() {
        MersenneTwisterFast random = new MersenneTwisterFast(4);
        SkillModel skills = new SkillModel(TestScenarios.small());
        int searchersLaidOff = 0;
        int trials = 20_000;
        for (int trial = 0; trial < trials; trial++) {
            AdultLabourForce adults = new AdultLabourForce(1000, 1000, 0);
            Employer firm = employer(1, 10);
            adults.searchOnJob(firm, 3);
            adults.laidOff(firm, random, skills, 1.0);
            assertEquals(9, firm.adultStaff);
            assertEquals(1, adults.seekers(), "the laid-off adult searches out of work");
            assertEquals(firm.adultsSearchingOnJob, adults.searchingOnJob());
            searchersLaidOff += 3 - firm.adultsSearchingOnJob;
        }
        assertEquals(0.3, searchersLaidOff / (double) trials, 0.01, "3 of 10 staff search from the job: not shielded from layoffs");
    }

    @Test
    void retiringStaffAreSearchersWithTheirShareAndAllSearchersCanGo() {
        MersenneTwisterFast random = new MersenneTwisterFast(6);
        int searchersRetired = 0;
        int trials = 20_000;
        for (int trial = 0; trial < trials; trial++) {
            AdultLabourForce adults = new AdultLabourForce(1000, 1000, 0);
            Employer firm = employer(1, 20);
            adults.searchOnJob(firm, 5);
            searchersRetired += adults.leave(firm, 4, random);
            assertEquals(16, firm.adultStaff);
            assertEquals(firm.adultsSearchingOnJob, adults.searchingOnJob());
        }
        assertEquals(4 * 5 / 20.0, searchersRetired / (double) trials, 0.02, "hypergeometric mean: 4 of 20 leave, 5 of them search");
        AdultLabourForce adults = new AdultLabourForce(1000, 1000, 0);
        Employer firm = employer(2, 3);
        adults.searchOnJob(firm, 3);
        assertEquals(3, adults.leave(firm, 3, random), "when every adult leaves, every searcher leaves");
        assertEquals(0, adults.searchingOnJob());
    }

    @Test
    void theMoverDrawsAreKeyedNotSequential() {
        RandomStreams one = new RandomStreams(5);
        RandomStreams other = new RandomStreams(5);
        other.get(Stream.ADULT_MOVES).nextDouble();
        assertEquals(one.keyed(Stream.ADULT_MOVES, 3, 120, 2), other.keyed(Stream.ADULT_MOVES, 3, 120, 2),
                "a draw of the same employer, month and applicant is the same however much else was drawn");
        AdultLabourForce adults = new AdultLabourForce(1000, 990, 0);
        adults.searchOnJob(employer(1, 100), 10);
        assertTrue(adults.searchesFromJob(0.49, HIRER, 1.0, 0.0), "10 out of work, 10 from a job: below one half from a job");
        assertFalse(adults.searchesFromJob(0.5, HIRER, 1.0, 0.0));
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
