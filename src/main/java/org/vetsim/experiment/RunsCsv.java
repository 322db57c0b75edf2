package org.vetsim.experiment;

import org.vetsim.io.output.Column;
import org.vetsim.io.output.Columns;
import org.vetsim.io.output.CsvWriter;
import org.vetsim.io.output.Numbers;
import org.vetsim.io.output.Table;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes {@code runs.csv}: one row per run with its arm, replication, seed, status, wall time
 * and, for a failed run, the reason.
 */
public final class RunsCsv {
    /** The file name. */
    public static final String FILE = "runs.csv";

    private final ExperimentPlan plan;
    private final CsvWriter csv;

    /** Starts the file; {@code armColumn} names the first column ({@code scenario} or {@code point}). */
    public RunsCsv(OutputStream out, ExperimentPlan plan, String armColumn) throws IOException {
        this.plan = plan;
        this.csv = new CsvWriter(out, table(armColumn));
    }

    /** The schema of the file, whose first column is {@code armColumn} ({@code scenario} or {@code point}). */
    public static Table table(String armColumn) {
        return new Table(FILE, "One row per run (arm and replication): its seed, whether it completed and its wall time.",
                List.of(arm(armColumn), Columns.REPLICATION, Columns.SEED,
                        Column.oneOf("status", "ok for a completed run, failed for a run the model stopped with an error.",
                                List.of("ok", "failed")),
                        Column.number("wall_seconds", "seconds",
                                "Wall-clock time of the run (the only value that differs when the same runs are repeated).")
                                .within(0.0, null),
                        Column.text("message", "Why a failed run failed; empty for a completed run.")));
    }

    /** The column naming a run's arm: a scenario's name, or a sweep's design point. */
    public static Column arm(String armColumn) {
        return armColumn.equals("point")
                ? Column.integer("point", "", "Design point, from 0, as numbered in design.csv.", 0)
                : Column.text(armColumn, "Scenario name (the scenario's name key).");
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
