package org.vetsim.experiment.optimise;

import java.util.List;

/**
 * The answer to a {@link Question}.
 *
 * @param base the base scenario's evaluation (final replications)
 * @param searches every search, in the order run
 * @param front the points of a trade-off curve, one per search (empty for a single search)
 */
public record Answer(Evaluation base, List<SearchResult> searches, List<FrontPoint> front) {
    public Answer {
        searches = List.copyOf(searches);
        front = List.copyOf(front);
    }
}
