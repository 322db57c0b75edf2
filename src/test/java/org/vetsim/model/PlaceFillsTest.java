package org.vetsim.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Places filled independently ({@link PlaceFills}): the chances of each number filled, and the
 * expected sum of what the filled places bring, by hand.
 */
class PlaceFillsTest {

    @Test
    void twoPlacesAtAHalfBringTheFirstApprenticeThreeTimesInFourAndTheSecondOnceInFour() {
        PlaceFills fills = new PlaceFills(0.5);
        fills.offerOne();
        fills.offerOne();
        assertEquals(2, fills.offered());
        assertEquals(0.25, fills.exactly(0), 1e-15);
        assertEquals(0.5, fills.exactly(1), 1e-15);
        assertEquals(0.25, fills.exactly(2), 1e-15);
        assertEquals(0.75, fills.atLeast(1), 1e-15);
        assertEquals(0.25, fills.atLeast(2), 1e-15);
        assertEquals(0.0, fills.atLeast(3), 0.0);
        // 0.75 × 10 + 0.25 × 2 = 8, where the fill chance times the sum would give 0.5 × 12 = 6
        assertEquals(8.0, PlaceFills.expected(0.5, new double[] {10, 2}), 1e-12);
    }

    @Test
    void threePlacesAtThreeTenthsByHand() {
        // P(F >= 1) = 1 - 0.7^3 = 0.657; P(F >= 2) = 3 × 0.3^2 × 0.7 + 0.3^3 = 0.216; P(F >= 3) = 0.027
        // 0.657 × 9 + 0.216 × 6 + 0.027 × 3 = 5.913 + 1.296 + 0.081 = 7.29 (the fill chance times the sum: 5.4)
        assertEquals(7.29, PlaceFills.expected(0.3, new double[] {9, 6, 3}), 1e-12);
    }

    @Test
    void atAChanceOfOneEveryPlaceIsFilledAndAtZeroNone() {
        assertEquals(18.0, PlaceFills.expected(1.0, new double[] {9, 6, 3}), 0.0);
        assertEquals(0.0, PlaceFills.expected(0.0, new double[] {9, 6, 3}), 0.0);
        PlaceFills all = new PlaceFills(1.0);
        for (int k = 0; k < 5; k++) {
            all.offerOne();
        }
        assertEquals(1.0, all.exactly(5), 0.0);
        assertEquals(0.0, all.exactly(4), 0.0);
    }

    @Test
    void aWeightEqualForEveryApprenticeGetsTheFillChanceTimesThePlaces() {
        assertEquals(0.37 * 6 * 4.0, PlaceFills.expected(0.37, new double[] {4, 4, 4, 4, 4, 4}), 1e-12);
    }
}
