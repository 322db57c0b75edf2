package org.vetsim.calibration;

import org.vetsim.metrics.Metric;

/**
 * A published structural figure a country preset should reproduce: the simulated
 * {@code statistic} of {@code metric} should lie within [{@code low}, {@code high}] around
 * {@code target}.
 *
 * @param preset bundled scenario name
 * @param metric the simulated metric compared
 * @param target the published figure, in the metric's unit
 * @param low lower end of the tolerance band
 * @param high upper end of the tolerance band
 * @param source where the figure comes from
 * @param outputYear the output year the figure describes, for a preset whose reforms make years
 *                   differ (its twelve months are averaged); 0 for a steady state (the last five
 *                   output years are averaged)
 * @param statistic what is taken of the metric's monthly values
 */
public record CalibrationTarget(String preset, Metric metric, double target, double low, double high, String source,
                                int outputYear, Statistic statistic) {

    /** What a target compares: the level of a metric, or the size of its pattern within the year. */
    public enum Statistic {
        /** The mean over the months. */
        MEAN(""),
        /**
         * The range (highest less lowest month) of the mean monthly profile: each month of the
         * school year averaged over the years, as the size of a not seasonally adjusted series'
         * within-year pattern is measured.
         */
        WITHIN_YEAR_RANGE(" (within-year range)");

        private final String label;

        Statistic(String label) {
            this.label = label;
        }

        /** How the statistic is named after the metric in the report, empty for the mean. */
        public String label() {
            return label;
        }
    }

    /** The mean of {@code metric} in output year {@code outputYear} (0: the steady state). */
    public CalibrationTarget(String preset, Metric metric, double target, double low, double high, String source,
                             int outputYear) {
        this(preset, metric, target, low, high, source, outputYear, Statistic.MEAN);
    }

    /** The mean of {@code metric} in the preset's steady state. */
    public CalibrationTarget(String preset, Metric metric, double target, double low, double high, String source) {
        this(preset, metric, target, low, high, source, 0, Statistic.MEAN);
    }

    /** The key of the target in {@link KnownMisses#all}. */
    public String key() {
        return CalibrationTargets.key(preset, metric, statistic);
    }
}
