package org.vetsim.experiment.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Holm's step-down correction of p-values for a family of tests (Holm 1979): the i-th smallest
 * of m p-values is multiplied by m - i + 1, the products are made non-decreasing in that order
 * and capped at 1. It controls the family-wise error rate under any dependence between tests.
 */
public final class Holm {
    private Holm() {
    }

    /**
     * Adjusted p-values in the order given. NaN entries (tests that could not be done) are not
     * part of the family and stay NaN.
     */
    public static double[] adjust(double[] pValues) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < pValues.length; i++) {
            if (!Double.isNaN(pValues[i])) {
                order.add(i);
            }
        }
        order.sort(Comparator.<Integer>comparingDouble(i -> pValues[i]).thenComparingInt(i -> i));
        double[] adjusted = new double[pValues.length];
        java.util.Arrays.fill(adjusted, Double.NaN);
        int m = order.size();
        double running = 0;
        for (int rank = 0; rank < m; rank++) {
            int index = order.get(rank);
            running = Math.max(running, Math.min(1.0, (m - rank) * pValues[index]));
            adjusted[index] = running;
        }
        return adjusted;
    }
}
