package org.vetsim.experiment.optimise;

/**
 * What the user asks: the best mix for one goal, or the trade-off curve between the goal's
 * objective and a second metric, traced with {@code points} searches.
 *
 * @param goal the objective (the first metric of a trade-off) and the constraints every search keeps
 * @param second the second metric of a trade-off curve, null for a single search
 * @param points searches along the curve (at least 2; unused for a single search)
 */
public record Question(Goal goal, Objective second, int points) {
    /** Whether this asks for a trade-off curve. */
    public boolean tradeoff() {
        return second != null;
    }
}
