package org.vetsim.io.output;

import org.vetsim.metrics.Bounds;
import org.vetsim.metrics.Metric;
import org.vetsim.metrics.MetricColumn;

import java.util.Arrays;
import java.util.List;

/**
 * The columns that several output files share (months, replications, seeds, the long format's
 * metric and value) and the column of a metric, made from its definition.
 */
public final class Columns {
    /** The output month. */
    public static final Column MONTH = Column.integer("month", "months",
            "Output month: 1 is the first month after the warm-up.", 1);
    /** The output year. */
    public static final Column YEAR = Column.integer("year", "years", "Output year, from 1.", 1);
    /** The month of the calendar. */
    public static final Column CALENDAR_MONTH = Column.integer("calendar_month", "",
            "Month of the calendar, 1 (January) to 12: output month 1 is the month the school year starts "
                    + "(education.school_year_start_month), so months can be set beside published monthly series.", 1)
            .within(1.0, 12.0);
    /** A replication. */
    public static final Column REPLICATION = Column.integer("replication", "",
            "Replication, from 0; replication r of every scenario or design point ran with the same seed.", 0);
    /** The seed of a run. */
    public static final Column SEED = Column.integer("seed", "", "The seed the model ran with.", 0);
    /** The value of the metric named in the same row (long format). */
    public static final Column VALUE = Column.number("value", "",
            "Value of the metric named in the column metric; its unit and range are those of the metric (docs/metrics.md).");

    private Columns() {
    }

    /** The column of {@code metric}: a number in the metric's unit and range, with its definition. */
    public static Column of(MetricColumn metric) {
        Column column = Column.number(metric.column(), MetricUnits.of(metric), metric.description());
        if (metric.bounds() == Bounds.UNIT) {
            return column.within(0.0, 1.0);
        }
        return metric.bounds() == Bounds.NON_NEGATIVE ? column.within(0.0, null) : column;
    }

    /** The columns of {@code metrics}, in order. */
    public static List<Column> of(MetricColumn[] metrics) {
        return Arrays.stream(metrics).map(Columns::of).toList();
    }

    /** The long format's metric column, taking the names of {@code metrics}. */
    public static Column metricName(List<String> metrics) {
        return Column.oneOf("metric", "Name of the metric in this row: a column of timeseries.csv, defined in docs/metrics.md.",
                metrics);
    }

    /** The long format's metric column, taking the name of any economy-wide metric. */
    public static Column metricName() {
        return metricName(Arrays.stream(Metric.values()).map(Metric::column).toList());
    }
}
