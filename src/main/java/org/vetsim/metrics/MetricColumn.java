package org.vetsim.metrics;

/** A column of an output file: its name, the range its values lie in and its definition. */
public interface MetricColumn {
    /** The constant's name (every metric enum has one), e.g. {@code NEET_RATE}. */
    String name();

    /** Column name in the CSV output: the name in lower case, e.g. {@code neet_rate}. */
    default String column() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    Bounds bounds();

    String description();
}
