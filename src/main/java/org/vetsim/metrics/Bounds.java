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
}
