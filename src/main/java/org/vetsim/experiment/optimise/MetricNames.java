package org.vetsim.experiment.optimise;

import org.vetsim.io.output.Column;
import org.vetsim.metrics.Bounds;

/**
 * The outcome columns a search can read, as {@link Outcomes} provides them: checks names given
 * on the command line and tells what values each metric can take and how to label it.
 */
public interface MetricNames {
    /** The column of {@code name}; an {@code ExperimentException} naming the known ones if unknown. */
    String column(String name);

    /** The range the metric's values lie in. */
    Bounds bounds(String column);

    /** A readable name, e.g. "NEET rate". */
    String title(String column);

    /** An axis label: title and unit. */
    String axisLabel(String column);

    /** The metric as a column of an output file: its type, unit, meaning and range. */
    Column schema(String column);
}
