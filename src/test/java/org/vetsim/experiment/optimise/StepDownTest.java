package org.vetsim.experiment.optimise;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A lever that costs what it is set to and must reach a target: after a search too short to find
 * the least amount that serves, the final check steps it down towards that amount, never below it.
 */
class StepDownTest {
    @TempDir
    Path tmp;

    @Test
    void aNumberLeverLargerThanTheTargetNeedsIsSteppedDownTowardsTheLeastThatServes() {
        FunctionSearch settings = FunctionSearch.oneLever(new FunctionOutcomes.Outcome("cost", x -> x[0], 0, 0),
                new FunctionOutcomes.Outcome("outcome", x -> x[0], 0, 0));
        settings.budget = 2;
        settings.finalists = 1;
        Question question = new Question(new Goal(new Objective("cost", false),
                List.of(Constraint.parse("outcome>=0.3", settings.outcomes))), null, 1);
        SearchResult search = settings.run(tmp.resolve("out"), question).answer().searches().get(0);
        double searched = search.proposals().stream().filter(p -> p.stage().equals(Proposal.SEARCH))
                .mapToDouble(p -> Double.parseDouble(p.mix().value(0))).filter(x -> x >= 0.3).min().orElse(1);
        double chosen = Double.parseDouble(search.chosen().mix().value(0));
        assumeTrue(searched > 0.4, "the short search must stop above the least that serves for the check to have work: " + searched);
        assertTrue(chosen >= 0.3, "never below the target: " + chosen);
        assertTrue(chosen <= 0.4, "within a quarter of the least that serves: " + chosen);
        assertEquals(Proposal.CHECK, search.proposals().stream()
                .filter(p -> p.mix().equals(search.chosen().mix())).findFirst().orElseThrow().stage());
    }
}
