package org.vetsim.experiment.optimise;

/**
 * One point of a trade-off curve: the best mix of one search, with the means of the two metrics
 * over its final replications.
 *
 * @param search the search that found it
 * @param first mean of the first metric
 * @param second mean of the second metric
 * @param feasible whether it meets the search's constraints
 * @param dominated whether another feasible point is at least as good in both metrics and better in one
 */
public record FrontPoint(SearchResult search, double first, double second, boolean feasible, boolean dominated) {
    /** The mix. */
    public Mix mix() {
        return search.chosen().mix();
    }
}
