package org.vetsim.experiment.optimise;

import org.vetsim.experiment.ExperimentMetrics;
import org.vetsim.io.output.Column;
import org.vetsim.io.output.Columns;
import org.vetsim.metrics.Bounds;

import java.util.Locale;

/** The model's metrics ({@code vetsim metrics}) as a search reads them: names, ranges, labels and columns. */
public class ModelMetricNames implements MetricNames {
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

    @Override
    public String axisLabel(String column) {
        return ExperimentMetrics.axisLabel(ExperimentMetrics.byColumn(column));
    }

    @Override
    public Column schema(String column) {
        return Columns.of(ExperimentMetrics.byColumn(column));
    }
}
