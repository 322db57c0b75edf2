package org.vetsim.experiment.optimise;

import java.util.List;

/**
 * The outcome of one search: every candidate asked for, in order, and the best ones run again
 * with more replications, best first.
 *
 * @param index the search's number (1 for a single search; the points of a trade-off curve in turn)
 * @param title what the search looked for, in words
 * @param scorer how candidates were scored (with the goal)
 * @param proposals every candidate of the search and the level check, in order
 * @param finalists the best distinct candidates run again, ranked by their new scores
 */
public record SearchResult(int index, String title, Scorer scorer, List<Proposal> proposals, List<Proposal> finalists) {
    public SearchResult {
        proposals = List.copyOf(proposals);
        finalists = List.copyOf(finalists);
    }

    /** The goal of the search. */
    public Goal goal() {
        return scorer.goal();
    }

    /** The candidate named best: the first finalist. */
    public Proposal chosen() {
        return finalists.get(0);
    }

    /** Whether the chosen candidate meets every constraint. */
    public boolean feasible() {
        return chosen().score().feasible();
    }
}
