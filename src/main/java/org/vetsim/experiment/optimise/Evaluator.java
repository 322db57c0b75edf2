package org.vetsim.experiment.optimise;

import org.vetsim.experiment.ExperimentException;
import org.vetsim.experiment.ReplicationRunner;
import org.vetsim.experiment.RunProgress;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Evaluates candidates: runs the replications of a candidate that have no record yet, on
 * several threads, records them together, and returns all of them in replication order.
 * Replication r of every candidate and of the base runs with the same seed, so candidates are
 * compared on the same cohorts and shocks; the result does not depend on the number of threads.
 */
final class Evaluator {
    private final Outcomes outcomes;
    private final EvaluationStore store;
    private final long[] seeds;
    private final ReplicationRunner runner;

    /**
     * @param outcomes where runs come from
     * @param store the runs already done, and where new ones go
     * @param seeds the seed of each replication; their number is the most any candidate gets
     * @param threads runs at once
     */
    Evaluator(Outcomes outcomes, EvaluationStore store, long[] seeds, int threads) {
        this.outcomes = outcomes;
        this.store = store;
        this.seeds = seeds.clone();
        this.runner = new ReplicationRunner(threads, RunProgress.NONE);
    }

    /** The base over its first {@code replications} replications. */
    Evaluation base(int replications) {
        return evaluate(null, replications);
    }

    /** {@code mix} (null: the base) over its first {@code replications} replications. */
    Evaluation evaluate(Mix mix, int replications) {
        RunOutcome[] runs = new RunOutcome[replications];
        List<Integer> missing = new ArrayList<>();
        for (int r = 0; r < replications; r++) {
            runs[r] = store.read(mix, r);
            if (runs[r] == null) {
                missing.add(r);
            } else if (runs[r].seed() != seeds[r]) {
                throw new ExperimentException("a recorded run of replication " + r + " has seed " + runs[r].seed()
                        + " but this search gives it " + seeds[r] + "; the records belong to another search");
            }
        }
        if (!missing.isEmpty()) {
            Outcomes.Trial trial = mix == null ? outcomes.base() : outcomes.trial(mix);
            List<Callable<RunOutcome>> tasks = new ArrayList<>();
            for (int r : missing) {
                tasks.add(() -> trial.run(r, seeds[r]));
            }
            List<RunOutcome> done = runner.run(tasks);
            store.commit(mix, done);
            for (int i = 0; i < missing.size(); i++) {
                runs[missing.get(i)] = done.get(i);
            }
        }
        return new Evaluation(mix, List.of(runs));
    }
}
