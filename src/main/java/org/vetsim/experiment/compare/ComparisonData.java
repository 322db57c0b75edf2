package org.vetsim.experiment.compare;

import org.vetsim.experiment.ExperimentFolder;
import org.vetsim.experiment.ExperimentMetrics;
import org.vetsim.experiment.ExperimentPlan;
import org.vetsim.experiment.RunRecord;
import org.vetsim.experiment.RunRecords;
import org.vetsim.experiment.stats.Summary;
import org.vetsim.experiment.stats.Window;
import org.vetsim.metrics.Metric;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The analysed metrics of every run of a comparison, read from its run records: each run's
 * window means, and its monthly series for the charts. A failed run contributes nothing.
 */
final class ComparisonData {
    final ExperimentPlan plan;
    final List<Metric> metrics;
    final List<Window> windows;
    /** {@code values[arm][metric][window][replication]}, NaN for a failed run. */
    final double[][][][] values;
    /** {@code series[arm][metric][replication]}: the monthly series, null for a failed run. */
    final double[][][][] series;
    final boolean[][] ok;

    private ComparisonData(ExperimentPlan plan) {
        this.plan = plan;
        this.metrics = plan.metrics().stream().map(ExperimentMetrics::byColumn).toList();
        this.windows = windows(plan);
        int arms = plan.arms().size();
        int reps = plan.replications();
        this.values = new double[arms][metrics.size()][windows.size()][reps];
        this.series = new double[arms][metrics.size()][reps][];
        this.ok = new boolean[arms][reps];
    }

    /** The windows of a comparison: end of horizon, whole horizon, then the chosen years. */
    static List<Window> windows(ExperimentPlan plan) {
        List<Window> windows = new ArrayList<>(List.of(Window.end(plan.outputMonths()), Window.horizon(plan.outputMonths())));
        plan.atYears().forEach(year -> windows.add(Window.year(year)));
        return windows;
    }

    /** Reads every record of a complete experiment, handing each to {@code also} too. */
    static ComparisonData load(ExperimentFolder folder, Consumer<RunRecord> also) {
        ComparisonData data = new ComparisonData(folder.plan());
        RunRecords.forEach(folder, record -> {
            data.add(record);
            also.accept(record);
        });
        return data;
    }

    private void add(RunRecord record) {
        int arm = record.arm();
        int rep = record.replication();
        ok[arm][rep] = record.ok() && record.months() == plan.outputMonths();
        for (int k = 0; k < metrics.size(); k++) {
            int column = record.metrics().indexOf(metrics.get(k).column());
            double[] monthly = ok[arm][rep] ? record.series(column) : null;
            series[arm][k][rep] = monthly;
            for (int w = 0; w < windows.size(); w++) {
                values[arm][k][w][rep] = monthly == null ? Double.NaN : windows.get(w).mean(monthly);
            }
        }
    }

    /** The window means of one arm's completed runs where the metric is defined. */
    double[] completed(int arm, int metric, int window) {
        List<Double> kept = new ArrayList<>();
        for (int r = 0; r < plan.replications(); r++) {
            if (ok[arm][r] && !Double.isNaN(values[arm][metric][window][r])) {
                kept.add(values[arm][metric][window][r]);
            }
        }
        return kept.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** {treatment, reference} window means over the replications both completed where the metric is defined in both. */
    double[][] paired(int arm, int reference, int metric, int window) {
        List<double[]> pairs = new ArrayList<>();
        for (int r = 0; r < plan.replications(); r++) {
            if (ok[arm][r] && ok[reference][r] && !Double.isNaN(values[arm][metric][window][r])
                    && !Double.isNaN(values[reference][metric][window][r])) {
                pairs.add(new double[] {values[arm][metric][window][r], values[reference][metric][window][r]});
            }
        }
        double[][] result = new double[2][pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            result[0][i] = pairs.get(i)[0];
            result[1][i] = pairs.get(i)[1];
        }
        return result;
    }

    /** Mean and 95% interval of one arm's metric in one month over its completed runs where it is defined. */
    Summary month(int arm, int metric, int month) {
        List<Double> kept = new ArrayList<>();
        for (int r = 0; r < plan.replications(); r++) {
            if (ok[arm][r] && !Double.isNaN(series[arm][metric][r][month - 1])) {
                kept.add(series[arm][metric][r][month - 1]);
            }
        }
        return Summary.of(kept.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Number of runs of {@code arm} that completed. */
    int completedRuns(int arm) {
        int completed = 0;
        for (boolean b : ok[arm]) {
            completed += b ? 1 : 0;
        }
        return completed;
    }

    /** Number of runs that failed. */
    int failed() {
        int failed = 0;
        for (boolean[] arm : ok) {
            for (boolean b : arm) {
                failed += b ? 0 : 1;
            }
        }
        return failed;
    }
}
