package org.vetsim.experiment.cli;

import org.vetsim.experiment.ExperimentException;
import org.vetsim.experiment.ExperimentFolder;
import org.vetsim.experiment.ExperimentMetrics;
import org.vetsim.experiment.ProgressBar;
import org.vetsim.experiment.RunProgress;
import org.vetsim.experiment.RunRecords;
import org.vetsim.experiment.SeedSequence;
import org.vetsim.experiment.Shard;
import org.vetsim.metrics.Metric;
import org.vetsim.scenario.Scenario;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** Options shared by {@code compare}, {@code sweep} and {@code optimise}. */
public final class ExperimentOptions {
    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Override one scenario key in every scenario, e.g. --set labour_market.quit_rate=0.03 (repeatable).")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--years", paramLabel = "N", description = "Simulated years written to the output (default: the scenario's).")
    Integer years;

    @Option(names = "--threads", paramLabel = "T", description = "Runs at once (default: the number of processors, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--seed", paramLabel = "S", description = "Master seed the replication seeds are derived from (default: the first scenario's simulation.seed).")
    Long seed;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (new or empty; default: output/KIND_TIMESTAMP).")
    Path out;

    @Option(names = "--metrics", paramLabel = "M1,M2", description = "Metrics to analyse, chart and report (default: key outcomes; see `vetsim metrics`).")
    String metrics;

    @Option(names = "--shard", paramLabel = "I/N", description = "Run only slice I of N of the runs (e.g. a job-array task); join the slices with `vetsim merge`.")
    String shard;

    @Option(names = "--resume", description = "Continue an interrupted experiment in --out, skipping the runs already recorded.")
    boolean resume;

    @Option(names = {"-q", "--quiet"}, description = "Print no progress.")
    boolean quiet;

    /** The master seed: {@code --seed}, or the seed of the first scenario. */
    long masterSeed(Scenario first) {
        return seed != null ? SeedSequence.checkGiven(seed) : first.simulation().seed();
    }

    /** The metrics to analyse. */
    List<Metric> metrics() {
        return ExperimentMetrics.parse(metrics);
    }

    /** The shard to run. */
    Shard shard() {
        return shard == null ? Shard.WHOLE : Shard.parse(shard);
    }

    /** Warns on {@code err} about {@code scenario}: {@link Scenario#warnings} (a warm-up too short, occupations that cannot be learnt, reforms beyond the run). */
    static void warnAbout(Scenario scenario, PrintWriter err) {
        scenario.warnings().forEach(warning -> err.println("vetsim: warning: " + warning));
        err.flush();
    }

    /**
     * Warns on {@code err} about what some variants of {@code base} raise and the base does not
     * (design points of a sweep, lever settings of a search): each warning once, with how many of
     * the variants raise it and the first of them by its label.
     */
    static void warnAboutVariants(Scenario base, List<String> labels, List<Scenario> variants, String what, PrintWriter err) {
        java.util.Set<String> ofBase = new java.util.HashSet<>(base.warnings());
        java.util.Map<String, List<String>> raisedBy = new java.util.LinkedHashMap<>();
        for (int i = 0; i < variants.size(); i++) {
            for (String warning : variants.get(i).warnings()) {
                if (!ofBase.contains(warning)) {
                    raisedBy.computeIfAbsent(warning, w -> new ArrayList<>()).add(labels.get(i));
                }
            }
        }
        raisedBy.forEach((warning, raising) -> err.println("vetsim: warning: " + raising.size() + " of the " + variants.size()
                + " " + what + " (first: " + raising.get(0) + "): " + warning));
        err.flush();
    }

    /** The scenario with {@code --years} applied. */
    Scenario withYears(Scenario scenario) {
        if (years == null) {
            return scenario;
        }
        if (years < 1 || years > 200) {
            throw new ExperimentException("--years must be between 1 and 200, got " + years);
        }
        return scenario.withYears(years);
    }

    /** The output folder: --out, required to resume or share a folder between shards. */
    Path out(String kind) {
        if (out != null) {
            return out;
        }
        if (resume) {
            throw new ExperimentException("--resume needs --out: the folder of the experiment to continue");
        }
        if (shard != null) {
            throw new ExperimentException("--shard needs --out: the folder (shared or per slice) the runs go to");
        }
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path base = Path.of("output", kind + "_" + stamp);
        Path candidate = base;
        for (int i = 2; Files.exists(candidate); i++) {
            candidate = Path.of(base + "-" + i);
        }
        return candidate;
    }

    /** Fails if a {@code --set} override sets one of the varied {@code keys}. */
    void requireNotVaried(List<String> keys) {
        for (String override : overrides) {
            String key = override.contains("=") ? override.substring(0, override.indexOf('=')).strip() : override;
            if (keys.contains(key)) {
                throw new ExperimentException("--set " + key + " clashes with --vary " + key + "; give the key in one of them");
            }
        }
    }

    /**
     * Says that this shard is done and how to merge: with {@code vetsim merge OUT} when other
     * shards' runs are in the same folder; otherwise with that, or with every shard's folder
     * and {@code --out} when each shard has a folder of its own.
     */
    void printShardDone(PrintWriter stdout, Path out) {
        Shard done = shard();
        if (RunRecords.othersPresent(ExperimentFolder.open(out), done)) {
            stdout.printf("Shard %s done in %s, a folder shared with the other shards; when every shard is done, run: "
                    + "vetsim merge %s%n", done, out, out);
        } else {
            stdout.printf("Shard %s done in %s; when every shard is done, run: vetsim merge %s (shards sharing this "
                    + "folder), or vetsim merge FOLDER1 FOLDER2 ... --out MERGED with the folder of every shard "
                    + "(shards with folders of their own)%n", done, out, out);
        }
    }

    /** Progress on standard error unless --quiet. */
    RunProgress progress(PrintWriter err) {
        return quiet ? RunProgress.NONE : ProgressBar.onConsole(err);
    }
}
