package org.vetsim.experiment.stats;

import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PairedDifferenceTest {
    @Test
    void textbookPairedTTest() {
        // R: t.test(x, y, paired = TRUE): t = 3.0354, df = 8, p = 0.01618,
        // mean difference 0.4318889, 95% CI 0.1037787 to 0.7599991
        PairedDifference d = PairedDifference.of(SignedRankTestTest.X, SignedRankTestTest.Y);
        assertEquals(0.4318889, d.difference().mean(), 1e-7);
        assertEquals(3.0354, d.t(), 1e-4);
        assertEquals(0.01618, d.pT(), 1e-5);
        assertEquals(0.1037787, d.difference().ciLow(), 1e-6);
        assertEquals(0.7599991, d.difference().ciHigh(), 1e-6);
        assertEquals(new TTest().pairedTTest(SignedRankTestTest.X, SignedRankTestTest.Y), d.pT(), 1e-15);
        assertEquals(20.0 / 512, d.wilcoxon().p(), 1e-12);
        // d_z = t / sqrt(n)
        assertEquals(d.t() / 3, d.cohensDz(), 1e-12);
    }

    @Test
    void identicalArmsGivePOne() {
        double[] a = {1, 2, 3, 4};
        PairedDifference d = PairedDifference.of(a, a.clone());
        assertEquals(1.0, d.pT());
        assertEquals(1.0, d.wilcoxon().p());
        assertEquals(0.0, d.difference().mean());
        assertTrue(Double.isNaN(d.cohensDz()));
    }

    @Test
    void constantShiftIsCertain() {
        PairedDifference d = PairedDifference.of(new double[] {2, 3, 4}, new double[] {1, 2, 3});
        assertEquals(0.0, d.pT());
        assertEquals(1.0, d.difference().mean());
    }

    @Test
    void rejectsUnequalLengths() {
        assertThrows(IllegalArgumentException.class,
                () -> PairedDifference.of(new double[] {1, 2}, new double[] {1}));
    }

    @Test
    void replicationsWithAnUndefinedValueAreLeftOutOfThePairs() {
        double nan = Double.NaN;
        PairedDifference withGaps = PairedDifference.of(new double[] {2, nan, 4, 7, 3}, new double[] {1, 5, nan, 5, 1});
        PairedDifference complete = PairedDifference.of(new double[] {2, 7, 3}, new double[] {1, 5, 1});
        assertEquals(3, withGaps.difference().n());
        assertEquals(complete.difference().mean(), withGaps.difference().mean(), 1e-12);
        assertEquals(complete.pT(), withGaps.pT(), 1e-12);
        assertEquals(complete.wilcoxon().p(), withGaps.wilcoxon().p(), 1e-12);
        PairedDifference none = PairedDifference.of(new double[] {nan, 1}, new double[] {2, nan});
        assertEquals(0, none.difference().n(), "no replication has both values");
        assertTrue(Double.isNaN(none.difference().mean()));
    }
}
