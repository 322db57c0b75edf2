package org.vetsim.experiment;

import org.vetsim.io.output.Columns;
import org.vetsim.io.output.CsvWriter;
import org.vetsim.io.output.Numbers;
import org.vetsim.io.output.Table;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Writes {@code timeseries_long.csv}, the monthly metrics of many runs in long format: one row
 * per run, month and metric ({@code <arm column>,replication,seed,month,metric,value}),
 * optionally gzip-compressed (the gzip header carries no time stamp, so the bytes are
 * reproducible). The name keeps it apart from the wide {@code timeseries.csv} of a single run.
 */
public final class TimeseriesCsv {
    /** The file name, uncompressed. */
    public static final String FILE = "timeseries_long.csv";

    private final ExperimentPlan plan;
    private final GZIPOutputStream gzip;
    private final CsvWriter csv;

    /** Starts the file on {@code stream}; {@code armColumn} names the first column. */
    public TimeseriesCsv(OutputStream stream, ExperimentPlan plan, String armColumn, boolean compress) throws IOException {
        this.plan = plan;
        this.gzip = compress ? new GZIPOutputStream(stream, 1 << 16) : null;
        this.csv = new CsvWriter(compress ? gzip : stream, table(plan, armColumn));
    }

    /** The file name of {@code plan}'s long time series: {@value #FILE}, with {@code .gz} when compressed. */
    public static String file(ExperimentPlan plan) {
        return plan.gzip() ? FILE + ".gz" : FILE;
    }

    /** The schema of the file. */
    public static Table table(ExperimentPlan plan, String armColumn) {
        return new Table(file(plan), "Long format: one row per run, output month and metric; rows ordered by "
                + armColumn + ", replication, month and metric.",
                List.of(RunsCsv.arm(armColumn), Columns.REPLICATION, Columns.SEED, Columns.MONTH,
                        Columns.metricName(plan.recorded()), Columns.VALUE));
    }

    /** Adds every month and metric of a completed run (a failed run has none). */
    public void add(RunRecord run) {
        String arm = plan.arms().get(run.arm()).label();
        String replication = Integer.toString(run.replication());
        String seed = Long.toString(run.seed());
        try {
            for (int m = 0; m < run.months(); m++) {
                String month = Integer.toString(m + 1);
                for (int k = 0; k < run.metrics().size(); k++) {
                    csv.row(arm, replication, seed, month, run.metrics().get(k), Numbers.csv(run.values()[m][k]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Completes the file (and the gzip stream) without closing the underlying stream. */
    public void finish() throws IOException {
        csv.flush();
        if (gzip != null) {
            gzip.finish();
        }
    }
}
