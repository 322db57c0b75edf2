package org.vetsim.gui;

import org.vetsim.metrics.MonthReport;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * One live chart: its title, the label of its value axis (with the unit) and its series.
 *
 * @param title chart title
 * @param yLabel value-axis label, unit included
 * @param minimumRange the least span of the value axis, so a flat line at zero draws as one
 * @param nonNegative whether every value is at least zero, so the axis starts at zero
 * @param series the lines drawn, in legend order
 */
record ChartSpec(String title, String yLabel, double minimumRange, boolean nonNegative, List<Series> series) {

    ChartSpec {
        series = List.copyOf(series);
    }

    /**
     * One line of a chart: its legend name and its value in a month's report.
     *
     * @param name legend entry
     * @param value the charted value of a report
     */
    record Series(String name, ToDoubleFunction<MonthReport> value) {
    }
}
