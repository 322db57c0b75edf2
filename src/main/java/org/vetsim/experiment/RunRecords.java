package org.vetsim.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Reading all run records of an experiment, in output order: arm by arm, replication by replication. */
public final class RunRecords {
    private RunRecords() {
    }

    /** The runs of the plan with no record yet, as {arm, replication} pairs in output order. */
    public static List<int[]> missing(ExperimentFolder folder) {
        ExperimentPlan plan = folder.plan();
        RunStore store = folder.runs();
        List<int[]> missing = new ArrayList<>();
        for (int arm = 0; arm < plan.arms().size(); arm++) {
            for (int r = 0; r < plan.replications(); r++) {
                if (!store.has(arm, r)) {
                    missing.add(new int[] {arm, r});
                }
            }
        }
        return missing;
    }

    /** Whether the folder holds a record of a run that {@code shard} does not hold (another shard wrote it here). */
    public static boolean othersPresent(ExperimentFolder folder, Shard shard) {
        ExperimentPlan plan = folder.plan();
        RunStore store = folder.runs();
        for (int r = 0; r < plan.replications(); r++) {
            for (int arm = 0; arm < plan.arms().size(); arm++) {
                if (!shard.holds(plan.position(arm, r)) && store.has(arm, r)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Fails with a clear message unless every run of the plan has a record. */
    public static void requireComplete(ExperimentFolder folder) {
        List<int[]> missing = missing(folder);
        if (!missing.isEmpty()) {
            ExperimentPlan plan = folder.plan();
            int[] first = missing.get(0);
            int total = plan.arms().size() * plan.replications();
            throw new ExperimentException(folder.root() + " lacks " + missing.size() + " of " + total
                    + " runs (the first: " + plan.arms().get(first[0]).label() + ", replication " + first[1]
                    + "); finish them with --resume (or the missing --shard slices) before assembling the outputs");
        }
    }

    /** Reads every record in output order and hands it to {@code consumer}. */
    public static void forEach(ExperimentFolder folder, Consumer<RunRecord> consumer) {
        ExperimentPlan plan = folder.plan();
        RunStore store = folder.runs();
        for (int arm = 0; arm < plan.arms().size(); arm++) {
            for (int r = 0; r < plan.replications(); r++) {
                RunRecord record = store.read(arm, r);
                if (record.seed() != plan.seed(r)) {
                    throw new ExperimentException("run record " + store.file(arm, r) + " has seed " + record.seed()
                            + " but the plan says " + plan.seed(r) + "; it belongs to another experiment");
                }
                consumer.accept(record);
            }
        }
    }
}
