package org.vetsim.experiment;

import org.vetsim.io.output.Numbers;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the long {@code timeseries.csv} of many runs: one row per run, month and metric
 * ({@code <arm column>,replication,seed,month,metric,value}), optionally gzip-compressed (the
 * gzip header carries no time stamp, so the bytes are reproducible).
 */
public final class TimeseriesCsv {
    private final ExperimentPlan plan;
    private final GZIPOutputStream gzip;
    private final Writer out;

    /** Starts the file on {@code stream}; {@code armColumn} names the first column. */
    public TimeseriesCsv(OutputStream stream, ExperimentPlan plan, String armColumn, boolean compress) throws IOException {
        this.plan = plan;
        this.gzip = compress ? new GZIPOutputStream(stream, 1 << 16) : null;
        this.out = new OutputStreamWriter(compress ? gzip : stream, StandardCharsets.UTF_8);
        out.write(armColumn + ",replication,seed,month,metric,value\n");
    }

    /** Adds every month and metric of a completed run (a failed run has none). */
    public void add(RunRecord run) {
        String prefix = org.vetsim.io.output.CsvWriter.quote(plan.arms().get(run.arm()).label()) + ","
                + run.replication() + "," + run.seed() + ",";
        StringBuilder line = new StringBuilder();
        try {
            for (int m = 0; m < run.months(); m++) {
                for (int k = 0; k < run.metrics().size(); k++) {
                    line.setLength(0);
                    line.append(prefix).append(m + 1).append(',').append(run.metrics().get(k)).append(',')
                            .append(Numbers.csv(run.values()[m][k])).append('\n');
                    out.write(line.toString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Completes the file (and the gzip stream) without closing the underlying stream. */
    public void finish() throws IOException {
        out.flush();
        if (gzip != null) {
            gzip.finish();
        }
    }
}
