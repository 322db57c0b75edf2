package org.vetsim.experiment;

import java.util.List;

/**
 * How a sweep's design was made, so that it can be rebuilt identically when the results are
 * assembled or merged.
 *
 * @param design {@code grid}, {@code lhs} or {@code sobol}
 * @param vary the {@code --vary} specifications, in order
 * @param samples the {@code --samples} value (0 for a grid)
 * @param designSeed seed of a Latin hypercube's permutations
 * @param bootstrap bootstrap resamples for the sensitivity intervals
 * @param bootstrapSeed seed of the bootstrap
 * @param reformYear the output year from whose first month the varied keys take effect, as a
 *                   reform added to the base's timeline; 0: from the start, like {@code --set}
 */
public record SweepSpec(String design, List<String> vary, int samples, long designSeed, int bootstrap,
                        long bootstrapSeed, int reformYear) {
    public SweepSpec {
        vary = List.copyOf(vary);
    }
}
