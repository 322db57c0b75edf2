package org.vetsim.experiment.design;

import org.junit.jupiter.api.Test;
import org.vetsim.experiment.ExperimentException;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FactorTest {
    @Test
    void rangeWithStepExpandsExactlyInDecimal() {
        Factor f = Factor.parse("labour_market.quit_rate=0.1:0.3:0.1");
        assertEquals("labour_market.quit_rate", f.key());
        assertEquals(List.of("0.1", "0.2", "0.3"), f.levels());
        assertFalse(f.continuous());
    }

    @Test
    void listAndContinuousRange() {
        Factor list = Factor.parse("engagement.mentoring.enabled=false,true");
        assertEquals(List.of("false", "true"), list.levels());
        assertFalse(list.numeric());
        assertEquals(1.0, list.numericValue("true"));
        Factor range = Factor.parse("x=0:2");
        assertTrue(range.continuous());
        assertEquals("0", range.valueAt(0));
        assertEquals("1.5", range.valueAt(0.75));
    }

    @Test
    void levelsAreEquallyLikelyUnderUniformDraws() {
        Factor f = Factor.parse("k=a,b,c");
        assertEquals("a", f.valueAt(0.0));
        assertEquals("a", f.valueAt(0.33));
        assertEquals("b", f.valueAt(0.34));
        assertEquals("c", f.valueAt(0.999));
    }

    @Test
    void mistakesGiveOneLineMessages() {
        for (String bad : List.of("x", "=1,2", "x=1", "x=2:1", "x=1:2:0", "x=a:b", "x=1,,2", "1x=1,2", "x=1,1")) {
            ExperimentException e = assertThrows(ExperimentException.class, () -> Factor.parse(bad), bad);
            assertTrue(e.getMessage().startsWith("--vary " + bad + ": "), e.getMessage());
            assertFalse(e.getMessage().contains("\n"));
        }
    }
}
