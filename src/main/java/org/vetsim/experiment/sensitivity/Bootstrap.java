package org.vetsim.experiment.sensitivity;

import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

import java.util.Arrays;
import java.util.function.Function;

/**
 * Seeded nonparametric bootstrap: resamples n cases with replacement, recomputes a vector of
 * statistics, and gives percentile intervals. The same seed always gives the same intervals.
 */
public final class Bootstrap {
    private Bootstrap() {
    }

    /**
     * Percentile intervals at {@code level} for each statistic computed by {@code statistics}
     * from the indices of a resample. Resamples where a statistic is NaN are left out for it;
     * {@code result[k]} is {lower, upper}, NaN when no resample gave a number.
     */
    public static double[][] intervals(int n, int resamples, long seed, double level,
                                       Function<int[], double[]> statistics) {
        Well19937c random = new Well19937c(seed);
        double[][] draws = null;
        for (int b = 0; b < resamples; b++) {
            int[] indices = new int[n];
            for (int i = 0; i < n; i++) {
                indices[i] = random.nextInt(n);
            }
            double[] values = statistics.apply(indices);
            if (draws == null) {
                draws = new double[values.length][resamples];
            }
            for (int k = 0; k < values.length; k++) {
                draws[k][b] = values[k];
            }
        }
        if (draws == null) {
            return new double[0][];
        }
        double[][] intervals = new double[draws.length][];
        for (int k = 0; k < draws.length; k++) {
            intervals[k] = percentiles(draws[k], level);
        }
        return intervals;
    }

    private static double[] percentiles(double[] values, double level) {
        double[] finite = Arrays.stream(values).filter(Double::isFinite).toArray();
        if (finite.length == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        percentile.setData(finite);
        double tail = (1 - level) / 2 * 100;
        return new double[] {percentile.evaluate(tail), percentile.evaluate(100 - tail)};
    }
}
