package org.vetsim.experiment.sweep;

import org.vetsim.experiment.design.Design;
import org.vetsim.experiment.design.DesignPoint;
import org.vetsim.experiment.design.DesignType;
import org.vetsim.experiment.design.Factor;
import org.vetsim.io.output.Column;
import org.vetsim.io.output.Columns;
import org.vetsim.io.output.CsvWriter;
import org.vetsim.io.output.Table;
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
    static final String FILE = "sensitivity.csv";

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

    /** The schema of {@code sensitivity.csv}. */
    static Table table(List<String> metrics, Design design) {
        return new Table(FILE, "One row per metric, window, varied key and index: the sensitivity of the metric to the key.",
                List.of(Columns.metricName(metrics),
                        Column.oneOf("window", "What each run's monthly values are averaged over: end (the last 12 "
                                + "output months) or horizon (all output months).", List.of("end", "horizon")),
                        Column.oneOf("parameter", "The varied key.", design.factors().stream().map(Factor::key).toList()),
                        Column.oneOf("index", "first_order and total_order: Sobol indices (Saltelli et al. 2010; Jansen "
                                + "1999); src: standardised regression coefficient (Latin hypercube).",
                                List.of("first_order", "total_order", "src")),
                        Column.number("estimate", "", "The index estimated from each point's mean over replications."),
                        Column.number("ci_low", "", "Lower end of the 95% percentile bootstrap interval."),
                        Column.number("ci_high", "", "Upper end of the 95% percentile bootstrap interval."),
                        Column.number("r_squared", "", "R squared of the regression (src rows only; empty otherwise).")
                                .within(null, 1.0)));
    }

    /** Writes {@code sensitivity.csv}. */
    static void write(OutputStream out, List<String> metrics, Design design, List<Result> results) throws IOException {
        CsvWriter csv = new CsvWriter(out, table(metrics, design));
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
