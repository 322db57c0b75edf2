package org.vetsim.experiment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.vetsim.io.output.CsvReportWriter;
import org.vetsim.io.output.DataPackage;
import org.vetsim.io.output.Manifest;
import org.vetsim.io.output.RunFolder;
import org.vetsim.io.output.Version;
import org.vetsim.io.scenario.ScenarioWriter;
import org.vetsim.model.VetModel;
import org.vetsim.scenario.Scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs one scenario and writes its run folder: {@code timeseries.csv}, {@code occupations.csv},
 * {@code size_classes.csv}, {@code scenario.yaml} (the fully resolved scenario) and
 * {@code manifest.json} and {@code datapackage.json}; with several replications, one
 * {@code rep-NNNN} folder of those CSV files per replication plus the combined {@code runs.csv}
 * and long {@code timeseries_long.csv}. The folder appears only when every file is complete.
 */
public final class SingleRun {
    private final Scenario scenario;
    private final String source;
    private final long seed;
    private final List<String> commandLine;

    public SingleRun(Scenario scenario, String source, long seed, List<String> commandLine) {
        this.scenario = scenario;
        this.source = source;
        this.seed = seed;
        this.commandLine = List.copyOf(commandLine);
    }

    /** Runs the model once and writes the folder {@code target}; returns its manifest. */
    public Manifest writeTo(Path target, RunProgress progress) throws IOException {
        return staged(target, dir -> write(dir, progress));
    }

    /**
     * Runs {@code replications} replications on {@code threads} threads, with seeds derived from
     * this run's seed, and writes the folder {@code target}; the files do not depend on the
     * number of threads.
     */
    public Manifest writeReplications(Path target, int replications, int threads, RunProgress progress) throws IOException {
        return staged(target, dir -> {
            Instant start = Instant.now();
            ReplicatedRun.Result result = ReplicatedRun.run(scenario, seed, replications, threads, dir,
                    (folder, replication, replicationSeed) -> csvSink(folder, "Replication " + replication + " of scenario "
                            + scenario.name() + " (seed " + replicationSeed + "), written by vetsim run --replications."),
                    false, progress);
            List<Long> seeds = Arrays.stream(result.seeds()).boxed().toList();
            List<String> files = new ArrayList<>(CsvReportWriter.files().stream().map(file -> "rep-NNNN/" + file).toList());
            files.addAll(List.of(RunsCsv.FILE, TimeseriesCsv.FILE, DataPackage.FILE, "scenario.yaml"));
            return finish(dir, start, seeds, files);
        });
    }

    private static ReplicatedRun.MonthSink csvSink(Path folder, String description) throws IOException {
        CsvReportWriter csv = new CsvReportWriter(folder, description);
        return new ReplicatedRun.MonthSink() {
            @Override
            public void onMonth(org.vetsim.metrics.MonthReport report) {
                csv.onMonth(report);
            }

            @Override
            public void close() throws IOException {
                csv.close();
            }
        };
    }

    private interface FolderContent {
        Manifest write(Path dir) throws IOException;
    }

    private static Manifest staged(Path target, FolderContent content) throws IOException {
        RunFolder folder = RunFolder.create(target);
        Thread cleanup = new Thread(folder::discard, "vetsim-discard-partial-output");
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            Manifest manifest = content.write(folder.staging());
            folder.commit();
            return manifest;
        } finally {
            folder.discard();
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running already
            }
        }
    }

    private Manifest write(Path dir, RunProgress progress) throws IOException {
        Instant start = Instant.now();
        VetModel model = new VetModel(scenario, seed);
        try (CsvReportWriter csv = new CsvReportWriter(dir, "One run of scenario " + scenario.name() + " (seed " + seed
                + "), written by vetsim run.")) {
            model.addListener(csv);
            model.start();
            int total = model.totalMonths();
            while (!model.isComplete()) {
                model.schedule.step(model);
                progress.update(model.world().month(), total);
            }
            model.finish();
        }
        List<String> files = new ArrayList<>(CsvReportWriter.files());
        files.add("scenario.yaml");
        return finish(dir, start, List.of(seed), files);
    }

    private Manifest finish(Path dir, Instant start, List<Long> seeds, List<String> files) throws IOException {
        Files.writeString(dir.resolve("scenario.yaml"), ScenarioWriter.toYaml(scenario), StandardCharsets.UTF_8);
        Instant end = Instant.now();
        Manifest manifest = new Manifest(Version.get(), scenario.name(), source, ScenarioWriter.sha256(scenario), seed,
                seeds.size(), seeds, scenario.simulation().years(), scenario.simulation().warmupYears(), commandLine,
                start.toString(), end.toString(), Duration.between(start, end).toMillis() / 1000.0,
                System.getProperty("java.version"), files);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        json.writeValue(dir.resolve("manifest.json").toFile(), manifest);
        return manifest;
    }
}
