package org.vetsim.experiment.design;

import org.junit.jupiter.api.Test;
import org.vetsim.experiment.ExperimentException;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DesignTest {
    @Test
    void gridHasEveryCombinationLastFactorFastest() {
        Design grid = Design.build(DesignType.GRID,
                List.of(Factor.parse("a=1,2"), Factor.parse("b=0:0.2:0.1")), 0, 1);
        assertEquals(6, grid.points().size());
        assertEquals(List.of("1", "0"), grid.points().get(0).values());
        assertEquals(List.of("1", "0.1"), grid.points().get(1).values());
        assertEquals(List.of("2", "0.2"), grid.points().get(5).values());
        assertEquals(List.of("a=2", "b=0.2"), grid.points().get(5).overrides(grid.factors()));
    }

    @Test
    void gridRejectsContinuousRangesAndSamples() {
        assertThrows(ExperimentException.class, () -> Design.build(DesignType.GRID, List.of(Factor.parse("a=0:1")), 0, 1));
        assertThrows(ExperimentException.class, () -> Design.build(DesignType.GRID, List.of(Factor.parse("a=1,2")), 5, 1));
        assertThrows(ExperimentException.class, () -> Design.build(DesignType.GRID, List.of(), 0, 1));
    }

    @Test
    void latinHypercubeHasOnePointPerStratumAndIsSeeded() {
        int n = 20;
        Design lhs = Design.build(DesignType.LHS, List.of(Factor.parse("a=0:1"), Factor.parse("b=10:20")), n, 42);
        assertEquals(n, lhs.points().size());
        for (int f = 0; f < 2; f++) {
            Set<Integer> strata = new HashSet<>();
            for (DesignPoint p : lhs.points()) {
                double x = lhs.factors().get(f).numericValue(p.values().get(f));
                double u = (x - lhs.factors().get(f).from()) / (lhs.factors().get(f).to() - lhs.factors().get(f).from());
                strata.add((int) Math.floor(u * n));
            }
            assertEquals(n, strata.size(), "factor " + f);
        }
        assertEquals(lhs, Design.build(DesignType.LHS, lhs.factors(), n, 42));
    }

    @Test
    void saltelliDesignHasMatricesABAndABi() {
        Design sobol = Design.build(DesignType.SOBOL, List.of(Factor.parse("a=0:1"), Factor.parse("b=0:1"), Factor.parse("c=0:1")), 8, 0);
        assertEquals(8 * 5, sobol.points().size());
        for (int j = 0; j < 8; j++) {
            DesignPoint a = sobol.points().get(j * 5);
            DesignPoint b = sobol.points().get(j * 5 + 1);
            assertEquals("A", a.matrix());
            assertEquals("B", b.matrix());
            for (int i = 0; i < 3; i++) {
                DesignPoint ab = sobol.points().get(j * 5 + 2 + i);
                assertEquals("AB" + (i + 1), ab.matrix());
                assertEquals(j, ab.sample());
                for (int k = 0; k < 3; k++) {
                    assertEquals(k == i ? b.values().get(k) : a.values().get(k), ab.values().get(k));
                }
            }
        }
    }
}
