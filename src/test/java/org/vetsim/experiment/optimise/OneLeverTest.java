package org.vetsim.experiment.optimise;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One lever: CMA-ES in one dimension, restarted with a larger population when it converges early. */
class OneLeverTest {
    @TempDir
    Path tmp;

    @Test
    void findsTheMinimumOfOneLeverAndRestartsWhenItConverges() {
        FunctionSearch settings = FunctionSearch.defaults();
        settings.space = new SearchSpace(List.of(
                new Lever("x", Lever.Kind.NUMBER, BigDecimal.ZERO, new BigDecimal("0.01"), 101, "x=0:1:0.01")), 0);
        settings.outcomes = new FunctionOutcomes(new double[] {0}, List.of(
                new FunctionOutcomes.Outcome("cost", x -> (x[0] - 0.7) * (x[0] - 0.7), 0, 0)));
        settings.budget = 150;
        Question question = new Question(new Goal(new Objective("cost", false), List.of()), null, 1);
        SearchResult search = settings.run(tmp.resolve("out"), question).answer().searches().get(0);
        assertEquals("0.7", search.chosen().mix().value(0));
        assertEquals(150, search.proposals().stream().filter(p -> p.stage().equals(Proposal.SEARCH)).count(),
                "exactly the budget");
        int restarts = search.proposals().stream().mapToInt(Proposal::restart).max().orElseThrow();
        assertTrue(restarts >= 1, "CMA-ES converged on the grid and was restarted: " + restarts);
    }
}
