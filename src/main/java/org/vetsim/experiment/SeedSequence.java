package org.vetsim.experiment;

import java.util.HashSet;
import java.util.Set;

/**
 * Per-replication seeds derived from one master seed by SplitMix64 (Steele, Lea and Flood
 * 2014): replication r gets the (r+1)-th output of the generator started at the master seed,
 * cut to its low 32 bits, since MASON's generators see only those. An output whose 32 bits
 * equal an earlier replication's is skipped, so the seeds are distinct in their low 32 bits.
 * The first k seeds do not depend on how many are asked for, so adding replications later keeps
 * the earlier ones.
 */
public final class SeedSequence {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    /** Most replications one experiment may have. */
    public static final int MAX_REPLICATIONS = 1_000_000;

    private SeedSequence() {
    }

    /**
     * A seed given on the command line ({@code --seed} of every command), checked by the rule of
     * the scenario key {@code simulation.seed}: a whole number, 0 or more.
     */
    public static long checkGiven(long seed) {
        if (seed < 0) {
            throw new ExperimentException("--seed must be 0 or more (as simulation.seed), got " + seed);
        }
        return seed;
    }

    /** The seeds of replications 0 to {@code count - 1}, each in [0, 2^32). */
    public static long[] seeds(long master, int count) {
        if (count < 0 || count > MAX_REPLICATIONS) {
            throw new ExperimentException("replications must be between 0 and " + MAX_REPLICATIONS + ", got " + count);
        }
        long[] seeds = new long[count];
        Set<Long> used = new HashSet<>();
        long state = master;
        int r = 0;
        while (r < count) {
            state += GOLDEN_GAMMA;
            long candidate = mix(state) & 0xFFFF_FFFFL;
            if (used.add(candidate)) {
                seeds[r++] = candidate;
            }
        }
        return seeds;
    }

    /**
     * A seed for another purpose than a replication (a design, a bootstrap), derived from the
     * master seed and the purpose's name, so that it never coincides with the replication streams.
     */
    public static long derive(long master, String purpose) {
        return mix(master ^ mix(purpose.hashCode() * GOLDEN_GAMMA + 1)) & 0xFFFF_FFFFL;
    }

    /** The SplitMix64 output function: a bijective scramble of 64 bits. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
