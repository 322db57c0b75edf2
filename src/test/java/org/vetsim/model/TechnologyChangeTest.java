package org.vetsim.model;

import org.junit.jupiter.api.Test;
import org.vetsim.metrics.Metric;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Faster technological change without curriculum updates raises skill mismatch: checked over
 * several seeds with common random numbers, in every seed and on average.
 */
class TechnologyChangeTest {

    @Test
    void fasterDriftWithFrozenCurriculaRaisesMismatch() {
        String frozen = "colleges.curriculum_update_months=600";
        double slowSum = 0;
        double fastSum = 0;
        for (long seed = 1; seed <= 5; seed++) {
            double slow = TestScenarios.mean(TestScenarios.run(
                    TestScenarios.small(frozen, "technology.drift_multiplier=0.5"), seed), Metric.SKILL_MISMATCH, 13);
            double fast = TestScenarios.mean(TestScenarios.run(
                    TestScenarios.small(frozen, "technology.drift_multiplier=3"), seed), Metric.SKILL_MISMATCH, 13);
            assertTrue(fast > slow, "seed " + seed + ": mismatch " + fast + " (fast) vs " + slow + " (slow)");
            slowSum += slow;
            fastSum += fast;
        }
        assertTrue(fastSum / 5 > slowSum / 5 + 0.02, "mean mismatch rises clearly with the drift");
    }

    @Test
    void faithfulCurriculaAlignBetterThanFrozenOnes() {
        double frozen = TestScenarios.mean(TestScenarios.run(
                TestScenarios.small("colleges.curriculum_update_months=600"), 5), Metric.CURRICULUM_ALIGNMENT, 1);
        double frequent = TestScenarios.mean(TestScenarios.run(
                TestScenarios.small("colleges.curriculum_update_months=12", "colleges.curriculum_lag_months=0"), 5),
                Metric.CURRICULUM_ALIGNMENT, 1);
        assertTrue(frequent > frozen, "alignment " + frequent + " (yearly revision) vs " + frozen + " (frozen)");
    }
}
