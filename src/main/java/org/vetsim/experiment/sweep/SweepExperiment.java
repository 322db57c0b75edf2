package org.vetsim.experiment.sweep;

import org.vetsim.experiment.Arm;
import org.vetsim.experiment.ExperimentException;
import org.vetsim.experiment.ExperimentFolder;
import org.vetsim.experiment.ExperimentPlan;
import org.vetsim.experiment.ReformTimeline;
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
import org.vetsim.io.scenario.ScenarioException;
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

    /**
     * The specification of a sweep; the design and bootstrap seeds are derived from {@code
     * masterSeed}; the varied keys take effect from the first month of output year {@code
     * reformYear} (0: from the start).
     */
    public static SweepSpec spec(String design, List<String> vary, int samples, long masterSeed, int bootstrap, int reformYear) {
        parseType(design);
        if (bootstrap < 10) {
            throw new ExperimentException("--bootstrap must be at least 10, got " + bootstrap);
        }
        if (reformYear < 0) {
            throw new ExperimentException("--reform-year must be an output year (1 or more), got " + reformYear);
        }
        return new SweepSpec(design.toLowerCase(Locale.ROOT), vary, samples, SeedSequence.derive(masterSeed, "design"),
                bootstrap, SeedSequence.derive(masterSeed, "bootstrap"), reformYear);
    }

    /**
     * Checks that the varied keys of {@code design} can take effect as a reform from output year
     * {@code reformYear} of {@code base}: the year falls in the run, and a reform may set every key
     * (built from the first design point by {@code loader}); an {@code ExperimentException} naming
     * the reason otherwise.
     */
    public static void requireReformable(Design design, int reformYear, Scenario base, Function<List<String>, Scenario> loader) {
        int years = base.simulation().years();
        if (reformYear > years) {
            throw new ExperimentException("--reform-year " + reformYear + " is after the last output year (" + years + ")");
        }
        List<String> first = design.points().get(0).overrides(design.factors());
        try {
            loader.apply(first);
        } catch (ScenarioException e) {
            throw ReformTimeline.notReformable("the varied keys", e);
        }
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
        checkRangeEnds(design, loader);
        List<Scenario> scenarios = new ArrayList<>();
        for (DesignPoint point : design.points()) {
            List<String> overrides = point.overrides(design.factors());
            try {
                scenarios.add(loader.apply(overrides));
            } catch (ExperimentException e) {
                throw e;
            } catch (RuntimeException e) {
                String message = java.util.Objects.requireNonNullElse(e.getMessage(), e.toString());
                for (String override : overrides) {
                    message = message.replace("in --set " + override + ":", "in --vary " + override + ":");
                }
                throw new ExperimentException("design point " + point.index() + " (" + String.join(" ", overrides)
                        + "): " + message, e);
            }
        }
        return scenarios;
    }

    /**
     * Refuses a continuous range (lhs, sobol) whose ends the key does not allow, whichever points
     * the design happened to draw: each end is loaded alone on the base (with its --set).
     */
    private static void checkRangeEnds(Design design, Function<List<String>, Scenario> loader) {
        for (Factor factor : design.factors()) {
            if (!factor.continuous()) {
                continue;
            }
            if (VariedKeys.wholeNumber(factor.key())) {
                throw new ExperimentException("--vary " + factor.spec() + ": '" + factor.key() + "' is a whole number and a "
                        + "continuous range draws decimals: give levels as from:to:step or as a list");
            }
            for (String end : List.of(factor.valueAt(0.0), Factor.plain(factor.to()))) {
                String override = factor.key() + "=" + end;
                try {
                    loader.apply(List.of(override));
                } catch (ExperimentException e) {
                    throw e;
                } catch (RuntimeException e) {
                    String message = java.util.Objects.requireNonNullElse(e.getMessage(), e.toString())
                            .replace("in --set " + override + ":", "").strip();
                    if (message.startsWith(factor.key() + ":")) {
                        message = message.substring(factor.key().length() + 1).strip();
                    }
                    throw new ExperimentException("--vary " + factor.spec() + ": the range's end " + end
                            + " is not allowed: " + message, e);
                }
            }
        }
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
