package org.vetsim.experiment;

import org.vetsim.io.output.AtomicFiles;
import org.vetsim.io.output.DataPackage;
import org.vetsim.metrics.Metric;
import org.vetsim.metrics.ReportListener;
import org.vetsim.scenario.Scenario;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * R replications of one scenario on T threads, for {@code vetsim run --replications R --threads T}.
 * Replication r runs with the r-th seed of {@link SeedSequence} from the master seed. Each
 * replication may write its own folder ({@code rep-0000}, {@code rep-0001}, ...) through a
 * {@link FolderWriter}; the folder appears, renamed from a staging name, only when its
 * replication is complete. When all are done, {@code runs.csv}, the long
 * {@code timeseries_long.csv} of all replications (in replication order, so the bytes do not
 * depend on the number of threads) and the {@code datapackage.json} describing both are written.
 */
public final class ReplicatedRun {
    private ReplicatedRun() {
    }

    /** The listener of one replication's months, closed after its last month. */
    public interface MonthSink extends ReportListener, Closeable {
    }

    /** Writes the files of one replication. */
    @FunctionalInterface
    public interface FolderWriter {
        /**
         * Opens the files of replication {@code replication} (run with {@code seed}) in
         * {@code folder}, a staging folder that is renamed when the replication is complete.
         */
        MonthSink open(Path folder, int replication, long seed) throws IOException;
    }

    /** Writes no per-replication folders: only the combined files. */
    public static final FolderWriter NO_FOLDERS = null;

    /**
     * The outcome.
     *
     * @param seeds the seed of each replication
     * @param runs each replication's record (all metrics, every month), in replication order
     */
    public record Result(long[] seeds, List<RunRecord> runs) {
    }

    /** Name of replication {@code r}'s folder. */
    public static String folderName(int replication) {
        return String.format("rep-%04d", replication);
    }

    /**
     * Runs the replications and writes {@code out} (which must be new or empty): a folder per
     * replication if {@code writer} is not {@link #NO_FOLDERS}, then {@code runs.csv}
     * ({@code scenario,replication,seed,status,wall_seconds,message}), {@code timeseries_long.csv}
     * ({@code scenario,replication,seed,month,metric,value}; gzip-compressed to
     * {@code timeseries_long.csv.gz} if {@code gzip}) and {@code datapackage.json}.
     */
    public static Result run(Scenario scenario, long masterSeed, int replications, int threads, Path out,
                             FolderWriter writer, boolean gzip, RunProgress progress) throws IOException {
        if (replications < 1) {
            throw new ExperimentException("--replications must be at least 1, got " + replications);
        }
        requireEmpty(out);
        long[] seeds = SeedSequence.seeds(masterSeed, replications);
        List<Metric> metrics = Arrays.asList(Metric.values());
        List<Callable<RunRecord>> tasks = new ArrayList<>();
        for (int r = 0; r < replications; r++) {
            int rep = r;
            tasks.add(() -> replicate(scenario, rep, seeds[rep], metrics, out, writer));
        }
        List<RunRecord> runs = new ReplicationRunner(threads, progress).run(tasks);
        List<String> columns = metrics.stream().map(Metric::column).toList();
        ExperimentPlan plan = ExperimentPlan.of("replications", List.of(new Arm(scenario.name(), scenario.description(),
                "", ScenarioHash.of(scenario), List.of())), replications, masterSeed,
                scenario.simulation().outputMonths(), columns, columns, List.of(), gzip, null);
        AtomicFiles.write(out.resolve(RunsCsv.FILE), stream -> {
            RunsCsv csv = new RunsCsv(stream, plan, "scenario");
            runs.forEach(csv::add);
            csv.finish();
        });
        AtomicFiles.write(out.resolve(TimeseriesCsv.file(plan)), stream -> {
            TimeseriesCsv csv = new TimeseriesCsv(stream, plan, "scenario", gzip);
            runs.forEach(csv::add);
            csv.finish();
        });
        new DataPackage("vetsim-replications", replications + " replications of scenario " + scenario.name()
                + " with seeds derived from " + masterSeed + "; each replication's own files are in its rep-NNNN folder.")
                .add(RunsCsv.table("scenario")).add(TimeseriesCsv.table(plan, "scenario")).writeTo(out);
        return new Result(seeds, runs);
    }

    private static RunRecord replicate(Scenario scenario, int rep, long seed, List<Metric> metrics, Path out,
                                       FolderWriter writer) throws IOException {
        if (writer == NO_FOLDERS) {
            return ModelRun.run(scenario, 0, rep, seed, metrics, List.of());
        }
        Path target = out.resolve(folderName(rep));
        Path staging = out.resolve("." + folderName(rep) + ".partial");
        deleteRecursively(staging);
        Files.createDirectories(staging);
        RunRecord record;
        try (MonthSink sink = writer.open(staging, rep, seed)) {
            record = ModelRun.run(scenario, 0, rep, seed, metrics, List.of(sink));
        }
        if (record.ok()) {
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staging, target);
            }
        } else {
            deleteRecursively(staging);
        }
        return record;
    }

    private static void requireEmpty(Path out) throws IOException {
        if (Files.exists(out)) {
            try (Stream<Path> entries = Files.list(out)) {
                if (entries.findAny().isPresent()) {
                    throw new ExperimentException("output folder " + out + " exists and is not empty; choose another --out");
                }
            }
        }
        Files.createDirectories(out);
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
