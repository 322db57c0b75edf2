package org.vetsim.model;

import ec.util.MersenneTwisterFast;

import java.util.EnumMap;
import java.util.Map;

/**
 * One seeded Mersenne Twister per {@link Stream}, all derived from the replication seed by a
 * 64-bit mix, so that every stream differs even for seeds equal in their low 32 bits.
 * Not shared between threads: each model instance owns its streams.
 */
public final class RandomStreams {
    private final Map<Stream, MersenneTwisterFast> streams = new EnumMap<>(Stream.class);

    public RandomStreams(long seed) {
        for (Stream stream : Stream.values()) {
            long mixed = mix(seed ^ mix(0x9E3779B97F4A7C15L * (stream.ordinal() + 1)));
            streams.put(stream, new MersenneTwisterFast(new int[] {
                (int) (mixed >>> 32), (int) mixed, (int) (seed >>> 32), (int) seed, stream.ordinal()}));
        }
    }

    /** The generator of one process. */
    public MersenneTwisterFast get(Stream stream) {
        return streams.get(stream);
    }

    /** SplitMix64 finaliser: a bijective scramble of 64 bits. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
