package org.vetsim.cli;

import org.vetsim.experiment.ExperimentMetrics;
import org.vetsim.experiment.ProgressBar;
import org.vetsim.experiment.RunProgress;
import org.vetsim.experiment.warmup.WarmupAnalysis;
import org.vetsim.experiment.warmup.WarmupFiles;
import org.vetsim.io.output.RunFolder;
import org.vetsim.metrics.Metric;
import org.vetsim.scenario.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code vetsim warmup}: how many simulated years a scenario needs before its output is stationary. */
@Command(name = "warmup", mixinStandardHelpOptions = true,
        description = {"Find the warm-up a scenario needs: run it from the initial state without a warm-up (reforms removed, "
                + "business cycle off unless --keep-cycle), average the key series over replications and apply the "
                + "MSER truncation rule and Welch's moving average.",
            "Writes warmup.csv, one chart per metric and report.md with the recommended warm-up."})
final class WarmupCommand implements Callable<Integer> {
    /** Series whose stationarity the warm-up is chosen for, when --metrics is not given. */
    static final List<Metric> KEY = List.of(Metric.YOUTH_UNEMPLOYMENT_RATE, Metric.NEET_RATE,
            Metric.YOUTH_EMPLOYMENT_RATE, Metric.MEAN_MONTHS_TO_FIRST_JOB, Metric.VET_ENTRY_SHARE,
            Metric.TRAINING_FIRM_SHARE, Metric.SKILL_MISMATCH, Metric.MEAN_WAGE);

    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--replications", paramLabel = "R", description = "Replications (default: ${DEFAULT-VALUE}).")
    int replications = 8;

    @Option(names = "--years", paramLabel = "N", description = "Simulated years per run, all without warm-up (default: ${DEFAULT-VALUE}).")
    int years = 80;

    @Option(names = "--seed", paramLabel = "S", description = "Master seed of the replications (default: the scenario's simulation.seed).")
    Long seed;

    @Option(names = "--metrics", paramLabel = "M1,M2", description = "Series to examine (default: youth unemployment, NEET, youth employment, months to a first job, VET entry, training firms, skill mismatch, wage).")
    String metrics;

    @Option(names = "--keep-cycle", description = "Keep the scenario's business cycle (by default it is switched off, since it is not a transient).")
    boolean keepCycle;

    @Option(names = "--threads", paramLabel = "T", description = "Runs at once (default: the number of processors).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: output/warmup_NAME_TIMESTAMP).")
    Path out;

    @Option(names = {"-q", "--quiet"}, description = "Print no progress.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Scenario resolved = scenario.load();
        if (seed != null && seed < 0) {
            throw new UserException("--seed must be 0 or more, got " + seed);
        }
        if (threads < 1) {
            throw new UserException("--threads must be at least 1, got " + threads);
        }
        List<Metric> chosen = metrics == null ? KEY : ExperimentMetrics.parse(metrics);
        WarmupAnalysis.Settings settings = new WarmupAnalysis.Settings(replications, years,
                seed != null ? seed : resolved.simulation().seed(), chosen, keepCycle, threads);
        Path target = out != null ? out : OutputFolders.timestamped("warmup_" + resolved.name());
        RunFolder folder = create(target);
        try {
            RunProgress progress = quiet ? RunProgress.NONE : ProgressBar.onConsole(spec.commandLine().getErr());
            WarmupAnalysis.Result result = WarmupAnalysis.run(resolved, settings, progress);
            WarmupFiles.write(folder.staging(), result);
            folder.commit();
            if (result.conclusive()) {
                spec.commandLine().getOut().printf("Wrote %s: recommended warm-up %d years (scenario: %d); see report.md%n",
                        target, result.recommendedYears(), resolved.simulation().warmupYears());
            } else {
                spec.commandLine().getOut().printf("Wrote %s: recommended warm-up at least %d years; %s (scenario: %d); "
                        + "see report.md%n", target, result.lowerBoundYears(), result.longerProbeAdvice(),
                        resolved.simulation().warmupYears());
            }
        } finally {
            folder.discard();
        }
        return ExitCodes.OK;
    }

    private static RunFolder create(Path target) throws IOException {
        try {
            return RunFolder.create(target);
        } catch (FileAlreadyExistsException e) {
            throw new UserException("output folder " + target + " already exists and is not empty; choose another --out or remove it");
        }
    }
}
