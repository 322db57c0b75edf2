package org.vetsim.experiment.sweep;

import org.vetsim.experiment.ExperimentPlan;
import org.vetsim.experiment.RunRecord;
import org.vetsim.experiment.design.Design;
import org.vetsim.experiment.design.DesignPoint;
import org.vetsim.experiment.RunsCsv;
import org.vetsim.io.output.Column;
import org.vetsim.io.output.Columns;
import org.vetsim.io.output.CsvWriter;
import org.vetsim.io.output.DataPackage;
import org.vetsim.io.output.Numbers;
import org.vetsim.io.output.Table;
import org.vetsim.experiment.stats.Window;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The tidy CSV files of a sweep: {@code design.csv} and {@code results.csv}. */
final class SweepFiles {
    static final String DESIGN = "design.csv";
    static final String RESULTS = "results.csv";

    private SweepFiles() {
    }

    /** The data package of a sweep's folder, describing {@code design.csv} (the other files are added when written). */
    static DataPackage dataPackage(ExperimentPlan plan, Design design) {
        return new DataPackage("vetsim-sweep", "A sweep of " + design.points().size() + " design points ("
                + plan.sweep().design() + " design) over " + plan.replications() + " replications (vetsim sweep).")
                .add(designTable(design));
    }

    /** The schema of {@code design.csv}. */
    static Table designTable(Design design) {
        List<Column> columns = new ArrayList<>(List.of(RunsCsv.arm("point"),
                Column.integer("sample", "", "Base sample of a Sobol design (the row of its matrices A and B); "
                        + "the point itself in other designs.", 0),
                Column.text("matrix", "Matrix of a Sobol design the point belongs to: A, B, or AB1, AB2, ... (B "
                        + "with key 1, 2, ... from A); empty in other designs.")));
        columns.addAll(VariedKeys.columns(design));
        return new Table(DESIGN, "One row per design point: the values of the varied keys.", columns);
    }

    /** The schema of {@code results.csv}. */
    static Table resultsTable(ExperimentPlan plan, Design design) {
        List<Column> columns = new ArrayList<>(List.of(RunsCsv.arm("point"), Columns.REPLICATION, Columns.SEED));
        columns.addAll(VariedKeys.columns(design));
        columns.addAll(List.of(Columns.metricName(plan.metrics()),
                Column.oneOf("window", "What the run's monthly values are averaged over: end (the last 12 output "
                        + "months) or horizon (all output months).", List.of("end", "horizon")),
                Column.number("value", "", "Mean of the metric over the window in this run, in the metric's unit.")));
        return new Table(RESULTS, "One row per completed run, metric and window.", columns);
    }

    /** {@code design.csv}: point, sample, matrix (Sobol designs), then one column per varied key. */
    static void writeDesign(OutputStream out, Design design) throws IOException {
        CsvWriter csv = new CsvWriter(out, designTable(design));
        for (DesignPoint point : design.points()) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(point.index()), Integer.toString(point.sample()), point.matrix()));
            row.addAll(point.values());
            csv.row(row);
        }
        csv.flush();
    }

    /** Writes {@code results.csv} one run at a time. */
    static final class Results {
        private final ExperimentPlan plan;
        private final Design design;
        private final List<Window> windows;
        private final CsvWriter csv;

        Results(OutputStream out, ExperimentPlan plan, Design design, List<Window> windows) throws IOException {
            this.plan = plan;
            this.design = design;
            this.windows = windows;
            this.csv = new CsvWriter(out, resultsTable(plan, design));
        }

        /** Adds a completed run's analysed metrics (a failed run has none). */
        void add(RunRecord run) {
            if (!run.ok()) {
                return;
            }
            List<String> prefix = new ArrayList<>(List.of(Integer.toString(run.arm()), Integer.toString(run.replication()),
                    Long.toString(run.seed())));
            prefix.addAll(design.points().get(run.arm()).values());
            try {
                for (String metric : plan.metrics()) {
                    double[] series = run.series(run.metrics().indexOf(metric));
                    for (Window window : windows) {
                        List<String> row = new ArrayList<>(prefix);
                        row.addAll(List.of(metric, window.name(), Numbers.csv(window.mean(series))));
                        csv.row(row);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void finish() throws IOException {
            csv.flush();
        }
    }
}
