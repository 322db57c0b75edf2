package org.vetsim.policy;

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
        double[] values = new double[SEEDS];
        for (int s = 0; s < SEEDS; s++) {
            values[s] = TestScenarios.mean(TestScenarios.run(scenario, 1000 + s), metric, from);
        }
        return values;
    }

    static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** Number of seeds in which {@code higher} exceeds {@code lower}. */
    static int wins(double[] higher, double[] lower) {
        int wins = 0;
        for (int i = 0; i < higher.length; i++) {
            wins += higher[i] > lower[i] ? 1 : 0;
        }
        return wins;
    }
}
