package org.vetsim.experiment;

import org.vetsim.metrics.Metric;
import org.vetsim.metrics.MonthReport;
import org.vetsim.metrics.ReportListener;
import org.vetsim.model.VetModel;
import org.vetsim.scenario.Scenario;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the model once, headless, and keeps the chosen metrics of every output month. A model
 * that throws gives a failed record (with the reason) rather than stopping the experiment; an
 * I/O failure of a listener (a full disk) is not the model's and is rethrown.
 */
public final class ModelRun {
    private ModelRun() {
    }

    /**
     * Runs {@code scenario} with {@code seed}, recording {@code metrics}; {@code extra} listeners
     * see every month too (e.g. a writer of the replication's own files).
     */
    public static RunRecord run(Scenario scenario, int arm, int replication, long seed, List<Metric> metrics,
                                List<ReportListener> extra) {
        long start = System.nanoTime();
        List<double[]> rows = new ArrayList<>();
        List<String> columns = metrics.stream().map(Metric::column).toList();
        try {
            VetModel model = new VetModel(scenario, seed);
            model.addListener(report -> rows.add(row(report, metrics)));
            extra.forEach(model::addListener);
            model.runToEnd();
        } catch (UncheckedIOException e) {
            throw e;
        } catch (RuntimeException e) {
            return new RunRecord(arm, replication, seed, RunRecord.Status.FAILED, seconds(start),
                    e.getClass().getSimpleName() + ": " + e.getMessage(), columns, new double[0][]);
        }
        return new RunRecord(arm, replication, seed, RunRecord.Status.OK, seconds(start), "", columns,
                rows.toArray(new double[0][]));
    }

    private static double[] row(MonthReport report, List<Metric> metrics) {
        double[] row = new double[metrics.size()];
        for (int k = 0; k < row.length; k++) {
            row[k] = report.value(metrics.get(k));
        }
        return row;
    }

    private static double seconds(long start) {
        return Math.round((System.nanoTime() - start) / 1e6) / 1e3;
    }
}
