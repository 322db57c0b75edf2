package org.vetsim.experiment.stats;

import org.apache.commons.math3.stat.inference.WilcoxonSignedRankTest;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SignedRankTestTest {
    // Hollander & Wolfe's depression scores, the example of R's wilcox.test: V = 40, p = 0.03906
    static final double[] X = {1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30};
    static final double[] Y = {0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29};

    static double[] minus(double[] a, double[] b) {
        double[] d = new double[a.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = a[i] - b[i];
        }
        return d;
    }

    @Test
    void exactTestOnTextbookExample() {
        SignedRankTest.Result r = SignedRankTest.test(minus(X, Y));
        assertEquals(40, r.statistic(), 1e-12);
        assertEquals(SignedRankTest.Method.EXACT, r.method());
        // ranks 1 and 2 ... sums <= 5 of {1..9}: 10 subsets of 512, two-sided 20/512
        assertEquals(20.0 / 512, r.p(), 1e-12);
    }

    @Test
    void exactPAgreesWithCommonsMathWithoutTiesOrZeros() {
        Random random = new Random(7);
        WilcoxonSignedRankTest commons = new WilcoxonSignedRankTest();
        for (int n = 5; n <= 16; n++) {
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = random.nextGaussian() + 0.4;
                y[i] = random.nextGaussian();
            }
            // commons-math3 doubles a one-sided tail without capping, so it can exceed 1
            double expected = Math.min(1.0, commons.wilcoxonSignedRankTest(x, y, true));
            assertEquals(expected, SignedRankTest.test(minus(x, y)).p(), 1e-12, "n = " + n);
        }
    }

    @Test
    void nullDistributionCountsSubsetSums() {
        double[] counts = SignedRankTest.nullCounts(4);
        // subsets of {1,2,3,4} by sum 0..10: 1 1 1 2 2 2 2 2 1 1 1
        assertEquals(16, java.util.Arrays.stream(counts).sum(), 0);
        assertEquals(2, counts[5], 0);
        assertEquals(1, counts[10], 0);
    }

    @Test
    void zerosAreDroppedAndTiesUseTheCorrectedNormalApproximation() {
        // d = 0, 0, 1, 1, 2, -2, 3, 3, 3: zeros dropped, n = 7
        // |d| ranks: 1,1 -> 1.5; 2,2 -> 3.5; 3,3,3 -> 6; V = 1.5+1.5+3.5+6+6+6 = 24.5
        // ties: t = 2, 2, 3 -> (8-2)+(8-2)+(27-3) = 36; var = 7*8*15/24 - 36/48 = 35 - 0.75 = 34.25
        // z = (24.5 - 14 - 0.5) / sqrt(34.25)
        SignedRankTest.Result r = SignedRankTest.test(new double[] {0, 0, 1, 1, 2, -2, 3, 3, 3});
        assertEquals(7, r.nonZero());
        assertEquals(24.5, r.statistic(), 1e-12);
        assertEquals(SignedRankTest.Method.NORMAL, r.method());
        double z = 10 / Math.sqrt(34.25);
        double p = 2 * (1 - new org.apache.commons.math3.distribution.NormalDistribution().cumulativeProbability(z));
        assertEquals(p, r.p(), 1e-9);
    }

    @Test
    void allZeroDifferencesGiveOne() {
        SignedRankTest.Result r = SignedRankTest.test(new double[] {0, 0, 0});
        assertEquals(SignedRankTest.Method.ALL_ZERO, r.method());
        assertEquals(1.0, r.p());
    }

    @Test
    void largeSamplesUseTheNormalApproximation() {
        double[] d = new double[60];
        for (int i = 0; i < d.length; i++) {
            d[i] = (i + 1) * (i % 3 == 0 ? -1 : 1);
        }
        SignedRankTest.Result r = SignedRankTest.test(d);
        assertEquals(SignedRankTest.Method.NORMAL, r.method());
        // no ties: var = 60*61*121/24, V = 1830 - sum of the 20 negative ranks (1,4,...,58) = 1830 - 590
        double v = 1830 - 590;
        assertEquals(v, r.statistic(), 1e-9);
        double z = (v - 915 - 0.5) / Math.sqrt(60 * 61 * 121 / 24.0);
        double p = 2 * (1 - new org.apache.commons.math3.distribution.NormalDistribution().cumulativeProbability(z));
        assertEquals(p, r.p(), 1e-9);
    }
}
