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

    /**
     * Whether the column may be undefined (NaN in the model's reports, an empty cell in the CSV
     * files): a rate or mean taken over events or people that may not occur (no exam sat, no
     * apprentice); its description says when.
     */
    default boolean mayBeUndefined() {
        return false;
    }

    /** Whether {@code value} may appear in this column: finite within its bounds, or undefined where it may be. */
    default boolean admits(double value) {
        return Double.isNaN(value) ? mayBeUndefined() : bounds().admits(value);
    }
}
