package org.vetsim.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Streams are reproducible, distinct per process, and use all 64 bits of the seed; keyed draws
 * are reproducible, differ by key, stream and seed, and are uniform and uncorrelated between
 * neighbouring keys.
 */
class RandomStreamsTest {

    @Test
    void sameSeedSameDraws() {
        assertEquals(new RandomStreams(5).get(Stream.MATCHING).nextLong(), new RandomStreams(5).get(Stream.MATCHING).nextLong());
    }

    @Test
    void processesDrawFromDifferentStreams() {
        RandomStreams streams = new RandomStreams(5);
        assertNotEquals(streams.get(Stream.MATCHING).nextLong(), streams.get(Stream.CHOICE).nextLong());
    }

    @Test
    void seedsEqualInTheirLow32BitsStillDiffer() {
        long a = 5;
        long b = 5 + (1L << 32);
        assertNotEquals(new RandomStreams(a).get(Stream.COHORTS).nextLong(), new RandomStreams(b).get(Stream.COHORTS).nextLong());
    }

    @Test
    void keyedDrawsAreReproducibleAndDifferByKeyStreamAndSeed() {
        RandomStreams streams = new RandomStreams(5);
        double draw = streams.keyed(Stream.HIRING_PROCESS, 3, 1, 40);
        streams.get(Stream.HIRING_PROCESS).nextLong();
        assertEquals(draw, streams.keyed(Stream.HIRING_PROCESS, 3, 1, 40), "no state: the same after other draws");
        assertEquals(draw, new RandomStreams(5).keyed(Stream.HIRING_PROCESS, 3, 1, 40));
        assertNotEquals(draw, streams.keyed(Stream.HIRING_PROCESS, 1, 3, 40), "the keys' order matters");
        assertNotEquals(draw, streams.keyed(Stream.HIRING_PROCESS, 3, 1, 41));
        assertNotEquals(draw, streams.keyed(Stream.MATCHING, 3, 1, 40));
        assertNotEquals(draw, new RandomStreams(5 + (1L << 32)).keyed(Stream.HIRING_PROCESS, 3, 1, 40));
    }

    @Test
    void keyedDrawsAreUniformAndUncorrelatedBetweenNeighbouringKeys() {
        RandomStreams streams = new RandomStreams(7);
        int[] bins = new int[10];
        int n = 0;
        double sumXY = 0;
        double sumX = 0;
        for (int employer = 0; employer < 200; employer++) {
            for (int month = 0; month < 250; month++) {
                double x = streams.keyed(Stream.HIRING_PROCESS, employer, 0, month);
                double y = streams.keyed(Stream.HIRING_PROCESS, employer, 1, month);
                double z = streams.keyed(Stream.HIRING_PROCESS, employer, 0, month + 1);
                assertTrue(x >= 0 && x < 1);
                bins[(int) (x * 10)]++;
                sumX += x;
                sumXY += (x - 0.5) * (y - 0.5) + (x - 0.5) * (z - 0.5);
                n++;
            }
        }
        double chiSquare = 0;
        for (int count : bins) {
            chiSquare += Math.pow(count - n / 10.0, 2) / (n / 10.0);
        }
        assertTrue(chiSquare < 27.9, "uniform over ten bins (chi-square, 9 df, p = 0.001): " + chiSquare);
        assertEquals(0.5, sumX / n, 0.005);
        assertEquals(0.0, sumXY / (2 * n) * 12, 0.03, "correlation with the next slot and the next month");
    }

    @Test
    void keyedGaussiansAreStandardNormalAndReproducible() {
        RandomStreams streams = new RandomStreams(11);
        assertEquals(streams.keyedGaussian(Stream.ADMISSION_SIGNALS, 4, 360), new RandomStreams(11).keyedGaussian(Stream.ADMISSION_SIGNALS, 4, 360));
        int n = 40_000;
        double sum = 0;
        double squares = 0;
        int beyondTwo = 0;
        for (int id = 0; id < n; id++) {
            double z = streams.keyedGaussian(Stream.ADMISSION_SIGNALS, id, 360);
            sum += z;
            squares += z * z;
            beyondTwo += Math.abs(z) > 1.96 ? 1 : 0;
        }
        assertEquals(0.0, sum / n, 0.02, "mean");
        assertEquals(1.0, squares / n, 0.03, "variance");
        assertEquals(0.05, beyondTwo / (double) n, 0.005, "share beyond 1.96");
    }
}
