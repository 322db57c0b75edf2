package org.vetsim.model;

import org.junit.jupiter.api.Test;
import org.vetsim.metrics.Metric;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Rates do not depend on the size of the simulated population: the same scenario at 2,000 and at
 * 8,000 young people gives the same youth unemployment and vacancy fill rates, within sampling
 * noise, averaged over three seeds.
 */
class PopulationScaleTest {

    @Test
    void ratesDoNotDependOnPopulationSize() {
        double[] small = means("population.young_people=2000");
        double[] large = means("population.young_people=8000");
        assertEquals(small[0], large[0], 0.025, "youth unemployment rate at 2,000 vs 8,000 young people");
        assertEquals(small[1], large[1], 0.03, "vacancy fill rate at 2,000 vs 8,000 young people");
    }

    private static double[] means(String size) {
        double unemployment = 0;
        double fill = 0;
        for (long seed = 1; seed <= 3; seed++) {
            var reports = TestScenarios.run(TestScenarios.small(size), seed);
            unemployment += TestScenarios.mean(reports, Metric.YOUTH_UNEMPLOYMENT_RATE, 1) / 3;
            fill += TestScenarios.mean(reports, Metric.VACANCY_FILL_RATE, 1) / 3;
        }
        return new double[] {unemployment, fill};
    }
}
