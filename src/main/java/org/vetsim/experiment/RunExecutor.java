package org.vetsim.experiment;

import org.vetsim.metrics.Metric;
import org.vetsim.scenario.Scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;

/**
 * Runs the missing runs of an experiment: those of a range of replications, held by a shard,
 * with no record yet. Each run's record is committed as soon as it finishes, so an interrupted
 * experiment loses at most the runs in progress.
 */
public final class RunExecutor {
    private final ExperimentFolder folder;
    private final IntFunction<Scenario> scenarios;
    private final int threads;
    private final RunProgress progress;

    /**
     * @param folder where the records go
     * @param scenarios the scenario of each arm (called from worker threads)
     * @param threads how many runs at once
     * @param progress where progress goes
     */
    public RunExecutor(ExperimentFolder folder, IntFunction<Scenario> scenarios, int threads, RunProgress progress) {
        this.folder = folder;
        this.scenarios = scenarios;
        this.threads = threads;
        this.progress = progress;
    }

    /**
     * Runs the runs of replications {@code from} up to the plan's replications that {@code shard}
     * holds and that have no record; returns how many were run.
     */
    public int execute(int from, Shard shard) {
        ExperimentPlan plan = folder.plan();
        RunStore store = folder.runs();
        List<Metric> recorded = plan.recorded().stream().map(ExperimentMetrics::byColumn).toList();
        List<Callable<RunRecord>> tasks = new ArrayList<>();
        int done = 0;
        for (int r = from; r < plan.replications(); r++) {
            for (int arm = 0; arm < plan.arms().size(); arm++) {
                if (!shard.holds(plan.position(arm, r))) {
                    continue;
                }
                if (store.has(arm, r)) {
                    done++;
                    continue;
                }
                int a = arm;
                int rep = r;
                long seed = plan.seed(r);
                tasks.add(() -> {
                    RunRecord record = ModelRun.run(scenarios.apply(a), a, rep, seed, recorded, List.of());
                    store.commit(record);
                    return record;
                });
            }
        }
        new ReplicationRunner(threads, progress).run(tasks, done, done + tasks.size());
        return tasks.size();
    }
}
