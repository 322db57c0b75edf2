package org.vetsim.experiment.optimise;

import org.junit.jupiter.api.Test;
import org.vetsim.experiment.ExperimentException;
import org.vetsim.io.scenario.ScenarioLoader;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Levers read from the command line and checked against the scenario schema. */
class LeverParserTest {
    private final LeverParser parser = new LeverParser(override -> ScenarioLoader.loadDefault(List.of(override)));

    @Test
    void aNumberKeyIsSearchedOnAFineGridOfExactDecimals() {
        Lever lever = parser.parse("engagement.financial_incentives.subsidy_per_place=0:4");
        assertEquals(Lever.Kind.NUMBER, lever.kind());
        assertEquals(Lever.DEFAULT_STEPS + 1, lever.levels());
        assertEquals("0", lever.value(lever.index(0)));
        assertEquals("2", lever.value(lever.index(0.5)));
        assertEquals("4", lever.value(lever.index(1)));
        assertEquals("0.004", lever.value(1));
        assertEquals(250, lever.indexOf("1"));
        assertEquals(-1, lever.indexOf("1.0001"));
        Lever stepped = parser.parse("engagement.financial_incentives.subsidy_per_place=0:4:0.5");
        assertEquals(9, stepped.levels());
        assertEquals("3.5", stepped.value(7));
    }

    @Test
    void aWholeNumberKeyMovesByOnesAndEveryLevelIsEquallyLikely() {
        Lever lever = parser.parse("engagement.work_based_learning.apprenticeship_months=24:36");
        assertEquals(Lever.Kind.WHOLE, lever.kind());
        assertEquals(13, lever.levels());
        for (int i = 0; i < 13; i++) {
            assertEquals(i, lever.index(lever.centre(i)));
            assertEquals(i, lever.index((i + 0.999) / 13));
        }
        assertEquals("30", lever.value(6));
    }

    @Test
    void anOnOffKeyIsOnFromTheMiddle() {
        Lever lever = parser.parse("engagement.mentoring.enabled=bool");
        assertEquals(Lever.Kind.SWITCH, lever.kind());
        assertEquals("false", lever.value(lever.index(0.49)));
        assertEquals("true", lever.value(lever.index(0.5)));
        assertEquals(1, lever.indexOf("true"));
    }

    @Test
    void anyScenarioKeyOfASingleNumberCanBeALever() {
        assertEquals(Lever.Kind.NUMBER, parser.parse("labour_market.quit_rate=0.01:0.03").kind());
        assertEquals(Lever.Kind.NUMBER, parser.parse("occupations.1.tech_drift=0:0.5").kind());
    }

    @Test
    void badLeversAreRefusedWithTheReason() {
        assertMessage("name=0:1", "takes text; a lever must be a number or an on/off key");
        assertMessage("engagement.financial_incentives.subsidy_per_place=bool", "not on/off; give a range LOW:HIGH");
        assertMessage("engagement.mentoring.enabled=0:1", "is an on/off key; write engagement.mentoring.enabled=bool");
        assertMessage("engagement.financial_incentives.subsidy_per_place=-1:4", "LOW: ");
        assertMessage("engagement.financial_incentives.subsidy_per_place=-1:4", "must be between 0 and");
        assertMessage("engagement.financial_incentives.subsidy=0:4", "unknown key");
        assertMessage("engagement.financial_incentives.subsidy_per_place=a:4", "'a' is not a number");
        assertMessage("engagement.financial_incentives.subsidy_per_place=4:1", "LOW must be below HIGH");
        assertMessage("engagement.work_based_learning.apprenticeship_months=24.5:36", "takes whole numbers");
        assertMessage("engagement.financial_incentives.subsidy_per_place", "expected KEY=LOW:HIGH");
        assertMessage("engagement.financial_incentives.subsidy_per_place=0:4:5", "between 2 and");
        assertMessage("reform_year=1:3", "--reform-year");
        assertMessage("simulation.years=5:10", "the same for every candidate");
    }

    @Test
    void theReformYearMustFallWithinTheRun() {
        Lever lever = LeverParser.reformYear("2:5", 10);
        assertEquals(4, lever.levels());
        assertEquals("5", lever.value(3));
        assertEquals(3, LeverParser.fixedReformYear("3", 10));
        assertThrows(ExperimentException.class, () -> LeverParser.reformYear("0:5", 10));
        assertThrows(ExperimentException.class, () -> LeverParser.reformYear("5:11", 10));
        assertThrows(ExperimentException.class, () -> LeverParser.fixedReformYear("x", 10));
    }

    @Test
    void aSearchNeedsLeversGivenOnce() {
        Lever lever = parser.parse("engagement.mentoring.enabled=bool");
        assertThrows(ExperimentException.class, () -> new SearchSpace(List.of(), 0));
        ExperimentException twice = assertThrows(ExperimentException.class, () -> new SearchSpace(List.of(lever, lever), 0));
        assertTrue(twice.getMessage().contains("given twice"));
    }

    private void assertMessage(String spec, String expected) {
        ExperimentException e = assertThrows(ExperimentException.class, () -> parser.parse(spec));
        assertTrue(e.getMessage().startsWith("--lever " + spec + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
