package org.vetsim.experiment.sweep;

import org.junit.jupiter.api.Test;
import org.vetsim.experiment.ExperimentException;
import org.vetsim.io.scenario.ScenarioLoader;
import org.vetsim.scenario.Scenario;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --vary key=-A%:+B%} is resolved around the base scenario's own value of the key. */
class RelativeRangesTest {
    private static final Scenario GERMANY = ScenarioLoader.load(Path.of("germany-dual"), List.of());

    @Test
    void aRelativeRangeIsResolvedAroundTheBaseValue() {
        double quit = GERMANY.labourMarket().quitRate(true);
        List<String> resolved = RelativeRanges.resolve(List.of("labour_market.quit_rate=-20%:+20%"), GERMANY, "lhs");
        String[] ends = resolved.get(0).substring("labour_market.quit_rate=".length()).split(":");
        assertEquals(0.8 * quit, Double.parseDouble(ends[0]), 1e-12);
        assertEquals(1.2 * quit, Double.parseDouble(ends[1]), 1e-12);
    }

    @Test
    void theBaseIncludesItsOverridesAndAsymmetricRangesWork() {
        Scenario base = ScenarioLoader.load(Path.of("germany-dual"), List.of("labour_market.hiring_threshold=0.2"));
        assertEquals(List.of("labour_market.hiring_threshold=0.19:0.26"),
                RelativeRanges.resolve(List.of("labour_market.hiring_threshold=-5%:30%"), base, "lhs"));
    }

    @Test
    void otherSpecificationsPassUnchanged() {
        List<String> specs = List.of("labour_market.quit_rate=0.01:0.03", "k=a,b", "labour_market.quit_rate=0.1:0.3:0.1");
        assertEquals(specs, RelativeRanges.resolve(specs, GERMANY, "lhs"));
        assertFalse(RelativeRanges.isRelative("labour_market.quit_rate=0.01:0.03"));
        assertTrue(RelativeRanges.isRelative("labour_market.quit_rate=-10%:10%"));
    }

    @Test
    void keysWithoutOneNumericValueAreRefusedWithTheReason() {
        assertMessage("labour_market.no_such_key=-10%:10%", "not a key with one value");
        assertMessage("labour_market.participation=-10%:10%", "not a key with one value");
        assertMessage("engagement.mentoring.enabled=-10%:10%", "not a number");
        assertMessage("education.general_months=-10%:10%", "whole number");
        assertMessage("labour_market.quit_rate=10%:-10%", "must go upwards");
        assertMessage("labour_market.quit_rate=-10%:10%:5%", "from:to:step");
        assertMessage("labour_market.quit_rate=-150%:10%", "at least -100%");
        assertMessage("labour_market.quit_rate=-x%:10%", "not a number");
    }

    @Test
    void aZeroBaseValueHasNoRelativeRange() {
        Scenario base = ScenarioLoader.load(Path.of("germany-dual"), List.of("labour_market.cycle_amplitude=0"));
        assertMessage(base, "labour_market.cycle_amplitude=-10%:10%", "is 0 in the base scenario");
    }

    private static void assertMessage(String spec, String part) {
        assertMessage(GERMANY, spec, part);
    }

    private static void assertMessage(Scenario base, String spec, String part) {
        ExperimentException e = assertThrows(ExperimentException.class, () -> RelativeRanges.resolve(List.of(spec), base, "lhs"));
        assertTrue(e.getMessage().startsWith("--vary " + spec + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }

    @Test
    void aGridRefusesARelativeRangeAndSaysWhatItNeeds() {
        ExperimentException e = assertThrows(ExperimentException.class,
                () -> RelativeRanges.resolve(List.of("labour_market.quit_rate=-10%:+10%"), GERMANY, "grid"));
        assertTrue(e.getMessage().contains("--vary labour_market.quit_rate=-10%:+10%"), e.getMessage());
        assertTrue(e.getMessage().contains("--design lhs or sobol"), e.getMessage());
    }
}
