package org.vetsim.experiment;

import org.vetsim.io.output.CsvWriter;
import org.vetsim.io.output.Numbers;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Writes {@code runs.csv}: one row per run with its arm, replication, seed, status, wall time
 * and, for a failed run, the reason.
 */
public final class RunsCsv {
    private final ExperimentPlan plan;
    private final CsvWriter csv;

    /** Starts the file; {@code armColumn} names the first column ({@code scenario} or {@code point}). */
    public RunsCsv(OutputStream out, ExperimentPlan plan, String armColumn) throws IOException {
        this.plan = plan;
        this.csv = new CsvWriter(out);
        csv.row(armColumn, "replication", "seed", "status", "wall_seconds", "message");
    }

    /** Adds one run. */
    public void add(RunRecord run) {
        try {
            csv.row(plan.arms().get(run.arm()).label(), Integer.toString(run.replication()), Long.toString(run.seed()),
                    run.status().label(), Numbers.csv(run.wallSeconds()), run.message());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Flushes the rows to the stream. */
    public void finish() throws IOException {
        csv.flush();
    }
}
