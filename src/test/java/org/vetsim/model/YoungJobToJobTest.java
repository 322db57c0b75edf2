package org.vetsim.model;

import org.junit.jupiter.api.Test;
import org.vetsim.metrics.Metric;
import org.vetsim.metrics.MonthReport;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Young employees' moves straight to another employer, and their share of young separations. */
class YoungJobToJobTest {

    @Test
    void withoutSearchFromTheJobNobodyMovesStraightToAnotherEmployer() {
        List<MonthReport> reports = TestScenarios.run(TestScenarios.small("labour_market.job_to_job_share=0"), 2);
        for (MonthReport report : reports) {
            assertEquals(0.0, report.value(Metric.YOUNG_JOB_TO_JOB_MOVES), "month " + report.month());
            assertEquals(0.0, report.value(Metric.YOUNG_JOB_TO_JOB_SHARE), "month " + report.month());
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
