package org.vetsim.experiment.optimise;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The feasibility rule, and bounds relative to the base read replication by replication. */
class ScorerTest {
    private static final List<String> COLUMNS = List.of("cost", "harm");
    private static final SearchSpace SPACE = new SearchSpace(List.of(
            new Lever("x", Lever.Kind.WHOLE, BigDecimal.ZERO, BigDecimal.ONE, 10, "x=0:9")), 0);

    /** Runs with the given (cost, harm) per replication. */
    private static Evaluation evaluation(double[]... runs) {
        List<RunOutcome> outcomes = new ArrayList<>();
        for (int r = 0; r < runs.length; r++) {
            outcomes.add(new RunOutcome(r, r, true, "", runs[r]));
        }
        return new Evaluation(new Mix(SPACE, List.of(0)), outcomes);
    }

    private static Scorer scorer(String constraint, Evaluation base) {
        return new Scorer(new Goal(new Objective("cost", false),
                List.of(Constraint.parse(constraint, new FunctionOutcomes(new double[0], List.of(
                        new FunctionOutcomes.Outcome("cost", x -> 0, 0, 0), new FunctionOutcomes.Outcome("harm", x -> 0, 0, 0)))))),
                COLUMNS, base);
    }

    @Test
    void feasibleBeatsInfeasibleWhichBeatsFailed() {
        Scorer scorer = scorer("harm<=1", evaluation(new double[] {5, 2}, new double[] {5, 2}));
        Score cheap = scorer.score(evaluation(new double[] {1, 1}, new double[] {1, 1}));
        Score dear = scorer.score(evaluation(new double[] {100, 0.5}, new double[] {100, 0.5}));
        Score near = scorer.score(evaluation(new double[] {0, 1.1}, new double[] {0, 1.1}));
        Score far = scorer.score(evaluation(new double[] {0, 3}, new double[] {0, 3}));
        Score failed = scorer.score(new Evaluation(null, List.of(RunOutcome.failed(0, 0, "boom"))));
        assertTrue(cheap.feasible() && dear.feasible() && !near.feasible() && failed.failed());
        assertTrue(cheap.value() < dear.value() && dear.value() < near.value() && near.value() < far.value()
                && far.value() < failed.value());
        assertTrue(dear.value() < 1 && near.value() > 1, "feasible values below 1, infeasible ones above");
        assertEquals(0.05, near.shortfall(), 1e-12, "the shortfall divided by the base's value 2");
        assertEquals(0, cheap.slack(), 1e-12, "harm 1 meets the bound exactly");
        assertEquals(0.25, dear.slack(), 1e-12, "harm 0.5 meets the bound by 0.5, a quarter of the base's 2");
    }

    @Test
    void aBoundRelativeToTheBaseUsesTheBaseOverTheSameReplications() {
        Evaluation base = evaluation(new double[] {0, 1}, new double[] {0, 3}, new double[] {0, 100});
        Scorer scorer = scorer("harm<=base-0.5", base);
        assertEquals(1.5, scorer.threshold(0, 2), 1e-12, "mean of the base's first two replications, minus 0.5");
        assertTrue(scorer.score(evaluation(new double[] {0, 1.5}, new double[] {0, 1.5})).feasible());
        assertFalse(scorer.score(evaluation(new double[] {0, 1.6}, new double[] {0, 1.5})).feasible());
    }
}
