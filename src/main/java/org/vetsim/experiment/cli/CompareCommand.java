package org.vetsim.experiment.cli;

import org.vetsim.experiment.ExperimentPlan;
import org.vetsim.experiment.TimeseriesCsv;
import org.vetsim.experiment.compare.CompareExperiment;
import org.vetsim.io.output.Numbers;
import org.vetsim.io.scenario.ScenarioLoader;
import org.vetsim.scenario.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code vetsim compare}: paired comparison of scenarios over replications with common random numbers. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare scenarios over replications with common random numbers (replication r of every "
                + "scenario uses the same seed); the first scenario is the reference.",
            "Writes comparison.csv, runs.csv, timeseries_long.csv, one chart per metric, report.md and datapackage.json."})
public final class CompareCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "SCENARIO", description = "Two or more scenario files (YAML) or bundled scenario names; the first is the reference.")
    List<Path> scenarios = new ArrayList<>();

    @Mixin
    ExperimentOptions options;

    @Option(names = "--replications", paramLabel = "R", description = "Replications of each scenario (default: ${DEFAULT-VALUE}).")
    int replications = 10;

    @Option(names = "--at-years", split = ",", paramLabel = "Y1,Y2", description = "Output years at which to report the metrics as well (mean of each year's 12 months).")
    List<Integer> atYears = new ArrayList<>();

    @Option(names = "--gzip", description = "Compress timeseries_long.csv to timeseries_long.csv.gz.")
    boolean gzip;

    @Option(names = "--until-ci", paramLabel = "W", description = "Add replications in batches until every 95%% CI half-width at the end of the horizon (each scenario's mean and each difference) is at most W, in each metric's own units as comparison.csv holds them (a share from 0 to 1: 0.005 is half a percentage point).")
    Double untilCi;

    @Option(names = "--batch", paramLabel = "B", description = "Replications added per batch with --until-ci (default: --replications).")
    Integer batch;

    @Option(names = "--max-replications", paramLabel = "M", description = "Most replications with --until-ci (default: ${DEFAULT-VALUE}).")
    int maxReplications = 200;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (scenarios.size() < 2) {
            throw new CommandLine.ParameterException(spec.commandLine(), "compare needs two or more scenarios, the reference "
                    + "first (got only " + scenarios.get(0) + "); to see one scenario's results, use 'vetsim run "
                    + scenarios.get(0) + "'");
        }
        List<Scenario> loaded = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (Path file : scenarios) {
            Scenario scenario = options.withYears(ScenarioLoader.load(file, options.overrides));
            loaded.add(scenario);
            sources.add(file.toString());
        }
        long seed = options.masterSeed(loaded.get(0));
        ExperimentPlan plan = CompareExperiment.plan(loaded, sources,
                new CompareExperiment.Settings(replications, seed, options.metrics(), atYears, gzip));
        Path out = options.out("compare");
        PrintWriter err = spec.commandLine().getErr();
        CompareExperiment.Execution execution = new CompareExperiment.Execution(options.threads, options.shard(),
                options.resume, untilCi == null ? Double.NaN : untilCi, batch == null ? replications : batch,
                maxReplications, options.progress(err));
        loaded.forEach(scenario -> ExperimentOptions.warnAbout(scenario, err));
        CompareExperiment.Outcome outcome = CompareExperiment.run(out, loaded, plan, execution);
        PrintWriter stdout = spec.commandLine().getOut();
        if (!outcome.assembled()) {
            options.printShardDone(stdout, out);
            return 0;
        }
        if (untilCi != null) {
            boolean met = outcome.widestHalfWidth() <= untilCi;
            stdout.printf("%s: widest 95%% CI half-width %s after %d replications%n",
                    met ? "Target met" : "Target NOT met at --max-replications", Numbers.brief(outcome.widestHalfWidth()),
                    outcome.replications());
            if (!met) {
                err.println("vetsim: warning: --until-ci " + untilCi + " not reached; raise --max-replications");
            }
        }
        stdout.printf("Wrote %s: report.md, comparison.csv, runs.csv, %s, datapackage.json and %d charts (%d scenarios x %d replications)%n",
                out, TimeseriesCsv.file(plan), plan.metrics().size(), loaded.size(), outcome.replications());
        return 0;
    }
}
