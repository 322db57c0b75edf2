package org.vetsim.io.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.vetsim.io.scenario.ScenarioWriter;
import org.vetsim.model.VetModel;
import org.vetsim.scenario.Scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Runs one scenario with one seed and writes its run folder: {@code timeseries.csv},
 * {@code occupations.csv}, {@code size_classes.csv}, {@code scenario.yaml} (the fully resolved
 * scenario) and {@code manifest.json}. The folder appears only when every file is complete.
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

    /** Runs the model and writes the folder {@code target}; returns its manifest. */
    public Manifest writeTo(Path target, Progress progress) throws IOException {
        RunFolder folder = RunFolder.create(target);
        Thread cleanup = new Thread(folder::discard, "vetsim-discard-partial-output");
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            Manifest manifest = write(folder.staging(), progress);
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

    private Manifest write(Path dir, Progress progress) throws IOException {
        Instant start = Instant.now();
        String yaml = ScenarioWriter.toYaml(scenario);
        Files.writeString(dir.resolve("scenario.yaml"), yaml, StandardCharsets.UTF_8);
        VetModel model = new VetModel(scenario, seed);
        try (CsvReportWriter csv = new CsvReportWriter(dir)) {
            model.addListener(csv);
            model.start();
            int total = model.totalMonths();
            while (!model.isComplete()) {
                model.schedule.step(model);
                progress.update(model.world().month(), total);
            }
            model.finish();
        }
        Instant end = Instant.now();
        Manifest manifest = new Manifest(Version.get(), scenario.name(), source, ScenarioWriter.sha256(scenario), seed,
                scenario.simulation().years(), scenario.simulation().warmupYears(), commandLine,
                start.toString(), end.toString(), Duration.between(start, end).toMillis() / 1000.0,
                System.getProperty("java.version"),
                List.of("timeseries.csv", "occupations.csv", "size_classes.csv", "scenario.yaml"));
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        json.writeValue(dir.resolve("manifest.json").toFile(), manifest);
        return manifest;
    }
}
