package org.vetsim.experiment;

import org.vetsim.io.output.AtomicFiles;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The folder of per-run records of an experiment ({@code runs/}). Each record is a small text
 * file written under a temporary name and renamed when complete, so after a crash every file
 * present is a whole run and {@code --resume} can skip it; several shards may write into the
 * same folder. Numbers are written so that they read back exactly, which makes outputs
 * assembled from the files identical however the runs were scheduled.
 */
public final class RunStore {
    private static final String MAGIC = "# vetsim run record, format 1";
    private final Path folder;

    public RunStore(Path folder) {
        this.folder = folder;
    }

    /** The folder holding the records. */
    public Path folder() {
        return folder;
    }

    /** The file of one run. */
    public Path file(int arm, int replication) {
        return folder.resolve(String.format("arm%05d-rep%05d.run", arm, replication));
    }

    /** Whether the run has a committed record. */
    public boolean has(int arm, int replication) {
        return Files.isRegularFile(file(arm, replication));
    }

    /** Writes the record atomically. */
    public void commit(RunRecord run) {
        try {
            AtomicFiles.write(file(run.arm(), run.replication()), out -> {
                Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
                w.write(MAGIC + "\n");
                w.write(run.arm() + "," + run.replication() + "," + run.seed() + "," + run.status().label() + ","
                        + run.wallSeconds() + "," + run.message() + "\n");
                w.write("month," + String.join(",", run.metrics()) + "\n");
                StringBuilder line = new StringBuilder();
                for (int m = 0; m < run.values().length; m++) {
                    line.setLength(0);
                    line.append(m + 1);
                    for (double v : run.values()[m]) {
                        line.append(',').append(v);
                    }
                    w.write(line.append('\n').toString());
                }
                w.flush();
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file(run.arm(), run.replication()), e);
        }
    }

    /** Reads the record of one run. */
    public RunRecord read(int arm, int replication) {
        Path file = file(arm, replication);
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (!MAGIC.equals(in.readLine())) {
                throw damaged(file);
            }
            String[] meta = in.readLine().split(",", 6);
            String[] header = in.readLine().split(",", -1);
            List<String> metrics = Arrays.asList(header).subList(1, header.length);
            List<double[]> rows = new ArrayList<>();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] cells = line.split(",", -1);
                if (cells.length != header.length || Integer.parseInt(cells[0]) != rows.size() + 1) {
                    throw damaged(file);
                }
                double[] row = new double[metrics.size()];
                for (int k = 0; k < row.length; k++) {
                    row[k] = Double.parseDouble(cells[k + 1]);
                }
                rows.add(row);
            }
            if (meta.length != 6 || Integer.parseInt(meta[0]) != arm || Integer.parseInt(meta[1]) != replication) {
                throw damaged(file);
            }
            RunRecord.Status status = RunRecord.Status.valueOf(meta[3].toUpperCase(java.util.Locale.ROOT));
            return new RunRecord(arm, replication, Long.parseLong(meta[2]), status, Double.parseDouble(meta[4]),
                    meta[5], metrics, rows.toArray(new double[0][]));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (RuntimeException e) {
            if (e instanceof ExperimentException experiment) {
                throw experiment;
            }
            throw damaged(file);
        }
    }

    private static ExperimentException damaged(Path file) {
        return new ExperimentException("run record " + file + " is damaged; delete it and run again with --resume");
    }
}
