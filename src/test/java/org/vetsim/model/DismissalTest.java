package org.vetsim.model;

import org.junit.jupiter.api.Test;
import org.vetsim.metrics.Metric;
import org.vetsim.metrics.MonthReport;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Dismissals and ended contracts of young employees, beyond lay-offs as labour demand falls. */
class DismissalTest {

    @Test
    void noDismissalRateDismissesNoOneAndDrawsNothing() {
        List<MonthReport> none = TestScenarios.run(TestScenarios.small("labour_market.young_dismissal_rate=0"), 4);
        for (MonthReport report : none) {
            assertEquals(0.0, report.value(Metric.DISMISSALS), "month " + report.month());
        }
    }

    @Test
    void dismissalsSendYoungEmployeesIntoUnemploymentAndShortenTheJobsTheyWeigh() {
        World world = TestWorlds.settled(TestScenarios.small(), 1);
        double before = ParticipationChoice.jobMonths(world, TestWorlds.outOfWork(world));
        World dismissing = TestWorlds.settled(TestScenarios.small("labour_market.young_dismissal_rate=0.02"), 1);
        assertTrue(ParticipationChoice.jobMonths(dismissing, TestWorlds.outOfWork(dismissing)) < before, "a job that may end sooner is worth fewer months");
        for (long seed = 1; seed <= 3; seed++) {
            List<MonthReport> none = TestScenarios.run(TestScenarios.small(), seed);
            List<MonthReport> some = TestScenarios.run(TestScenarios.small("labour_market.young_dismissal_rate=0.02"), seed);
            assertTrue(TestScenarios.mean(some, Metric.DISMISSALS, 13) > 0, "seed " + seed + ": some are dismissed");
            assertTrue(TestScenarios.mean(some, Metric.FLOW_E_TO_U_15_24, 13) > TestScenarios.mean(none, Metric.FLOW_E_TO_U_15_24, 13),
                    "seed " + seed + ": more young employees become unemployed");
        }
    }
}
