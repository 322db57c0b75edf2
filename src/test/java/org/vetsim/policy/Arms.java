package org.vetsim.policy;

import org.vetsim.metrics.DefinedMean;
import org.vetsim.metrics.Metric;
import org.vetsim.model.TestScenarios;
import org.vetsim.scenario.Scenario;

/**
 * Paired comparison of two scenario arms over several seeds (common random numbers): the mean
 * of a metric over the output years, per seed, for each arm.
 */
final class Arms {
    static final int SEEDS = 10;

    private Arms() {
    }

    /** Per-seed means of {@code metric} from output month {@code from} on. */
    static double[] means(Scenario scenario, Metric metric, int from) {
        return means(scenario, metric, from, SEEDS);
    }

    /** Per-seed means of {@code metric} from output month {@code from} on, over {@code seeds} seeds. */
    static double[] means(Scenario scenario, Metric metric, int from, int seeds) {
        return means(scenario, metric, from, seeds, 1000);
    }

    /** Per-seed means of {@code metric} from output month {@code from} on, over {@code seeds} seeds from {@code firstSeed}. */
    static double[] means(Scenario scenario, Metric metric, int from, int seeds, long firstSeed) {
        double[] values = new double[seeds];
        for (int s = 0; s < seeds; s++) {
            values[s] = TestScenarios.mean(TestScenarios.run(scenario, firstSeed + s), metric, from);
        }
        return values;
    }

    /** The mean over the seeds in which the metric was defined (NaN if in none). */
    static double mean(double[] values) {
        return DefinedMean.of(values);
    }

    /** Number of seeds in which {@code higher} exceeds {@code lower}. */
    static int wins(double[] higher, double[] lower) {
        int wins = 0;
        for (int i = 0; i < higher.length; i++) {
            wins += higher[i] > lower[i] ? 1 : 0;
        }
        return wins;
    }

    /** One-sided p-value of the paired t-test that {@code higher} exceeds {@code lower} on average. */
    static double pairedP(double[] higher, double[] lower) {
        double p = new org.apache.commons.math3.stat.inference.TTest().pairedTTest(higher, lower) / 2;
        return Arms.mean(higher) > Arms.mean(lower) ? p : 1 - p;
    }
}
