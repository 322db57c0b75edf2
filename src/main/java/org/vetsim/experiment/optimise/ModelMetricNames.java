package org.vetsim.experiment.optimise;

import org.vetsim.experiment.ExperimentMetrics;
import org.vetsim.io.output.Column;
import org.vetsim.io.output.Columns;
import org.vetsim.metrics.Bounds;
import org.vetsim.metrics.Metric;

import java.util.Locale;

/** The model's metrics ({@code vetsim metrics}) as a search reads them: names, ranges, labels and columns. */
public class ModelMetricNames implements MetricNames {
    private static final String MONEY = "skilled-wage months";

    @Override
    public String column(String name) {
        return ExperimentMetrics.byColumn(name.strip().toLowerCase(Locale.ROOT)).column();
    }

    @Override
    public Bounds bounds(String column) {
        return ExperimentMetrics.byColumn(column).bounds();
    }

    @Override
    public String title(String column) {
        return ExperimentMetrics.title(ExperimentMetrics.byColumn(column));
    }

    /**
     * Title and unit, the unit as a search's values have it: within a run a metric is the mean of
     * its monthly values over the window, so money paid in a month (public_cost, say) is an amount
     * a month, "Public cost (skilled-wage months a month)", and a cost per apprentice-year remains
     * one, "(skilled-wage months per apprentice-year)".
     */
    @Override
    public String axisLabel(String column) {
        Metric metric = ExperimentMetrics.byColumn(column);
        return ExperimentMetrics.title(metric) + " (" + unit(metric) + ")";
    }

    private static String unit(Metric metric) {
        String unit = ExperimentMetrics.unit(metric);
        if (unit.equals(MONEY) && metric.description().contains("this month")) {
            return MONEY + " a month";
        }
        return unit;
    }

    @Override
    public Column schema(String column) {
        return Columns.of(ExperimentMetrics.byColumn(column));
    }
}
