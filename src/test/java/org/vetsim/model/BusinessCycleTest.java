package org.vetsim.model;

import org.junit.jupiter.api.Test;
import org.vetsim.metrics.Metric;
import org.vetsim.metrics.MonthReport;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The business cycle is stochastic by default: replications of one scenario differ in their
 * cycle (an AR(1) aggregate demand shock from each replication's stream), so confidence intervals
 * over replications include it; a scenario that fixes a deterministic cycle gives every
 * replication the same one.
 */
class BusinessCycleTest {

    @Test
    void replicationsDifferInTheirCycleUnlessItIsFixed() {
        double[] a = demand(TestScenarios.small(), 1);
        double[] b = demand(TestScenarios.small(), 2);
        double gap = 0;
        for (int i = 0; i < a.length; i++) {
            gap = Math.max(gap, Math.abs(a[i] - b[i]));
        }
        assertTrue(gap > 0.01, "two seeds' demand differs by up to " + gap);
        var fixed = TestScenarios.small("labour_market.cycle_shock_spread=0", "labour_market.cycle_amplitude=0.03");
        double[] c = demand(fixed, 1);
        assertArrayEquals(c, demand(fixed, 2), 0.0, "a deterministic cycle is the same in every replication");
        double swing = 0;
        for (double x : c) {
            swing = Math.max(swing, Math.abs(x - 1));
        }
        assertTrue(swing > 0.02 && swing <= 0.03 + 1e-12, "the wave's amplitude: " + swing);
    }

    /**
     * Occupations' shocks move demand between occupations only: with no aggregate cycle, the
     * job-weighted demand of all occupations stays at trend while each occupation's moves.
     */
    @Test
    void occupationShocksReallocateDemandWithoutMovingItsTotal() {
        World world = TestWorlds.settled(TestScenarios.small("labour_market.cycle_shock_spread=0",
                "labour_market.demand_shock_spread=0.05", "labour_market.demand_shock_persistence=0.9"), 3);
        LabourDemand demand = new LabourDemand();
        double largestMove = 0;
        for (int month = 0; month < 24; month++) {
            demand.run(world);
            double trend = 0;
            double[] byOccupation = new double[world.occupations.length];
            double[] trendByOccupation = new double[world.occupations.length];
            double target = 0;
            for (Employer employer : world.employers) {
                target += employer.targetStaff;
                trend += employer.baseStaff();
                byOccupation[employer.occupation().index()] += employer.targetStaff;
                trendByOccupation[employer.occupation().index()] += employer.baseStaff();
            }
            assertEquals(1.0, target / trend, 0.015, "target staff, rounded at random, near trend in month " + month);
            for (int k = 0; k < byOccupation.length; k++) {
                largestMove = Math.max(largestMove, Math.abs(byOccupation[k] / trendByOccupation[k] - 1));
            }
        }
        assertTrue(largestMove > 0.03, "occupations' demand moves: " + largestMove);
    }

    private static double[] demand(org.vetsim.scenario.Scenario scenario, long seed) {
        List<MonthReport> reports = TestScenarios.run(scenario, seed);
        return reports.stream().mapToDouble(r -> r.value(Metric.DEMAND_INDEX)).toArray();
    }
}
