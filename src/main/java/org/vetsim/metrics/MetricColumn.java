package org.vetsim.metrics;

/** A column of an output file: its name, the range its values lie in and its definition. */
public interface MetricColumn {
    /** Column name in the CSV output. */
    String column();

    Bounds bounds();

    String description();
}
