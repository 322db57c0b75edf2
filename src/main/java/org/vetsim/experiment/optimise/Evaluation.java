package org.vetsim.experiment.optimise;

import org.vetsim.experiment.stats.Summary;
import org.vetsim.metrics.DefinedMean;

import java.util.Arrays;
import java.util.List;

/**
 * A candidate, or the base, run over its first n replications (the same seeds for every
 * candidate: common random numbers).
 *
 * @param mix the candidate, null for the base
 * @param runs one run per replication, in replication order
 */
public record Evaluation(Mix mix, List<RunOutcome> runs) {
    public Evaluation {
        runs = List.copyOf(runs);
    }

    /** Number of replications. */
    public int replications() {
        return runs.size();
    }

    /** Whether some run failed. */
    public boolean failed() {
        return runs.stream().anyMatch(run -> !run.ok());
    }

    /** Why the first failed run failed (empty if none did). */
    public String failure() {
        return runs.stream().filter(run -> !run.ok()).map(RunOutcome::message).findFirst().orElse("");
    }

    /** The values of column {@code column}, one per replication (only for an evaluation without failures). */
    public double[] values(int column) {
        return runs.stream().mapToDouble(run -> run.value(column)).toArray();
    }

    /** The values of column {@code column} in the first {@code n} replications. */
    public double[] values(int column, int n) {
        return runs.subList(0, n).stream().mapToDouble(run -> run.value(column)).toArray();
    }

    /** Mean and 95% interval of column {@code column} over the replications where it is defined. */
    public Summary summary(int column) {
        return summary(column, runs.size());
    }

    /** Mean and 95% interval of column {@code column} over the first {@code n} replications, where it is defined. */
    public Summary summary(int column, int n) {
        return Summary.of(Arrays.stream(values(column, n)).filter(v -> !Double.isNaN(v)).toArray());
    }

    /** Mean of column {@code column} over the replications where it is defined (NaN if in none). */
    public double mean(int column) {
        return DefinedMean.of(values(column));
    }
}
