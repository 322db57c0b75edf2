package org.vetsim.metrics;

/**
 * A reported rate, share or mean: a part over a whole, undefined when the whole is empty (no
 * exam sat, no apprentice, nobody hired). Undefined values are NaN in the model's reports and
 * empty cells in the CSV files, so that a month, a run or a policy arm without the events a rate
 * counts is left out of its averages instead of counting as 0.
 */
public final class Ratio {
    private Ratio() {
    }

    /** {@code part / whole}, or NaN (undefined) when {@code whole} is not positive. */
    public static double of(double part, double whole) {
        return whole > 0 ? part / whole : Double.NaN;
    }

    /** Whether {@code value} is defined (not NaN). */
    public static boolean defined(double value) {
        return !Double.isNaN(value);
    }
}
