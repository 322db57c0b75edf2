package org.vetsim.experiment.sensitivity;

import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

import java.util.ArrayList;
import java.util.List;

/**
 * Standardised regression coefficients (SRC): the slopes of an ordinary least-squares fit of the
 * output on the factors, each multiplied by the factor's standard deviation over the output's.
 * For independent factors and a near-linear response (R^2 close to 1) the squared SRCs are the
 * shares of variance due to each factor. Intervals come from a seeded bootstrap over the points.
 */
public final class RegressionIndices {
    private RegressionIndices() {
    }

    /**
     * The fit of y on the columns of x ({@code x[point][factor]}).
     *
     * @param indices one SRC per factor
     * @param rSquared coefficient of determination of the linear fit
     */
    public record Fit(List<SensitivityIndex> indices, double rSquared) {
    }

    /** SRCs with 95% bootstrap intervals from {@code resamples} resamples drawn with {@code seed}. */
    public static Fit estimate(double[][] x, double[] y, int resamples, long seed) {
        int n = y.length;
        int d = x[0].length;
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        double[] point = coefficients(x, y, all);
        double[][] ci = Bootstrap.intervals(n, resamples, seed, 0.95,
                sample -> java.util.Arrays.copyOf(coefficients(x, y, sample), d));
        List<SensitivityIndex> indices = new ArrayList<>();
        for (int k = 0; k < d; k++) {
            indices.add(new SensitivityIndex(k, SensitivityIndex.Kind.SRC, point[k], ci[k][0], ci[k][1]));
        }
        return new Fit(indices, point[d]);
    }

    /**
     * The d SRCs then R^2, for the points listed in {@code sample}; NaN where the fit is singular
     * or the output takes one value at every point (rounding may leave its sd a hair above zero).
     */
    static double[] coefficients(double[][] x, double[] y, int[] sample) {
        int n = sample.length;
        int d = x[0].length;
        double[][] xs = new double[n][d];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = x[sample[i]].clone();
            ys[i] = y[sample[i]];
        }
        double[] result = new double[d + 1];
        java.util.Arrays.fill(result, Double.NaN);
        double sdY = sd(ys);
        if (n <= d + 1 || java.util.Arrays.stream(ys).allMatch(v -> v == ys[0])) {
            return result;
        }
        try {
            OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
            ols.newSampleData(ys, xs);
            double[] beta = ols.estimateRegressionParameters();
            for (int k = 0; k < d; k++) {
                double[] column = new double[n];
                for (int i = 0; i < n; i++) {
                    column[i] = xs[i][k];
                }
                result[k] = beta[k + 1] * sd(column) / sdY;
            }
            result[d] = ols.calculateRSquared();
        } catch (SingularMatrixException e) {
            java.util.Arrays.fill(result, Double.NaN);
        }
        return result;
    }

    private static double sd(double[] values) {
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= values.length;
        double sum = 0;
        for (double v : values) {
            sum += (v - mean) * (v - mean);
        }
        return Math.sqrt(sum / (values.length - 1));
    }
}
