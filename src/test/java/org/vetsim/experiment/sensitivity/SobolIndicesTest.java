package org.vetsim.experiment.sensitivity;

import org.junit.jupiter.api.Test;
import org.vetsim.experiment.design.Design;
import org.vetsim.experiment.design.DesignPoint;
import org.vetsim.experiment.design.DesignType;
import org.vetsim.experiment.design.Factor;

import java.util.List;
import java.util.function.ToDoubleFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SobolIndicesTest {
    /** Runs a Saltelli design on f and estimates the indices. */
    static List<SensitivityIndex> analyse(int d, double from, double to, int n, ToDoubleFunction<double[]> f) {
        List<Factor> factors = new java.util.ArrayList<>();
        for (int i = 0; i < d; i++) {
            factors.add(Factor.parse("x" + i + "=" + from + ":" + to));
        }
        Design design = Design.build(DesignType.SOBOL, factors, n, 0);
        double[] yA = new double[n];
        double[] yB = new double[n];
        double[][] yAB = new double[d][n];
        for (DesignPoint p : design.points()) {
            double y = f.applyAsDouble(p.values().stream().mapToDouble(Double::parseDouble).toArray());
            switch (p.matrix()) {
                case "A" -> yA[p.sample()] = y;
                case "B" -> yB[p.sample()] = y;
                default -> yAB[Integer.parseInt(p.matrix().substring(2)) - 1][p.sample()] = y;
            }
        }
        return SobolIndices.estimate(yA, yB, yAB, 300, 11);
    }

    @Test
    void ishigamiFunction() {
        // a = 7, b = 0.1 on [-pi, pi]^3: S = 0.3139, 0.4424, 0; ST = 0.5576, 0.4424, 0.2437
        double pi = 3.14159265;
        List<SensitivityIndex> indices = analyse(3, -pi, pi, 8192,
                x -> Math.sin(x[0]) + 7 * Math.pow(Math.sin(x[1]), 2) + 0.1 * Math.pow(x[2], 4) * Math.sin(x[0]));
        double[] expected = {0.3139, 0.4424, 0.0, 0.5576, 0.4424, 0.2437};
        for (int k = 0; k < 6; k++) {
            SensitivityIndex index = indices.get(k);
            assertEquals(expected[k], index.estimate(), 0.03, index.toString());
            assertTrue(index.ciLow() <= index.estimate() && index.estimate() <= index.ciHigh(), index.toString());
            assertTrue(index.ciHigh() - index.ciLow() < 0.15, index.toString());
        }
    }

    @Test
    void linearModelWithKnownShares() {
        // y = 1 x0 + 2 x1 + 3 x2 on uniform [0,1]: S_i = ST_i = a_i^2 / 14
        List<SensitivityIndex> indices = analyse(3, 0, 1, 2048, x -> x[0] + 2 * x[1] + 3 * x[2]);
        for (int i = 0; i < 3; i++) {
            double share = (i + 1) * (i + 1) / 14.0;
            assertEquals(share, indices.get(i).estimate(), 0.02);
            assertEquals(share, indices.get(3 + i).estimate(), 0.02);
        }
    }

    @Test
    void indicesDoNotDependOnTheOutputsLevel() {
        // a share near 0.5 that moves by a few points: the indices of y and of y + 1000 are those of y
        ToDoubleFunction<double[]> share = x -> 0.5 + 0.03 * x[0] + 0.01 * x[1] * x[2];
        List<SensitivityIndex> level = analyse(3, 0, 1, 256, share);
        List<SensitivityIndex> shifted = analyse(3, 0, 1, 256, x -> share.applyAsDouble(x) + 1000);
        for (int k = 0; k < level.size(); k++) {
            assertEquals(level.get(k).estimate(), shifted.get(k).estimate(), 1e-6, shifted.get(k).toString());
            assertEquals(level.get(k).ciLow(), shifted.get(k).ciLow(), 1e-6, shifted.get(k).toString());
            assertEquals(level.get(k).ciHigh(), shifted.get(k).ciHigh(), 1e-6, shifted.get(k).toString());
        }
        // S_0 = 0.0009 / 12 over that plus 0.0001 Var(x1 x2) = 7 / 144: 0.939
        assertEquals(0.939, level.get(0).estimate(), 0.08, level.get(0).toString());
        assertTrue(level.get(0).ciHigh() - level.get(0).ciLow() < 0.4, level.get(0).toString());
    }

    @Test
    void anOutputThatNeverMovesHasNoIndices() {
        // a capped share, 0.32 at every point: its rounded variance is not exactly zero
        for (SensitivityIndex index : analyse(3, 0, 1, 64, x -> 0.32)) {
            assertTrue(Double.isNaN(index.estimate()), index.toString());
            assertTrue(Double.isNaN(index.ciLow()) && Double.isNaN(index.ciHigh()), index.toString());
        }
    }

    @Test
    void bootstrapIsSeeded() {
        List<SensitivityIndex> first = analyse(2, 0, 1, 256, x -> x[0] * x[1] + x[0]);
        List<SensitivityIndex> second = analyse(2, 0, 1, 256, x -> x[0] * x[1] + x[0]);
        assertEquals(first, second);
    }
}
