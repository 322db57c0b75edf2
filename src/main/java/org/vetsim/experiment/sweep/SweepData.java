package org.vetsim.experiment.sweep;

import org.vetsim.experiment.ExperimentFolder;
import org.vetsim.experiment.ExperimentMetrics;
import org.vetsim.experiment.ExperimentPlan;
import org.vetsim.experiment.RunRecord;
import org.vetsim.experiment.RunRecords;
import org.vetsim.experiment.design.Design;
import org.vetsim.experiment.stats.Window;
import org.vetsim.metrics.Metric;

import java.util.List;
import java.util.function.Consumer;

/**
 * The analysed metrics of every run of a sweep, read from its run records: each run's mean at
 * the end of the horizon and over the whole horizon. A failed run contributes nothing.
 */
final class SweepData {
    final ExperimentPlan plan;
    final Design design;
    final List<Metric> metrics;
    final List<Window> windows;
    /** {@code values[point][metric][window][replication]}, NaN for a failed run. */
    final double[][][][] values;
    final boolean[][] ok;

    private SweepData(ExperimentPlan plan, Design design) {
        this.plan = plan;
        this.design = design;
        this.metrics = plan.metrics().stream().map(ExperimentMetrics::byColumn).toList();
        this.windows = List.of(Window.end(plan.outputMonths()), Window.horizon(plan.outputMonths()));
        this.values = new double[plan.arms().size()][metrics.size()][windows.size()][plan.replications()];
        this.ok = new boolean[plan.arms().size()][plan.replications()];
    }

    static SweepData load(ExperimentFolder folder, Design design, Consumer<RunRecord> also) {
        SweepData data = new SweepData(folder.plan(), design);
        RunRecords.forEach(folder, record -> {
            data.add(record);
            also.accept(record);
        });
        return data;
    }

    private void add(RunRecord record) {
        int point = record.arm();
        int rep = record.replication();
        ok[point][rep] = record.ok() && record.months() == plan.outputMonths();
        for (int k = 0; k < metrics.size(); k++) {
            int column = record.metrics().indexOf(metrics.get(k).column());
            for (int w = 0; w < windows.size(); w++) {
                values[point][k][w][rep] = ok[point][rep] ? windows.get(w).mean(record.series(column)) : Double.NaN;
            }
        }
    }

    /**
     * Each point's mean over its completed replications where the metric is defined (NaN where
     * none completed or it is undefined in all of them).
     */
    double[] pointMeans(int metric, int window) {
        double[] means = new double[plan.arms().size()];
        for (int p = 0; p < means.length; p++) {
            double sum = 0;
            int n = 0;
            for (int r = 0; r < plan.replications(); r++) {
                if (ok[p][r] && !Double.isNaN(values[p][metric][window][r])) {
                    sum += values[p][metric][window][r];
                    n++;
                }
            }
            means[p] = n == 0 ? Double.NaN : sum / n;
        }
        return means;
    }

    /** Number of runs that failed. */
    int failed() {
        int failed = 0;
        for (boolean[] point : ok) {
            for (boolean b : point) {
                failed += b ? 0 : 1;
            }
        }
        return failed;
    }
}
