package org.vetsim.model;

import ec.util.MersenneTwisterFast;

import java.util.EnumMap;
import java.util.Map;

/**
 * One seeded Mersenne Twister per {@link Stream}, all derived from the replication seed by a
 * 64-bit mix, so that every stream differs even for seeds equal in their low 32 bits.
 * Not shared between threads: each model instance owns its streams.
 * <p>
 * A process whose number of draws depends on the state of the economy (one per open vacancy,
 * say) can instead take keyed draws ({@link #keyed}): each a hash of the replication seed, the
 * stream and the draw's own keys (an employer, a slot, a month) rather than the next number of a
 * sequence, so that two policy arms run with the same seed share the draw of every key both
 * meet, however many draws either takes elsewhere (common random numbers).
 */
public final class RandomStreams {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private final Map<Stream, MersenneTwisterFast> streams = new EnumMap<>(Stream.class);
    private final long[] keys = new long[Stream.values().length];

    public RandomStreams(long seed) {
        for (Stream stream : Stream.values()) {
            long mixed = mix(seed ^ mix(GOLDEN_GAMMA * (stream.ordinal() + 1)));
            streams.put(stream, new MersenneTwisterFast(new int[] {
                (int) (mixed >>> 32), (int) mixed, (int) (seed >>> 32), (int) seed, stream.ordinal()}));
            keys[stream.ordinal()] = mix(mixed ^ seed ^ 0xD1B54A32D192ED03L);
        }
    }

    /** The generator of one process. */
    public MersenneTwisterFast get(Stream stream) {
        return streams.get(stream);
    }

    /**
     * A uniform draw in [0, 1) of {@code stream} keyed by {@code a}, {@code b} and {@code c}: the
     * same for the same seed and keys, whatever else was drawn before, and independent of the
     * draws of other keys and of the sequential generator {@link #get} of the stream (SplitMix64's
     * finaliser applied after adding each key, as in SplitMix64's own sequence, Steele, Lea and
     * Flood 2014, OOPSLA). It keeps no state, so it is the same whatever the thread count.
     */
    public double keyed(Stream stream, int a, int b, int c) {
        long h = mix(keys[stream.ordinal()] + GOLDEN_GAMMA * (a + 1L));
        h = mix(h + GOLDEN_GAMMA * (b + 1L));
        h = mix(h + GOLDEN_GAMMA * (c + 1L));
        return (h >>> 11) * 0x1.0p-53;
    }

    /**
     * A standard normal draw of {@code stream} keyed by {@code a} and {@code b}: the Box-Muller
     * transform of the two keyed uniforms {@code (a, b, 0)} and {@code (a, b, 1)}, so, like
     * {@link #keyed}, the same for the same seed and keys whatever else was drawn.
     */
    public double keyedGaussian(Stream stream, int a, int b) {
        double radius = Math.sqrt(-2 * Math.log(1 - keyed(stream, a, b, 0)));
        return radius * Math.cos(2 * Math.PI * keyed(stream, a, b, 1));
    }

    /** SplitMix64 finaliser: a bijective scramble of 64 bits. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
