package org.vetsim.metrics;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A confidence band drawn for a metric stays within the values the metric can take. */
class BoundsTest {
    @Test
    void aRateBandIsCutAtZeroAndOne() {
        assertEquals(0.0, Bounds.UNIT.clamp(-0.03));
        assertEquals(1.0, Bounds.UNIT.clamp(1.2));
        assertEquals(0.4, Bounds.UNIT.clamp(0.4));
    }

    @Test
    void aCountBandIsCutAtZeroOnlyAndANetCostIsLeftAlone() {
        assertEquals(0.0, Bounds.NON_NEGATIVE.clamp(-5));
        assertEquals(250.0, Bounds.NON_NEGATIVE.clamp(250));
        assertEquals(-1.7, Bounds.ANY.clamp(-1.7));
    }

    @Test
    void everyClampedValueIsAdmittedAndNaNStaysUndefined() {
        for (Bounds bounds : Bounds.values()) {
            for (double v : new double[] {-10, -0.5, 0, 0.5, 1, 1.5, 1e6}) {
                assertTrue(bounds.admits(bounds.clamp(v)), bounds + " " + v);
            }
            assertTrue(Double.isNaN(bounds.clamp(Double.NaN)));
        }
    }
}
