package org.vetsim.experiment.optimise;

import java.util.Arrays;

/**
 * The result of one run of a candidate: its seed, whether it completed, and one value per outcome
 * column (the mean over the search's window).
 *
 * @param replication the replication, from 0
 * @param seed the seed the run used
 * @param ok whether the run completed
 * @param message why it failed (empty if it did not)
 * @param values one value per column, in the order of {@link Outcomes#columns()} (empty if failed)
 */
public record RunOutcome(int replication, long seed, boolean ok, String message, double[] values) {
    public RunOutcome {
        values = values.clone();
        message = message.replace('\n', ' ').replace('\r', ' ');
    }

    /** A failed run. */
    public static RunOutcome failed(int replication, long seed, String message) {
        return new RunOutcome(replication, seed, false, message, new double[0]);
    }

    /** The value of column {@code column}. */
    public double value(int column) {
        return values[column];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RunOutcome o && o.replication == replication && o.seed == seed && o.ok == ok
                && o.message.equals(message) && Arrays.equals(o.values, values);
    }

    @Override
    public int hashCode() {
        return 31 * Long.hashCode(seed) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "RunOutcome[" + replication + ", " + seed + ", " + (ok ? Arrays.toString(values) : message) + "]";
    }
}
