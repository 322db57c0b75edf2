package org.vetsim.experiment.sweep;

import org.vetsim.experiment.Arm;
import org.vetsim.experiment.ExperimentException;
import org.vetsim.experiment.ExperimentFolder;
import org.vetsim.experiment.ExperimentPlan;
import org.vetsim.experiment.ReplicationRunner;
import org.vetsim.experiment.RunExecutor;
import org.vetsim.experiment.RunProgress;
import org.vetsim.experiment.ScenarioHash;
import org.vetsim.experiment.SeedSequence;
import org.vetsim.experiment.Shard;
import org.vetsim.experiment.SweepSpec;
import org.vetsim.experiment.design.Design;
import org.vetsim.experiment.design.DesignPoint;
import org.vetsim.experiment.design.DesignType;
import org.vetsim.experiment.design.Factor;
import org.vetsim.io.output.AtomicFiles;
import org.vetsim.metrics.Metric;
import org.vetsim.scenario.Scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Runs a parameter sweep: builds the design, a scenario per design point, the plan, writes
 * {@code design.csv} before any run, runs the missing runs (all, or one shard's) and assembles
 * the outputs.
 */
public final class SweepExperiment {
    /** Default number of bootstrap resamples for the sensitivity intervals. */
    public static final int DEFAULT_BOOTSTRAP = 1000;

    private SweepExperiment() {
    }

    /**
     * How to run it.
     *
     * @param threads runs at once
     * @param shard the slice of runs to do here ({@link Shard#WHOLE} for all)
     * @param resume whether to continue an interrupted sweep in the same folder
     * @param progress where progress goes
     */
    public record Execution(int threads, Shard shard, boolean resume, RunProgress progress) {
        public Execution {
            ReplicationRunner.checkThreads(threads);
        }
    }

    /** The specification of a sweep; the design and bootstrap seeds are derived from {@code masterSeed}. */
    public static SweepSpec spec(String design, List<String> vary, int samples, long masterSeed, int bootstrap) {
        parseType(design);
        if (bootstrap < 10) {
            throw new ExperimentException("--bootstrap must be at least 10, got " + bootstrap);
        }
        return new SweepSpec(design.toLowerCase(Locale.ROOT), vary, samples, SeedSequence.derive(masterSeed, "design"),
                bootstrap, SeedSequence.derive(masterSeed, "bootstrap"));
    }

    /** The design a specification describes (the same every time). */
    public static Design design(SweepSpec spec) {
        List<Factor> factors = spec.vary().stream().map(Factor::parse).toList();
        return Design.build(parseType(spec.design()), factors, spec.samples(), spec.designSeed());
    }

    /**
     * The scenario of every design point: {@code loader} turns a point's {@code key=value}
     * overrides into a scenario (e.g. the base file loaded with them on top of {@code --set}).
     */
    public static List<Scenario> scenarios(Design design, Function<List<String>, Scenario> loader) {
        List<Scenario> scenarios = new ArrayList<>();
        for (DesignPoint point : design.points()) {
            List<String> overrides = point.overrides(design.factors());
            try {
                scenarios.add(loader.apply(overrides));
            } catch (ExperimentException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new ExperimentException("design point " + point.index() + " (" + String.join(" ", overrides)
                        + "): " + e.getMessage(), e);
            }
        }
        return scenarios;
    }

    /** The plan of a sweep of {@code scenarios}, one per point of the spec's design. */
    public static ExperimentPlan plan(SweepSpec spec, List<Scenario> scenarios, String source, int replications,
                                      long masterSeed, List<Metric> metrics) {
        if (replications < 1) {
            throw new ExperimentException("--replications must be at least 1, got " + replications);
        }
        Design design = design(spec);
        int months = scenarios.get(0).simulation().outputMonths();
        List<Arm> arms = new ArrayList<>();
        for (DesignPoint point : design.points()) {
            Scenario scenario = scenarios.get(point.index());
            if (scenario.simulation().outputMonths() != months) {
                throw new ExperimentException("the design varies the run length; set simulation.years with --years or --set instead");
            }
            List<String> overrides = point.overrides(design.factors());
            arms.add(new Arm(Integer.toString(point.index()), String.join(" ", overrides), source,
                    ScenarioHash.of(scenario), overrides));
        }
        List<String> columns = metrics.stream().map(Metric::column).toList();
        return ExperimentPlan.of("sweep", arms, replications, masterSeed, months, columns, columns, List.of(), false, spec);
    }

    /** Runs the sweep in {@code out}; returns whether the outputs were assembled (false for a shard). */
    public static boolean run(Path out, List<Scenario> scenarios, ExperimentPlan plan, Execution execution) {
        ExperimentFolder folder = ExperimentFolder.prepare(out, plan, execution.resume() || !execution.shard().whole());
        Design design = design(plan.sweep());
        try {
            AtomicFiles.write(folder.file(SweepFiles.DESIGN), stream -> SweepFiles.writeDesign(stream, design));
            SweepFiles.dataPackage(plan, design).writeTo(folder.root());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + folder.file(SweepFiles.DESIGN), e);
        }
        new RunExecutor(folder, scenarios::get, execution.threads(), execution.progress()).execute(0, execution.shard());
        if (!execution.shard().whole()) {
            return false;
        }
        SweepAssembler.assemble(folder);
        return true;
    }

    private static DesignType parseType(String text) {
        for (DesignType type : DesignType.values()) {
            if (type.label().equalsIgnoreCase(text)) {
                return type;
            }
        }
        throw new ExperimentException("--design must be grid, lhs or sobol, got '" + text + "'");
    }
}
