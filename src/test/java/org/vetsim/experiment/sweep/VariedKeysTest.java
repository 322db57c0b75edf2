package org.vetsim.experiment.sweep;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The label a response chart gives the varied key: the key, with the parameter's unit where it has one. */
class VariedKeysTest {
    @Test
    void aKeyWithAUnitShowsIt() {
        assertEquals("education.degree_reference_month (output month)", VariedKeys.axisLabel("education.degree_reference_month"));
    }

    @Test
    void wholeNumberKeysAreKnown() {
        assertTrue(VariedKeys.wholeNumber("education.degree_reference_month"));
        assertFalse(VariedKeys.wholeNumber("labour_market.quit_rate"));
        assertFalse(VariedKeys.wholeNumber("no.such_key"));
    }

    @Test
    void aKeyWithoutAUnitIsShownAlone() {
        assertEquals("education.track_choice_sensitivity", VariedKeys.axisLabel("education.track_choice_sensitivity"));
        assertEquals("no.such_key", VariedKeys.axisLabel("no.such_key"));
    }
}
