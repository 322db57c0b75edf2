package org.vetsim.experiment.compare;

import org.vetsim.experiment.Arm;
import org.vetsim.experiment.ExperimentException;
import org.vetsim.experiment.ExperimentFolder;
import org.vetsim.experiment.ExperimentPlan;
import org.vetsim.experiment.ReplicationRunner;
import org.vetsim.experiment.RunExecutor;
import org.vetsim.experiment.RunProgress;
import org.vetsim.experiment.ScenarioHash;
import org.vetsim.experiment.Shard;
import org.vetsim.metrics.Metric;
import org.vetsim.scenario.Scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs a comparison of scenarios: plans it, runs the missing runs (all, or one shard's),
 * optionally adds replications in batches until the confidence intervals are narrow enough,
 * and assembles the outputs.
 */
public final class CompareExperiment {
    private CompareExperiment() {
    }

    /**
     * What to compare and report.
     *
     * @param replications replications of each scenario (at least 2)
     * @param masterSeed seed the replication seeds are derived from
     * @param metrics metrics analysed, charted and reported
     * @param atYears output years at which to report the metrics too
     * @param gzip whether to compress {@code timeseries.csv}
     */
    public record Settings(int replications, long masterSeed, List<Metric> metrics, List<Integer> atYears, boolean gzip) {
    }

    /**
     * How to run it.
     *
     * @param threads runs at once
     * @param shard the slice of runs to do here ({@link Shard#WHOLE} for all)
     * @param resume whether to continue an interrupted experiment in the same folder
     * @param untilCi target half-width of the 95% intervals at the end of the horizon (NaN: none)
     * @param batch replications added per batch while the target is not met
     * @param maxReplications most replications while pursuing the target
     * @param progress where progress goes
     */
    public record Execution(int threads, Shard shard, boolean resume, double untilCi, int batch, int maxReplications,
                            RunProgress progress) {
        public Execution {
            ReplicationRunner.checkThreads(threads);
        }
    }

    /**
     * The result.
     *
     * @param folder the output folder
     * @param assembled whether the outputs were written (false for a shard: merge them later)
     * @param replications replications in the end
     * @param widestHalfWidth widest 95% half-width at the end of the horizon (NaN unless assembled)
     * @param rows the statistics (empty unless assembled)
     */
    public record Outcome(Path folder, boolean assembled, int replications, double widestHalfWidth, List<ComparisonRow> rows) {
    }

    /** The plan of a comparison of {@code scenarios}, loaded from {@code sources}; the first is the reference. */
    public static ExperimentPlan plan(List<Scenario> scenarios, List<String> sources, Settings settings) {
        if (scenarios.size() < 2) {
            throw new ExperimentException("compare needs at least two scenarios; the first is the reference");
        }
        if (settings.replications() < 2) {
            throw new ExperimentException("--replications must be at least 2 for confidence intervals, got " + settings.replications());
        }
        Set<String> names = new HashSet<>();
        List<Arm> arms = new ArrayList<>();
        int months = scenarios.get(0).simulation().outputMonths();
        for (int i = 0; i < scenarios.size(); i++) {
            Scenario s = scenarios.get(i);
            if (!names.add(s.name())) {
                throw new ExperimentException("two scenarios are both named '" + s.name() + "' (a comparison tells its "
                        + "scenarios apart by name); give each its own 'name:' in its file, or, to compare a scenario "
                        + "with a variant of itself, write a file that starts 'extends: " + s.name() + ".yaml' with a new "
                        + "'name:', or vary the key with 'vetsim sweep'");
            }
            if (s.simulation().outputMonths() != months) {
                throw new ExperimentException("the scenarios run for different numbers of years; set one with --years");
            }
            arms.add(new Arm(s.name(), s.description(), sources.get(i), ScenarioHash.of(s), List.of()));
        }
        for (int year : settings.atYears()) {
            if (year < 1 || 12 * year > months) {
                throw new ExperimentException("--at-years " + year + " lies outside the " + months / 12 + " output years");
            }
        }
        List<String> all = Arrays.stream(Metric.values()).map(Metric::column).toList();
        List<String> analysed = settings.metrics().stream().map(Metric::column).toList();
        return ExperimentPlan.of("compare", arms, settings.replications(), settings.masterSeed(), months, all, analysed,
                settings.atYears(), settings.gzip(), null);
    }

    /** Runs the comparison in {@code out}. */
    public static Outcome run(Path out, List<Scenario> scenarios, ExperimentPlan plan, Execution execution) {
        check(plan, execution);
        ExperimentFolder folder = ExperimentFolder.prepare(out, plan, execution.resume() || !execution.shard().whole());
        RunExecutor executor = new RunExecutor(folder, scenarios::get, execution.threads(), execution.progress());
        int from = 0;
        while (true) {
            executor.execute(from, execution.shard());
            if (!execution.shard().whole()) {
                return new Outcome(out, false, folder.plan().replications(), Double.NaN, List.of());
            }
            if (Double.isNaN(execution.untilCi())) {
                break;
            }
            double widest = ComparisonTable.widestEndHalfWidth(ComparisonTable.compute(ComparisonData.load(folder, r -> { })));
            int reps = folder.plan().replications();
            if (widest <= execution.untilCi() || reps >= execution.maxReplications()) {
                break;
            }
            from = reps;
            folder.savePlan(folder.plan().withReplications(Math.min(execution.maxReplications(), reps + execution.batch())));
        }
        List<ComparisonRow> rows = CompareAssembler.assemble(folder);
        return new Outcome(out, true, folder.plan().replications(), ComparisonTable.widestEndHalfWidth(rows), rows);
    }

    private static void check(ExperimentPlan plan, Execution execution) {
        if (Double.isNaN(execution.untilCi())) {
            return;
        }
        if (!(execution.untilCi() > 0)) {
            throw new ExperimentException("--until-ci must be a positive half-width, got " + execution.untilCi());
        }
        if (!execution.shard().whole()) {
            throw new ExperimentException("--until-ci cannot be combined with --shard: shards need a fixed number of replications");
        }
        if (execution.batch() < 1) {
            throw new ExperimentException("--batch must be at least 1, got " + execution.batch());
        }
        if (execution.maxReplications() < plan.replications()) {
            throw new ExperimentException("--max-replications (" + execution.maxReplications()
                    + ") must be at least --replications (" + plan.replications() + ")");
        }
    }
}
