package org.vetsim.scenario;

/**
 * Relative monthly rates of leaving an employer in each employer size class (micro 1-9 staff,
 * small 10-49, medium 50-249, large 250+): of adults ({@code adult_separation_size_factors}), where
 * only their ratios matter, as they are rescaled so that the rate over all jobs is
 * {@code adult_separation_rate} ({@link LabourMarketSettings#adultSeparationRates()}); or of young
 * employees ({@code young_quit_size_factors}), each relative to the young's rate over employers of
 * every size, {@code quit_rate} ({@link LabourMarketSettings#youngQuitSizeMultipliers()}). Turnover
 * statistics by size class (JOLTS, the Japanese and Korean establishment surveys, MHLW's
 * separations of new graduates, the KEIS Youth Panel) find that small firms lose their staff much
 * faster than large ones.
 */
@Rule(keys = {"micro", "small", "medium", "large"}, text = "every factor is above 0 (staff of every size class leave at some rate)")
public record SizeClassFactors(
        @Param(doc = "Rate of leaving micro firms (1-9 staff), relative to the other classes (adults) or to the rate at employers of every size (the young).", min = 0, max = 20) double micro,
        @Param(doc = "Rate of leaving small firms (10-49 staff), relative to the other classes (adults) or to the rate at employers of every size (the young).", min = 0, max = 20) double small,
        @Param(doc = "Rate of leaving medium firms (50-249 staff), relative to the other classes (adults) or to the rate at employers of every size (the young).", min = 0, max = 20) double medium,
        @Param(doc = "Rate of leaving large firms (250+ staff), relative to the other classes (adults) or to the rate at employers of every size (the young).", min = 0, max = 20) double large) {

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
