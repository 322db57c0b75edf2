package org.vetsim.experiment.optimise;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        FunctionSearch settings = FunctionSearch.oneLever(
                new FunctionOutcomes.Outcome("cost", x -> (x[0] - 0.7) * (x[0] - 0.7), 0, 0));
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
