package org.vetsim.scenario;

/**
 * Relative monthly rates of adult separations in each employer size class (micro 1-9 staff, small
 * 10-49, medium 50-249, large 250+): only their ratios matter, as they are rescaled so that the
 * rate over all jobs is {@code adult_separation_rate} ({@link LabourMarketSettings#adultSeparationRates()}).
 * Turnover statistics by size class (JOLTS, the Japanese and Korean establishment surveys) find
 * that small firms lose their staff much faster than large ones.
 */
@Rule(keys = {"micro", "small", "medium", "large"}, text = "every factor is above 0 (adults of every size class leave at some rate)")
public record SizeClassFactors(
        @Param(doc = "Adult separation rate of micro firms (1-9 staff) relative to the other classes.", min = 0, max = 20) double micro,
        @Param(doc = "Adult separation rate of small firms (10-49 staff) relative to the other classes.", min = 0, max = 20) double small,
        @Param(doc = "Adult separation rate of medium firms (50-249 staff) relative to the other classes.", min = 0, max = 20) double medium,
        @Param(doc = "Adult separation rate of large firms (250+ staff) relative to the other classes.", min = 0, max = 20) double large) {

    public SizeClassFactors {
        Checks.validate(SizeClassFactors.class, micro, small, medium, large);
        double[] factors = {micro, small, medium, large};
        for (int c = 0; c < factors.length; c++) {
            Checks.require(factors[c] > 0, CLASSES[c], "must be above 0: a relative separation rate (1 for the same rate as the other classes)");
        }
    }

    /** The size classes' keys, in size-class order. */
    static final String[] CLASSES = {"micro", "small", "medium", "large"};

    /** The factors in size-class order: micro, small, medium, large. */
    public double[] values() {
        return new double[] {micro, small, medium, large};
    }
}
