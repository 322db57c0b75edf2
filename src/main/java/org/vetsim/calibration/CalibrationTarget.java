package org.vetsim.calibration;

import org.vetsim.metrics.Metric;

import java.util.List;

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
 * @param referenceDate the reference date of a stock figure counted on a day or in a survey week
 *                      (31 December, mid-May), empty for a figure of the whole year
 * @param referenceMonths the calendar months (1 January to 12 December) at whose ends the model's
 *                        stock is read for the reference date: the month ending at it, or the two
 *                        whose ends enclose a mid-month date; empty for a figure of the whole year
 */
public record CalibrationTarget(String preset, Metric metric, double target, double low, double high, String source,
                                int outputYear, Statistic statistic, String referenceDate, List<Integer> referenceMonths) {

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

    public CalibrationTarget {
        referenceMonths = List.copyOf(referenceMonths);
        boolean monthsValid = referenceMonths.stream().allMatch(m -> m >= 1 && m <= 12);
        if (!monthsValid || referenceDate.isEmpty() != referenceMonths.isEmpty()
                || (!referenceMonths.isEmpty() && statistic != Statistic.MEAN)) {
            throw new IllegalArgumentException("reference date '" + referenceDate + "' at months " + referenceMonths + " of "
                    + preset + " " + metric + ": none, or a date with calendar months 1-12 for the mean of a stock");
        }
    }

    /** {@code statistic} of {@code metric} over the months of output year {@code outputYear} (0: the steady state). */
    public CalibrationTarget(String preset, Metric metric, double target, double low, double high, String source,
                             int outputYear, Statistic statistic) {
        this(preset, metric, target, low, high, source, outputYear, statistic, "", List.of());
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

    /**
     * The same target, a stock counted on {@code date}: read from the model's stock at the ends of
     * calendar {@code months} (the month ending at the date, or the two whose ends enclose it).
     */
    public CalibrationTarget at(String date, Integer... months) {
        return new CalibrationTarget(preset, metric, target, low, high, source, outputYear, statistic, date, List.of(months));
    }

    /** Whether the model's value at the end of calendar month {@code calendarMonth} is read. */
    public boolean reads(int calendarMonth) {
        return referenceMonths.isEmpty() || referenceMonths.contains(calendarMonth);
    }

    /** When the figure is read: the steady state or the output year named, and the reference date if any. */
    public String when() {
        String period = outputYear > 0 ? "output year " + outputYear : "steady state";
        return referenceDate.isEmpty() ? period : period + ", " + referenceDate;
    }

    /** The key of the target in {@link KnownMisses#all}. */
    public String key() {
        return CalibrationTargets.key(preset, metric, statistic);
    }
}
