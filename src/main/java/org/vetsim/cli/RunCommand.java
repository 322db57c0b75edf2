package org.vetsim.cli;

import org.vetsim.experiment.ProgressBar;
import org.vetsim.experiment.ReplicationRunner;
import org.vetsim.experiment.RunProgress;
import org.vetsim.experiment.SeedSequence;
import org.vetsim.io.output.Manifest;
import org.vetsim.experiment.SingleRun;
import org.vetsim.scenario.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code vetsim run}: runs one scenario and writes its output folder. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a scenario and write timeseries.csv, occupations.csv, size_classes.csv, tracks.csv, age_groups.csv, datapackage.json, scenario.yaml and manifest.json.")
final class RunCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (default: the scenario's simulation.seed).")
    Long seed;

    @Option(names = "--years", paramLabel = "N", description = "Simulated years written to the output (default: the scenario's).")
    Integer years;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (must not exist or be empty; default: output/NAME_TIMESTAMP).")
    Path out;

    @Option(names = {"-q", "--quiet"}, description = "Print no progress.")
    boolean quiet;

    @Option(names = "--replications", paramLabel = "R",
            description = "Replications with seeds derived from --seed (default: 1); each gets a rep-NNNN folder.")
    int replications = 1;

    @Option(names = "--threads", paramLabel = "T",
            description = "Threads for replications (default: the number of processors); the files do not depend on it, except the run times in runs.csv.")
    Integer threads;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Scenario resolved = scenario.load();
        if (years != null) {
            if (years < 1 || years > 200) {
                throw new UserException("--years must be between 1 and 200, got " + years);
            }
            resolved = resolved.withYears(years);
        }
        long usedSeed = seed != null ? SeedSequence.checkGiven(seed) : resolved.simulation().seed();
        if (replications < 1 || replications > 100_000) {
            throw new UserException("--replications must be between 1 and 100000, got " + replications);
        }
        int usedThreads = ReplicationRunner.checkThreads(threads != null ? threads : Runtime.getRuntime().availableProcessors());
        Path target = out != null ? out : OutputFolders.timestamped(resolved.name());
        ScenarioWarnings.print(resolved, spec.commandLine().getErr());
        List<String> commandLine = new ArrayList<>(List.of("vetsim"));
        commandLine.addAll(spec.commandLine().getParseResult().originalArgs());
        SingleRun run = new SingleRun(resolved, scenario.source(), usedSeed, commandLine);
        Manifest manifest;
        try {
            if (replications == 1) {
                manifest = run.writeTo(target, quiet ? RunProgress.NONE : ProgressBar.monthsOnConsole(spec.commandLine().getErr()));
            } else {
                manifest = run.writeReplications(target, replications, usedThreads,
                        quiet ? RunProgress.NONE : ProgressBar.onConsole(spec.commandLine().getErr()));
            }
        } catch (FileAlreadyExistsException e) {
            if (!target.toAbsolutePath().normalize().toString().equals(e.getFile())) {
                throw e;
            }
            throw new UserException("output folder " + target + " already exists and is not empty; "
                    + "choose another --out or remove it");
        }
        spec.commandLine().getOut().printf("Wrote %s (scenario %s, seed %d, %d replication%s, %d year%s, %.1f s)%n",
                target, manifest.scenarioName(), manifest.seed(), manifest.replications(),
                manifest.replications() == 1 ? "" : "s", manifest.years(), manifest.years() == 1 ? "" : "s",
                manifest.wallSeconds());
        return ExitCodes.OK;
    }
}
