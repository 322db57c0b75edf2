package org.vetsim.experiment.optimise;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The moves of the final check: a switch flipped, a whole number one level up and down, and a
 * number lever (a subsidy, say) set to its lowest value, which CMA-ES nears only slowly, so that
 * a mix keeping a little of a lever it does not need is checked against none of it, and to a half
 * and three quarters of its distance above it, so that a lever larger than needed steps down.
 */
class LowestValueCheckTest {
    private static final SearchSpace SPACE = new SearchSpace(List.of(
            new Lever("subsidy", Lever.Kind.NUMBER, BigDecimal.ZERO, new BigDecimal("0.001"), 1001, "subsidy=0:1"),
            new Lever("places", Lever.Kind.WHOLE, BigDecimal.ZERO, BigDecimal.ONE, 11, "places=0:10"),
            Lever.onOff("mentoring", "mentoring=bool")), 0);

    @Test
    void aNumberLeverAboveItsLowestValueIsCheckedAtIt() {
        Mix mix = new Mix(SPACE, List.of(292, 4, 1));
        List<Mix> moves = ConstrainedSearch.neighbours(mix);
        assertEquals(List.of(mix.with(0, 0), mix.with(0, 146), mix.with(0, 219), mix.with(1, 3), mix.with(1, 5), mix.with(2, 0)), moves);
        assertEquals("0", moves.get(0).value(0));
        assertEquals("0.146", moves.get(1).value(0));
        assertEquals("0.219", moves.get(2).value(0));
    }

    @Test
    void nearItsLowestValueANumberLeverHasOnlyTheDistinctStepsDown() {
        Mix one = new Mix(SPACE, List.of(1, 0, 0));
        assertEquals(List.of(one.with(0, 0), one.with(1, 1), one.with(2, 1)), ConstrainedSearch.neighbours(one));
        Mix two = new Mix(SPACE, List.of(2, 0, 0));
        assertEquals(List.of(two.with(0, 0), two.with(0, 1), two.with(1, 1), two.with(2, 1)), ConstrainedSearch.neighbours(two));
    }

    @Test
    void atTheLowestValueOrTheEndsOnlyTheMovesThatExist() {
        Mix mix = new Mix(SPACE, List.of(0, 10, 0));
        assertEquals(List.of(mix.with(1, 9), mix.with(2, 1)), ConstrainedSearch.neighbours(mix));
    }
}
