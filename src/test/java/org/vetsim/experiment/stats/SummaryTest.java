package org.vetsim.experiment.stats;

import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SummaryTest {
    @Test
    void handComputedSample() {
        // values 2, 4, 4, 4, 5, 5, 7, 9: mean 5, sum of squares 32, sd sqrt(32/7)
        Summary s = Summary.of(new double[] {2, 4, 4, 4, 5, 5, 7, 9});
        assertEquals(8, s.n());
        assertEquals(5.0, s.mean(), 1e-12);
        assertEquals(Math.sqrt(32.0 / 7), s.sd(), 1e-12);
        // t(0.975, 7) = 2.364624252
        double half = 2.364624252 * Math.sqrt(32.0 / 7) / Math.sqrt(8);
        assertEquals(5 - half, s.ciLow(), 1e-8);
        assertEquals(5 + half, s.ciHigh(), 1e-8);
        assertEquals(half, s.halfWidth(), 1e-8);
    }

    @Test
    void agreesWithCommonsMath() {
        double[] x = {0.31, 0.27, 0.35, 0.29, 0.33, 0.30, 0.28, 0.36, 0.32, 0.34};
        DescriptiveStatistics stats = new DescriptiveStatistics(x);
        Summary s = Summary.of(x);
        assertEquals(stats.getMean(), s.mean(), 1e-15);
        assertEquals(stats.getStandardDeviation(), s.sd(), 1e-15);
    }

    @Test
    void tooFewValuesGiveUndefinedSpread() {
        Summary one = Summary.of(new double[] {3});
        assertEquals(3.0, one.mean());
        assertTrue(Double.isNaN(one.sd()));
        assertTrue(Double.isNaN(one.ciLow()));
        Summary none = Summary.of(new double[0]);
        assertEquals(0, none.n());
        assertTrue(Double.isNaN(none.mean()));
    }

    @Test
    void constantSampleHasZeroWidthInterval() {
        Summary s = Summary.of(new double[] {1, 1, 1});
        assertEquals(0.0, s.sd());
        assertEquals(1.0, s.ciLow());
        assertEquals(1.0, s.ciHigh());
    }
}
