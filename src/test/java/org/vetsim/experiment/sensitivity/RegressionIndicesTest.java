package org.vetsim.experiment.sensitivity;

import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.vetsim.experiment.design.LatinHypercube;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RegressionIndicesTest {
    @Test
    void linearModelGivesSrcProportionalToCoefficients() {
        // y = x0 + 2 x1 - 3 x2 with equal ranges: SRC_i = a_i / sqrt(14), R^2 = 1
        double[][] x = LatinHypercube.sample(200, 3, new Well19937c(5));
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i][0] + 2 * x[i][1] - 3 * x[i][2];
        }
        RegressionIndices.Fit fit = RegressionIndices.estimate(x, y, 200, 3);
        assertEquals(1.0, fit.rSquared(), 1e-9);
        double[] a = {1, 2, -3};
        for (int k = 0; k < 3; k++) {
            SensitivityIndex index = fit.indices().get(k);
            assertEquals(a[k] / Math.sqrt(14), index.estimate(), 0.03);
            assertTrue(index.ciLow() <= index.estimate() && index.estimate() <= index.ciHigh());
        }
        assertEquals(fit, RegressionIndices.estimate(x, y, 200, 3));
    }

    @Test
    void constantOutputGivesUndefinedIndices() {
        double[][] x = LatinHypercube.sample(10, 2, new Well19937c(1));
        double[] capped = new double[10];
        java.util.Arrays.fill(capped, 0.32); // a capped share: its rounded sd is not exactly zero
        RegressionIndices.Fit fit = RegressionIndices.estimate(x, capped, 20, 1);
        assertTrue(Double.isNaN(fit.indices().get(0).estimate()));
        assertTrue(Double.isNaN(fit.indices().get(0).ciLow()));
    }
}
