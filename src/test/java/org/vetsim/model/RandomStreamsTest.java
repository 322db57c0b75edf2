package org.vetsim.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Streams are reproducible, distinct per process, and use all 64 bits of the seed. */
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
}
