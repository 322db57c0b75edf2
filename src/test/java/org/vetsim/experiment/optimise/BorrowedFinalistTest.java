package org.vetsim.experiment.optimise;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The points of a trade-off curve share their finalists: a point with a looser bound names a
 * tighter point's finalist when it meets its bound and scores better; a finalist that breaks a
 * point's bound is never borrowed for it.
 */
class BorrowedFinalistTest {
    private static final List<String> COLUMNS = List.of("cost", "harm");
    private static final SearchSpace SPACE = new SearchSpace(List.of(
            new Lever("x", Lever.Kind.WHOLE, BigDecimal.ZERO, BigDecimal.ONE, 10, "x=0:9")), 0);
    private static final FunctionOutcomes NAMES = new FunctionOutcomes(new double[0], List.of(
            new FunctionOutcomes.Outcome("cost", x -> 0, 0, 0), new FunctionOutcomes.Outcome("harm", x -> 0, 0, 0)));

    /** A finalist of mix x with the same (cost, harm) on three replications. */
    private static Proposal finalist(Scorer scorer, int x, double cost, double harm) {
        List<RunOutcome> runs = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            runs.add(new RunOutcome(r, r, true, "", new double[] {cost, harm}));
        }
        Evaluation evaluation = new Evaluation(new Mix(SPACE, List.of(x)), runs);
        return new Proposal(x, Proposal.FINAL, -1, evaluation, scorer.score(evaluation));
    }

    /** The base: cost 10, harm 3 on every replication. */
    private static final Evaluation BASE = new Evaluation(new Mix(SPACE, List.of(0)), List.of(
            new RunOutcome(0, 0, true, "", new double[] {10, 3}), new RunOutcome(1, 1, true, "", new double[] {10, 3}),
            new RunOutcome(2, 2, true, "", new double[] {10, 3})));

    private static Scorer costWithHarmAtMost(String bound) {
        return new Scorer(new Goal(new Objective("cost", false), List.of(Constraint.parse("harm<=" + bound, NAMES))),
                COLUMNS, BASE);
    }

    @Test
    void aLooserPointNamesATighterPointsCheaperFinalist() {
        Scorer loose = costWithHarmAtMost("2");
        Scorer tight = costWithHarmAtMost("1");
        SearchResult looseSearch = new SearchResult(3, "loose", loose, List.of(),
                List.of(finalist(loose, 1, 3.5, 1.8), finalist(loose, 2, 6.0, 0.5)));
        SearchResult tightSearch = new SearchResult(4, "tight", tight, List.of(),
                List.of(finalist(tight, 3, 4.0, 0.9), finalist(tight, 4, 3.0, 1.5)));
        List<SearchResult> both = List.of(looseSearch, tightSearch);

        SearchResult pooledLoose = looseSearch.borrowing(both);
        assertEquals(List.of(4), pooledLoose.chosen().mix().levels(),
                "mix 4 (cost 3, harm 1.5) broke the tight bound but meets the loose one and is the cheapest");
        assertTrue(pooledLoose.chosenBorrowed() && pooledLoose.feasible());
        assertEquals(2, pooledLoose.borrowed().size());
        assertTrue(OptimiseReport.borrowedNote(both, pooledLoose).contains("search 4"));

        SearchResult pooledTight = tightSearch.borrowing(both);
        assertEquals(List.of(3), pooledTight.chosen().mix().levels(),
                "mix 1 (cost 3.5) is cheaper but breaks the tight bound (harm 1.8): it is not borrowed, scored for this point");
        assertFalse(pooledTight.chosenBorrowed());
        assertEquals(List.of(2), pooledTight.borrowed().stream().map(p -> p.mix().levels().get(0)).toList(),
                "only the loose point's finalist that meets the tight bound is borrowed");
    }

    @Test
    void aFinalistThatBreaksThisPointsBoundIsNeverBorrowedEvenWhenNoneOfItsOwnMeetsIt() {
        Scorer tight = costWithHarmAtMost("1");
        Scorer loose = costWithHarmAtMost("2");
        SearchResult tightSearch = new SearchResult(4, "tight", tight, List.of(), List.of(finalist(tight, 1, 4.0, 1.9)));
        SearchResult looseSearch = new SearchResult(3, "loose", loose, List.of(), List.of(finalist(loose, 2, 3.0, 1.2)));
        SearchResult pooled = tightSearch.borrowing(List.of(looseSearch, tightSearch));
        assertTrue(pooled.borrowed().isEmpty(), "harm 1.2 breaks the bound of 1");
        assertFalse(pooled.feasible());
        assertEquals(List.of(1), pooled.chosen().mix().levels(), "the point keeps its own closest finalist");
    }

    @Test
    void aSingleSearchBorrowsNothing() {
        Scorer scorer = costWithHarmAtMost("2");
        SearchResult alone = new SearchResult(1, "alone", scorer, List.of(), List.of(finalist(scorer, 1, 5.0, 1.0)));
        SearchResult pooled = alone.borrowing(List.of(alone));
        assertTrue(pooled.borrowed().isEmpty());
        assertEquals(alone.chosen(), pooled.chosen());
    }
}
