package org.vetsim.model;

import org.junit.jupiter.api.Test;
import org.vetsim.metrics.Metric;
import org.vetsim.metrics.MonthReport;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Young employees' moves straight to another employer, and their share of young separations: a
 * quitter with a reason to leave searches from the job until hired elsewhere.
 */
class YoungJobToJobTest {

    private static YoungPerson employee(World world) {
        for (YoungPerson person : world.people) {
            if (person.status == Status.EMPLOYED && !person.searchingOnJob && !Motherhood.onLeave(world, person)) {
                return person;
            }
        }
        throw new AssertionError("nobody employed");
    }

    @Test
    void aQuitterValuesTheJobNoMoreThanTimeOutsideWorkAndSearchesFromIt() {
        World world = TestWorlds.settled(TestScenarios.small(), 1);
        YoungPerson person = employee(world);
        person.jobFit = 0.05;
        person.nonMarketFactor = 0.5;
        double reservation = ParticipationChoice.reservationValue(world, person);
        double wage = world.wageOf(person);
        assertTrue(wage + person.jobFit > reservation, "the job beat time outside work before");
        Separations.startsLeaving(world, person);
        assertTrue(person.searchingOnJob, "searches from the job");
        assertEquals(reservation, wage + person.jobFit, 1e-12, "indifferent between the job and leaving it");
        double lowered = person.jobFit;
        Separations.startsLeaving(world, person);
        assertEquals(lowered, person.jobFit, 0.0, "a quitter already searching stays as they are");
    }

    @Test
    void aQuitterTakesAnyOfferThatBeatsTimeOutsideWorkUnlessTheEmployerPaysTheDifference() {
        World world = TestWorlds.settled(TestScenarios.small(), 1);
        YoungPerson person = employee(world);
        double wage = world.wageOf(person);
        double before = Math.max(person.jobFit, 0.0) + 0.1;
        person.jobFit = before;
        Separations.startsLeaving(world, person);
        double reservation = ParticipationChoice.reservationValue(world, person);
        double offer = wage - 0.05;
        assertEquals(WageAuction.DECLINED, WageAuction.of(wage, before, 10 * wage, offer, 0.0), "a content employee turns a lower offer down");
        assertEquals(WageAuction.LEAVES, WageAuction.of(wage, person.jobFit, wage, offer, 0.0),
                "a quitter takes it, " + offer + " against time outside work worth " + reservation);
        assertEquals(WageAuction.MATCHED, WageAuction.of(wage, person.jobFit, 10 * wage, offer, 0.0),
                "an employer to whom they are worth the whole difference keeps them");
        assertEquals(WageAuction.DECLINED, WageAuction.of(wage, person.jobFit, wage, reservation - wage - 0.01, 0.0),
                "an offer below time outside work is still turned down");
    }

    @Test
    void aQuitterKeepsSearchingFromTheJobFromMonthToMonth() {
        World world = TestWorlds.settled(TestScenarios.small(), 1);
        YoungPerson person = employee(world);
        Separations.startsLeaving(world, person);
        Employer employer = person.employer;
        new Matching().run(world);
        assertTrue(person.employer != employer || person.searchingOnJob, "still searching unless hired elsewhere");
    }

    @Test
    void youngQuittersWhoSearchFromTheJobLeaveItAtAboutTheRateTheyQuit() {
        for (long seed = 1; seed <= 3; seed++) {
            List<MonthReport> reports = TestScenarios.run(TestScenarios.small("labour_market.job_to_job_share=1",
                    "labour_market.quit_rate=0.03", "labour_market.unqualified_quit_ratio=1"), seed);
            double moved = TestScenarios.mean(reports, Metric.YOUNG_JOB_TO_JOB_MOVES, 13)
                    / TestScenarios.mean(reports, Metric.EMPLOYED, 13);
            assertTrue(moved > 0.5 * 0.03 && moved <= 0.03, "seed " + seed + ": moves a month over young employees, " + moved);
            double searching = TestScenarios.mean(reports, Metric.YOUNG_ON_THE_JOB_SEARCH_RATE, 13);
            assertTrue(searching > 0.03 && searching < 0.5, "seed " + seed + ": searching from the job, " + searching);
        }
    }

    @Test
    void withoutSearchFromTheJobNobodyMovesStraightToAnotherEmployer() {
        List<MonthReport> reports = TestScenarios.run(TestScenarios.small("labour_market.job_to_job_share=0"), 2);
        for (MonthReport report : reports) {
            assertEquals(0.0, report.value(Metric.YOUNG_JOB_TO_JOB_MOVES), "month " + report.month());
            assertEquals(0.0, report.value(Metric.YOUNG_JOB_TO_JOB_SHARE), "month " + report.month());
            assertEquals(0.0, report.value(Metric.YOUNG_ON_THE_JOB_SEARCH_RATE), "month " + report.month());
        }
    }

    @Test
    void searchFromTheJobMovesSomeAndLowersTheQuitsIntoUnemployment() {
        for (long seed = 1; seed <= 3; seed++) {
            List<MonthReport> none = TestScenarios.run(TestScenarios.small("labour_market.job_to_job_share=0"), seed);
            List<MonthReport> most = TestScenarios.run(TestScenarios.small("labour_market.job_to_job_share=0.9"), seed);
            assertTrue(TestScenarios.mean(most, Metric.YOUNG_JOB_TO_JOB_MOVES, 13) > 0, "seed " + seed + ": some move");
            double share = TestScenarios.mean(most, Metric.YOUNG_JOB_TO_JOB_SHARE, 13);
            assertTrue(share > 0 && share < 1, "seed " + seed + ": a share of the separations, " + share);
            assertTrue(TestScenarios.mean(most, Metric.QUITS_TO_UNEMPLOYMENT, 13) < TestScenarios.mean(none, Metric.QUITS_TO_UNEMPLOYMENT, 13),
                    "seed " + seed + ": fewer quit into unemployment");
        }
    }
}
