package org.vetsim.experiment.warmup;

import org.vetsim.metrics.DefinedMean;

/**
 * Welch's moving average of a series of replication means (Welch 1983; Law, Simulation Modeling
 * and Analysis, section 9.5.1): each value is the mean of the values within {@code window} places
 * on either side, the window shrinking near the ends so every point keeps a centred average. A
 * plot of it shows where the transient ends more clearly than the raw means.
 */
public final class WelchAverage {
    private WelchAverage() {
    }

    /** The moving average of {@code series} with a half-width of {@code window}, over the defined (not NaN) values in each window. */
    public static double[] of(double[] series, int window) {
        if (window < 0) {
            throw new IllegalArgumentException("window must be at least 0, got " + window);
        }
        int n = series.length;
        double[] average = new double[n];
        for (int i = 0; i < n; i++) {
            int half = Math.min(window, Math.min(i, n - 1 - i));
            average[i] = DefinedMean.of(series, i - half, i + half + 1);
        }
        return average;
    }
}
