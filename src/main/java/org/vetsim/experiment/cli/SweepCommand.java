package org.vetsim.experiment.cli;

import org.vetsim.experiment.ExperimentPlan;
import org.vetsim.experiment.ReformTimeline;
import org.vetsim.experiment.SweepSpec;
import org.vetsim.experiment.design.Design;
import org.vetsim.experiment.sweep.RelativeRanges;
import org.vetsim.experiment.sweep.SweepExperiment;
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

/** {@code vetsim sweep}: a base scenario run over a grid, Latin hypercube or Sobol design. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Run a base scenario at the points of a design over one or more varied keys.",
            "Writes design.csv (before running), results.csv, runs.csv, response charts, report.md, "
                + "datapackage.json and, for lhs and sobol designs, sensitivity.csv."})
public final class SweepCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "BASE", description = "Base scenario file (YAML) or bundled scenario name.")
    Path base;

    @Option(names = "--vary", required = true, paramLabel = "KEY=SPEC",
            description = "A varied key: key=from:to:step (levels), key=from:to (continuous; lhs and sobol only), key=-20%%:+20%% "
                    + "(continuous, around the base scenario's value) or key=a,b,c (repeatable).")
    List<String> vary = new ArrayList<>();

    @Option(names = "--design", paramLabel = "TYPE", description = "grid, lhs or sobol (default: ${DEFAULT-VALUE}).")
    String design = "grid";

    @Option(names = "--samples", paramLabel = "N", description = "Points of an lhs design; base samples of a sobol design (N x (keys + 2) points). Not for grid.")
    int samples;

    @Option(names = "--replications", paramLabel = "R", description = "Replications of each design point (default: ${DEFAULT-VALUE}).")
    int replications = 1;

    @Option(names = "--bootstrap", paramLabel = "B", description = "Bootstrap resamples for the sensitivity intervals (default: ${DEFAULT-VALUE}).")
    int bootstrap = SweepExperiment.DEFAULT_BOOTSTRAP;

    @Option(names = "--reform-year", paramLabel = "Y", description = "The varied keys take effect as a reform from the first "
            + "month of output year Y, added to the base's own reforms (default: from the start, like --set).")
    int reformYear;

    @Mixin
    ExperimentOptions options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<String> keys = vary.stream().map(v -> v.contains("=") ? v.substring(0, v.indexOf('=')).strip() : v).toList();
        options.requireNotVaried(keys);
        Scenario baseScenario = options.withYears(ScenarioLoader.load(base, options.overrides));
        long seed = options.masterSeed(baseScenario);
        SweepSpec sweep = SweepExperiment.spec(design, RelativeRanges.resolve(vary, baseScenario, design), samples, seed, bootstrap, reformYear);
        Design built = SweepExperiment.design(sweep);
        ReformTimeline timeline = reformYear > 0 ? new ReformTimeline(baseScenario) : null;
        if (reformYear > 0) {
            SweepExperiment.requireReformable(built, reformYear, baseScenario, point -> load(point, timeline));
        }
        List<Scenario> scenarios = SweepExperiment.scenarios(built, point -> load(point, timeline));
        ExperimentPlan plan = SweepExperiment.plan(sweep, scenarios, base.toString(), replications, seed, options.metrics());
        Path out = options.out("sweep");
        PrintWriter err = spec.commandLine().getErr();
        SweepExperiment.Execution execution = new SweepExperiment.Execution(options.threads, options.shard(), options.resume,
                options.progress(err));
        ExperimentOptions.warnAbout(baseScenario, err);
        List<String> labels = built.points().stream()
                .map(point -> "point " + point.index() + ", " + String.join(" ", point.overrides(built.factors()))).toList();
        ExperimentOptions.warnAboutVariants(baseScenario, labels, scenarios, "design points", err);
        if (reformYear > 0) {
            timeline.laterSettings(keys, "varied key").forEach(warning -> err.println("vetsim: warning: " + warning));
        }
        boolean assembled = SweepExperiment.run(out, scenarios, plan, execution);
        PrintWriter stdout = spec.commandLine().getOut();
        if (!assembled) {
            options.printShardDone(stdout, out);
            return 0;
        }
        stdout.printf("Wrote %s: report.md, design.csv, results.csv, runs.csv%s, datapackage.json and %d response charts (%d points x %d replications)%n",
                out, built.type().label().equals("grid") ? "" : ", sensitivity.csv",
                plan.metrics().size() * built.factors().size(), built.points().size(), replications);
        return 0;
    }

    /** The scenario of a design point: its values from the start, or as a reform from {@code --reform-year}. */
    private Scenario load(List<String> point, ReformTimeline timeline) {
        List<String> all = new ArrayList<>(options.overrides);
        if (reformYear > 0) {
            all.add(timeline.override(ReformTimeline.monthOfYear(reformYear), ReformTimeline.changes(point)));
        } else {
            all.addAll(point);
        }
        return options.withYears(ScenarioLoader.load(base, all));
    }
}
