package org.vetsim.metrics;

/** The range a metric's values must lie in, checked by the tests. */
public enum Bounds {
    /** A share or rate in [0,1]. */
    UNIT,
    /** A non-negative number (counts, months, wages, money amounts). */
    NON_NEGATIVE,
    /** Any finite number (net costs may be negative: a net benefit). */
    ANY;

    /** Whether {@code value} is finite and within these bounds. */
    public boolean admits(double value) {
        if (!Double.isFinite(value)) {
            return false;
        }
        return switch (this) {
            case UNIT -> value >= 0 && value <= 1;
            case NON_NEGATIVE -> value >= 0;
            case ANY -> true;
        };
    }

    /**
     * {@code value} moved to the nearest value within these bounds (NaN stays NaN): for drawing a
     * confidence band, whose t interval can reach past a rate's 0 or 1 with few replications.
     */
    public double clamp(double value) {
        return switch (this) {
            case UNIT -> Math.max(0, Math.min(1, value));
            case NON_NEGATIVE -> Math.max(0, value);
            case ANY -> value;
        };
    }
}
