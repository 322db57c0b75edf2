package org.vetsim.experiment.sweep;

import org.vetsim.experiment.ExperimentPlan;
import org.vetsim.experiment.RunRecord;
import org.vetsim.experiment.design.Design;
import org.vetsim.experiment.design.DesignPoint;
import org.vetsim.experiment.design.Factor;
import org.vetsim.io.output.CsvWriter;
import org.vetsim.io.output.Numbers;
import org.vetsim.experiment.stats.Window;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The tidy CSV files of a sweep: {@code design.csv} and {@code results.csv}. */
final class SweepFiles {
    private SweepFiles() {
    }

    /** {@code design.csv}: point, sample, matrix (Sobol designs), then one column per varied key. */
    static void writeDesign(OutputStream out, Design design) throws IOException {
        CsvWriter csv = new CsvWriter(out);
        List<String> header = new ArrayList<>(List.of("point", "sample", "matrix"));
        design.factors().forEach(f -> header.add(f.key()));
        csv.row(header);
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
            this.csv = new CsvWriter(out);
            List<String> header = new ArrayList<>(List.of("point", "replication", "seed"));
            design.factors().stream().map(Factor::key).forEach(header::add);
            header.addAll(List.of("metric", "window", "value"));
            csv.row(header);
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
