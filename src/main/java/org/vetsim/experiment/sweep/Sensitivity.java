package org.vetsim.experiment.sweep;

import org.vetsim.experiment.design.Design;
import org.vetsim.experiment.design.DesignPoint;
import org.vetsim.experiment.design.DesignType;
import org.vetsim.experiment.design.Factor;
import org.vetsim.io.output.CsvWriter;
import org.vetsim.io.output.Numbers;
import org.vetsim.experiment.sensitivity.RegressionIndices;
import org.vetsim.experiment.sensitivity.SensitivityIndex;
import org.vetsim.experiment.sensitivity.SobolIndices;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Sensitivity indices of a sweep's outputs, on each design point's mean over replications:
 * Sobol first and total order indices for a Sobol design, standardised regression coefficients
 * for a Latin hypercube; none for a grid, whose charts show the main effects directly.
 */
final class Sensitivity {
    /**
     * The indices of one metric over one window.
     *
     * @param metric metric column
     * @param window window name
     * @param indices the indices (empty when some design point has no completed run)
     * @param rSquared R^2 of the regression (NaN for Sobol indices)
     */
    record Result(String metric, String window, List<SensitivityIndex> indices, double rSquared) {
    }

    private Sensitivity() {
    }

    /** Whether a design of this type gets sensitivity indices. */
    static boolean applies(DesignType type) {
        return type != DesignType.GRID;
    }

    static List<Result> compute(SweepData data, int resamples, long seed) {
        List<Result> results = new ArrayList<>();
        for (int k = 0; k < data.metrics.size(); k++) {
            for (int w = 0; w < data.windows.size(); w++) {
                double[] y = data.pointMeans(k, w);
                String metric = data.metrics.get(k).column();
                String window = data.windows.get(w).name();
                if (java.util.Arrays.stream(y).anyMatch(Double::isNaN)) {
                    results.add(new Result(metric, window, List.of(), Double.NaN));
                } else if (data.design.type() == DesignType.SOBOL) {
                    results.add(new Result(metric, window, sobol(data.design, y, resamples, seed), Double.NaN));
                } else {
                    RegressionIndices.Fit fit = RegressionIndices.estimate(matrix(data.design), y, resamples, seed);
                    results.add(new Result(metric, window, fit.indices(), fit.rSquared()));
                }
            }
        }
        return results;
    }

    private static List<SensitivityIndex> sobol(Design design, double[] y, int resamples, long seed) {
        int d = design.factors().size();
        int n = design.points().size() / (d + 2);
        double[] yA = new double[n];
        double[] yB = new double[n];
        double[][] yAB = new double[d][n];
        for (DesignPoint p : design.points()) {
            double value = y[p.index()];
            switch (p.matrix()) {
                case "A" -> yA[p.sample()] = value;
                case "B" -> yB[p.sample()] = value;
                default -> yAB[Integer.parseInt(p.matrix().substring(2)) - 1][p.sample()] = value;
            }
        }
        return SobolIndices.estimate(yA, yB, yAB, resamples, seed);
    }

    /** The design's values as numbers, {@code x[point][factor]}. */
    static double[][] matrix(Design design) {
        double[][] x = new double[design.points().size()][design.factors().size()];
        for (DesignPoint p : design.points()) {
            for (int f = 0; f < design.factors().size(); f++) {
                Factor factor = design.factors().get(f);
                x[p.index()][f] = factor.numericValue(p.values().get(f));
            }
        }
        return x;
    }

    /** Writes {@code sensitivity.csv}. */
    static void write(OutputStream out, Design design, List<Result> results) throws IOException {
        CsvWriter csv = new CsvWriter(out);
        csv.row("metric", "window", "parameter", "index", "estimate", "ci_low", "ci_high", "r_squared");
        for (Result result : results) {
            for (SensitivityIndex index : result.indices()) {
                csv.row(result.metric(), result.window(), design.factors().get(index.factor()).key(), index.kind().label(),
                        Numbers.csv(index.estimate()), Numbers.csv(index.ciLow()), Numbers.csv(index.ciHigh()),
                        Numbers.csv(result.rSquared()));
            }
        }
        csv.flush();
    }
}
