package org.vetsim.experiment.warmup;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The MSER rule finds where a known transient ends and drops nothing from a stationary series. */
class MserTest {

    @Test
    void dropsNothingFromAStationarySeries() {
        Random random = new Random(11);
        double[] series = new double[60];
        for (int i = 0; i < series.length; i++) {
            series[i] = 0.12 + 0.003 * random.nextGaussian();
        }
        assertTrue(Mser.truncation(series) <= 3, "truncation " + Mser.truncation(series));
    }

    @Test
    void findsTheEndOfARampUpToAPlateau() {
        Random random = new Random(5);
        double[] series = new double[60];
        for (int i = 0; i < series.length; i++) {
            double level = i < 15 ? 0.13 * i / 15.0 : 0.13;
            series[i] = level + 0.002 * random.nextGaussian();
        }
        int d = Mser.truncation(series);
        assertTrue(d >= 13 && d <= 17, "a ramp ending at year 15 is dropped: truncation " + d);
    }

    @Test
    void findsTheEndOfAnExponentialTransient() {
        Random random = new Random(3);
        double[] series = new double[80];
        for (int i = 0; i < series.length; i++) {
            series[i] = 0.5 + 0.4 * Math.exp(-i / 3.0) + 0.002 * random.nextGaussian();
        }
        int d = Mser.truncation(series);
        assertTrue(d >= 10 && d <= 25, "the transient (0.4 e^-t/3, noise 0.002) is dropped: truncation " + d);
    }

    @Test
    void takesTheEarliestPointOfAFlatMinimum() {
        double[] series = {0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
        assertEquals(4, Mser.truncation(series));
        assertEquals(0.0, Mser.statistic(series, 4), 1e-15);
    }

    @Test
    void statisticIsTheSquaredStandardErrorOfTheTruncatedMean() {
        double[] series = {5, 1, 3};
        assertEquals((1.0 + 1.0) / 4.0, Mser.statistic(series, 1), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> Mser.statistic(series, 3));
    }

    @Test
    void welchAverageIsCentredAndShrinksAtTheEnds() {
        double[] average = WelchAverage.of(new double[] {1, 2, 3, 4, 5, 6}, 2);
        assertEquals(1.0, average[0], 1e-12);
        assertEquals(2.0, average[1], 1e-12);
        assertEquals(3.0, average[2], 1e-12);
        assertEquals(4.0, average[3], 1e-12);
        assertEquals(6.0, average[5], 1e-12);
    }

    @Test
    void welchsAverageUsesTheDefinedYearsOfEachWindow() {
        double nan = Double.NaN;
        double[] average = WelchAverage.of(new double[] {nan, nan, 3, 5, 7, 9}, 1);
        assertTrue(Double.isNaN(average[0]), "no defined year near the start");
        assertEquals(3.0, average[1], 1e-12);
        assertEquals(4.0, average[2], 1e-12);
        assertEquals(7.0, average[4], 1e-12);
    }
}
