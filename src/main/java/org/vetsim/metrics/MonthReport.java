package org.vetsim.metrics;

import java.util.List;

/**
 * Everything observed in one output month: the economy-wide metrics, the metrics of each
 * occupation and of each employer size class, and the youth outcomes by track of origin and by
 * age group. Arrays are indexed by the metric enums' ordinals.
 *
 * @param month output month, 1-based
 * @param year output year, 1-based
 * @param calendarMonth month of the calendar, 1 (January) to 12: {@code education.school_year_start_month} in output month 1
 * @param values economy-wide values, by {@link Metric#ordinal()}
 * @param occupations occupation names, in the order of {@code byOccupation}
 * @param byOccupation per occupation, values by {@link OccupationMetric#ordinal()}
 * @param bySizeClass per size class (micro, small, medium, large), values by {@link SizeClassMetric#ordinal()}
 * @param byTrack per track of origin ({@link Track} order), values by {@link GroupMetric#ordinal()}
 * @param byAgeGroup per age group ({@link AgeGroup} order), values by {@link GroupMetric#ordinal()}
 */
public record MonthReport(int month, int year, int calendarMonth, double[] values, List<String> occupations,
                          double[][] byOccupation, double[][] bySizeClass, double[][] byTrack, double[][] byAgeGroup) {

    public double value(Metric metric) {
        return values[metric.ordinal()];
    }

    public double value(int occupation, OccupationMetric metric) {
        return byOccupation[occupation][metric.ordinal()];
    }

    public double value(int sizeClass, SizeClassMetric metric) {
        return bySizeClass[sizeClass][metric.ordinal()];
    }
}
