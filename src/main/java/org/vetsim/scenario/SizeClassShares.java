package org.vetsim.scenario;

/**
 * Shares of jobs in each employer size class (micro 1-9 staff, small 10-49, medium 50-249,
 * large 250+, the EU classes); normalised to sum to one.
 */
@Rule(keys = {"micro", "small", "medium", "large"}, text = "the four shares are not all zero (they are normalised to sum to one)")
public record SizeClassShares(
        @Param(doc = "Share of jobs in micro firms (1-9 staff).", min = 0, max = 1, fixedAtStart = true) double micro,
        @Param(doc = "Share of jobs in small firms (10-49 staff).", min = 0, max = 1, fixedAtStart = true) double small,
        @Param(doc = "Share of jobs in medium firms (50-249 staff).", min = 0, max = 1, fixedAtStart = true) double medium,
        @Param(doc = "Share of jobs in large firms (250+ staff).", min = 0, max = 1, fixedAtStart = true) double large) {

    public SizeClassShares {
        Checks.validate(SizeClassShares.class, micro, small, medium, large);
        Checks.require(micro + small + medium + large > 0, "micro", "the four shares must not all be zero");
    }

    /** The shares in size-class order: micro, small, medium, large (not normalised). */
    public double[] values() {
        return new double[] {micro, small, medium, large};
    }
}
