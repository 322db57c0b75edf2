package org.vetsim.experiment.design;

import org.apache.commons.math3.random.RandomGenerator;

/**
 * Latin hypercube sampling on the unit cube (McKay, Beckman and Conover 1979): each coordinate's
 * [0, 1) is cut into n equal strata and every stratum holds exactly one of the n points, at a
 * uniform position within it; the strata are matched across coordinates by independent random
 * permutations.
 */
public final class LatinHypercube {
    private LatinHypercube() {
    }

    /** n points in d dimensions, drawn from {@code random}; {@code result[i][k]} is in [0, 1). */
    public static double[][] sample(int n, int d, RandomGenerator random) {
        double[][] points = new double[n][d];
        for (int k = 0; k < d; k++) {
            int[] strata = new int[n];
            for (int i = 0; i < n; i++) {
                strata[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = strata[i];
                strata[i] = strata[j];
                strata[j] = swap;
            }
            for (int i = 0; i < n; i++) {
                points[i][k] = (strata[i] + random.nextDouble()) / n;
            }
        }
        return points;
    }
}
