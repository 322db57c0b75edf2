package org.vetsim.experiment.stats;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Mean, standard deviation and two-sided t confidence interval of a sample of independent
 * replications. With fewer than two values the spread and the interval are undefined (NaN).
 *
 * @param n number of values
 * @param mean sample mean (NaN when empty)
 * @param sd sample standard deviation, divisor n - 1
 * @param ciLow lower bound of the confidence interval of the mean
 * @param ciHigh upper bound of the confidence interval of the mean
 */
public record Summary(int n, double mean, double sd, double ciLow, double ciHigh) {
    /** The confidence level used throughout the experiments. */
    public static final double LEVEL = 0.95;

    /** The 95% summary of {@code values}, summed in the order given (so results are reproducible). */
    public static Summary of(double[] values) {
        return of(values, LEVEL);
    }

    /** The summary of {@code values} with a confidence interval at {@code level}. */
    public static Summary of(double[] values, double level) {
        int n = values.length;
        if (n == 0) {
            return new Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double mean = mean(values);
        if (n < 2) {
            return new Summary(1, mean, Double.NaN, Double.NaN, Double.NaN);
        }
        double sd = Math.sqrt(sumOfSquares(values, mean) / (n - 1));
        double half = tQuantile(level, n - 1) * sd / Math.sqrt(n);
        return new Summary(n, mean, sd, mean - half, mean + half);
    }

    /** Half the width of the confidence interval (NaN when undefined). */
    public double halfWidth() {
        return (ciHigh - ciLow) / 2;
    }

    /** The arithmetic mean, summed in order. */
    public static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    static double sumOfSquares(double[] values, double mean) {
        double sum = 0;
        for (double v : values) {
            double d = v - mean;
            sum += d * d;
        }
        return sum;
    }

    /** The two-sided t critical value: the {@code (1 + level) / 2} quantile with {@code df} degrees of freedom. */
    public static double tQuantile(double level, int df) {
        return new TDistribution(null, df).inverseCumulativeProbability((1 + level) / 2);
    }
}
