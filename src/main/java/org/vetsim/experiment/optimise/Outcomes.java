package org.vetsim.experiment.optimise;

import java.util.List;

/**
 * Where a search's numbers come from: runs of the base scenario and of any mix, one replication
 * with a given seed at a time, each reduced to one value per outcome column (the mean over the
 * search's window). The model is one source; tests use functions with a known optimum.
 */
public interface Outcomes extends MetricNames {
    /** The columns every run gives, in order. */
    List<String> columns();

    /** Runs of the base scenario. */
    Trial base();

    /** Runs of {@code mix}'s scenario. */
    Trial trial(Mix mix);

    /** Runs of one scenario; called from several threads at once. */
    @FunctionalInterface
    interface Trial {
        /** Runs replication {@code replication} with {@code seed}. */
        RunOutcome run(int replication, long seed);
    }
}
