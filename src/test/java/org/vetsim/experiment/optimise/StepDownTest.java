package org.vetsim.experiment.optimise;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A lever that costs what it is set to and must reach a target: after a search too short to find
 * the least amount that serves, the final check steps it down towards that amount, never below it,
 * and the mix named has been stepped down on the replications that decide it.
 */
class StepDownTest {
    private static final int SEARCH_REPLICATIONS = 4;
    private static final int FINAL_REPLICATIONS = 16;

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

    /**
     * The first replications are lucky: the outcome is x plus 0.375 on each of the 4 replications
     * of the search and less 0.125 on each of the other 12 of the final 16 (exactly x on their
     * mean), so the search sees the target met from x = 0.17 and the final replications from
     * x = 0.55. The short search runs 0.5 and 1; its check steps 0.5 down to 0.25 and 0.18, which,
     * like 0.5, miss the target when run again, and the mix named comes from the next batch of
     * finalists: it too must be stepped down, on the final replications.
     */
    @Test
    void theMixNamedWhenTheSteppedDownBestFailsOnTheFinalReplicationsIsSteppedDownOnThem() {
        FunctionSearch settings = FunctionSearch.oneLever(new FunctionOutcomes.Outcome("cost", x -> x[0], 0, 0),
                new FunctionOutcomes.Outcome("outcome", x -> x[0], 0, 0,
                        replication -> replication < SEARCH_REPLICATIONS ? 0.375 : -0.125));
        settings.replications = SEARCH_REPLICATIONS;
        settings.finalReplications = FINAL_REPLICATIONS;
        settings.budget = 2;
        settings.finalists = 2;
        Question question = new Question(new Goal(new Objective("cost", false),
                List.of(Constraint.parse("outcome>=0.545", settings.outcomes))), null, 1);
        SearchResult search = settings.run(tmp.resolve("out"), question).answer().searches().get(0);

        Proposal stepped = search.proposals().stream().filter(p -> p.stage().equals(Proposal.CHECK))
                .min(ConstrainedSearch.RANKING).orElseThrow();
        assertTrue(stepped.score().feasible(), "the check stepped down to a mix that meets the target on the search's "
                + "replications: " + stepped.mix().value(0));
        assertFalse(finalRun(search, stepped.mix()).score().feasible(), "which misses it on the final replications");

        Proposal chosen = search.chosen();
        double x = Double.parseDouble(chosen.mix().value(0));
        assertTrue(chosen.score().feasible() && chosen.evaluation().replications() == FINAL_REPLICATIONS);
        assertTrue(x >= 0.55 && x <= 0.55 * 4 / 3, "within a third above the least that serves on the final "
                + "replications (0.55): " + x);
        for (Mix down : ConstrainedSearch.neighbours(chosen.mix())) {
            assertTrue(ConstrainedSearch.RANKING.compare(finalRun(search, down), chosen) > 0,
                    "stepped down to " + down.value(0) + " on the final replications, and no better");
        }
    }

    /** The candidate {@code mix} as run on the final replications. */
    private static Proposal finalRun(SearchResult search, Mix mix) {
        return search.finalists().stream().filter(p -> p.mix().equals(mix)).findFirst()
                .orElseThrow(() -> new AssertionError("x " + mix.value(0) + " was not run on the final replications"));
    }
}
