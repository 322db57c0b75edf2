package org.vetsim.experiment.sensitivity;

import java.util.ArrayList;
import java.util.List;

/**
 * Sobol sensitivity indices from the outputs of a Saltelli design (matrices A, B and, for each
 * factor i, AB_i: A with column i taken from B). First order by Saltelli et al. (2010, eq. b) on
 * the centred output: {@code S_i = mean((f(B) - m) (f(AB_i) - f(A))) / V}; total order by Jansen
 * (1999): {@code ST_i = mean((f(A) - f(AB_i))^2) / (2 V)}; m and V are the mean and variance of
 * f(A) and f(B) pooled. Centring leaves the estimator's expectation unchanged (f(AB_i) - f(A) has
 * mean zero) but removes its dependence on the output's level: without it, an output whose mean
 * is large against its spread (a share near 0.5 that moves by a few points, a noisy simulation)
 * gets first-order intervals many times wider, and adding a constant to an output would change
 * its indices. An output that takes one value at every point has no indices (NaN). Intervals
 * come from a seeded bootstrap over the N base samples.
 */
public final class SobolIndices {
    private SobolIndices() {
    }

    /**
     * First and total order index of each factor: {@code yAB[i][j]} is the output of sample j
     * of matrix AB_(i+1). Returns first-order indices for all factors, then total-order ones.
     */
    public static List<SensitivityIndex> estimate(double[] yA, double[] yB, double[][] yAB,
                                                  int resamples, long seed) {
        int n = yA.length;
        int d = yAB.length;
        int[] all = new int[n];
        for (int j = 0; j < n; j++) {
            all[j] = j;
        }
        double[] point = indices(yA, yB, yAB, all);
        double[][] ci = Bootstrap.intervals(n, resamples, seed, 0.95, sample -> indices(yA, yB, yAB, sample));
        List<SensitivityIndex> result = new ArrayList<>();
        for (int i = 0; i < d; i++) {
            result.add(new SensitivityIndex(i, SensitivityIndex.Kind.FIRST_ORDER, point[i], ci[i][0], ci[i][1]));
        }
        for (int i = 0; i < d; i++) {
            result.add(new SensitivityIndex(i, SensitivityIndex.Kind.TOTAL_ORDER, point[d + i], ci[d + i][0], ci[d + i][1]));
        }
        return result;
    }

    /** First-order indices then total-order indices, from the base samples listed in {@code sample}. */
    static double[] indices(double[] yA, double[] yB, double[][] yAB, int[] sample) {
        int d = yAB.length;
        int n = sample.length;
        double mean = 0;
        for (int j : sample) {
            mean += yA[j] + yB[j];
        }
        mean /= 2.0 * n;
        double variance = 0;
        for (int j : sample) {
            variance += (yA[j] - mean) * (yA[j] - mean) + (yB[j] - mean) * (yB[j] - mean);
        }
        variance /= 2.0 * n;
        double[] result = new double[2 * d];
        if (constant(yA, yB, sample)) {
            java.util.Arrays.fill(result, Double.NaN);
            return result;
        }
        for (int i = 0; i < d; i++) {
            double first = 0;
            double total = 0;
            for (int j : sample) {
                first += (yB[j] - mean) * (yAB[i][j] - yA[j]);
                double gap = yA[j] - yAB[i][j];
                total += gap * gap;
            }
            result[i] = first / n / variance;
            result[d + i] = total / (2.0 * n) / variance;
        }
        return result;
    }

    /**
     * Whether f(A) and f(B) take one value over the sample: the output has no variance to share
     * out, even where rounding leaves the computed variance a hair above zero.
     */
    private static boolean constant(double[] yA, double[] yB, int[] sample) {
        double first = yA[sample[0]];
        for (int j : sample) {
            if (yA[j] != first || yB[j] != first) {
                return false;
            }
        }
        return true;
    }
}
