package org.vetsim.experiment.optimise;

import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of one search: every candidate asked for, in order, and the best ones run again
 * with more replications, together with the steps down from the best of them, best first.
 *
 * @param index the search's number (1 for a single search; the points of a trade-off curve in turn)
 * @param title what the search looked for, in words
 * @param scorer how candidates were scored (with the goal)
 * @param proposals every candidate of the search and the level check, in order
 * @param finalists the best distinct candidates run again and the mixes the final step-down ran from
 *                  the best of them, with the same replications, ranked by their scores
 * @param borrowed finalists of the other points of a trade-off curve that meet this search's
 *                 constraints, scored for its goal on the same runs (none for a single search)
 */
public record SearchResult(int index, String title, Scorer scorer, List<Proposal> proposals, List<Proposal> finalists,
                           List<Proposal> borrowed) {
    public SearchResult {
        proposals = List.copyOf(proposals);
        finalists = List.copyOf(finalists);
        borrowed = List.copyOf(borrowed);
    }

    /** A search's own result, before any finalist is borrowed from another. */
    public SearchResult(int index, String title, Scorer scorer, List<Proposal> proposals, List<Proposal> finalists) {
        this(index, title, scorer, proposals, finalists, List.of());
    }

    /**
     * This search with the finalists of {@code others} that meet its constraints, scored for its
     * goal: one that scores better than its own best is named instead, so that a looser bound
     * never ends with a worse mix than a tighter one found. A finalist that breaks this point's
     * constraints is never borrowed, even when none of its own meets them.
     */
    SearchResult borrowing(List<SearchResult> others) {
        List<Proposal> scored = new ArrayList<>();
        for (SearchResult other : others) {
            if (other == this) {
                continue;
            }
            for (Proposal p : other.finalists) {
                Score score = scorer.score(p.evaluation());
                if (score.feasible() && finalists.stream().noneMatch(own -> own.mix().equals(p.mix()))
                        && scored.stream().noneMatch(b -> b.mix().equals(p.mix()))) {
                    scored.add(new Proposal(p.number(), Proposal.BORROWED, -1, p.evaluation(), score));
                }
            }
        }
        return new SearchResult(index, title, scorer, proposals, finalists, scored);
    }

    /** The goal of the search. */
    public Goal goal() {
        return scorer.goal();
    }

    /** The candidate named best: the first finalist, unless a borrowed one ranks higher. */
    public Proposal chosen() {
        Proposal best = finalists.get(0);
        for (Proposal p : borrowed) {
            best = ConstrainedSearch.RANKING.compare(p, best) < 0 ? p : best;
        }
        return best;
    }

    /** Whether the candidate named best is a finalist of another point of the curve. */
    public boolean chosenBorrowed() {
        return chosen().stage().equals(Proposal.BORROWED);
    }

    /** Whether the chosen candidate meets every constraint. */
    public boolean feasible() {
        return chosen().score().feasible();
    }
}
