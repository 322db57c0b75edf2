package org.vetsim.io.output;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Locale-independent, deterministic number text: {@link #csv} for data files (ten significant
 * digits, enough for any statistic reported) and {@link #brief} for reports.
 */
public final class Numbers {
    private static final MathContext CSV_DIGITS = new MathContext(10);
    private static final MathContext BRIEF_DIGITS = new MathContext(3);

    private Numbers() {
    }

    /**
     * A value for a CSV cell: empty when undefined (NaN), whole numbers without a decimal point,
     * others to ten significant digits without trailing zeros, in scientific notation below 1e-4.
     */
    public static String csv(double value) {
        return format(value, CSV_DIGITS, "");
    }

    /** A value for prose and tables: three significant digits, "n/a" when undefined. */
    public static String brief(double value) {
        return format(value, BRIEF_DIGITS, "n/a");
    }

    /** A p-value for prose: "< 0.001" below a thousandth, else three significant digits. */
    public static String pValue(double p) {
        if (Double.isNaN(p)) {
            return "n/a";
        }
        return p < 0.001 ? "< 0.001" : brief(p);
    }

    private static String format(double value, MathContext digits, String undefined) {
        if (Double.isNaN(value)) {
            return undefined;
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Inf" : "-Inf";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        BigDecimal rounded = new BigDecimal(value).round(digits).stripTrailingZeros();
        if (Math.abs(value) < 1e-4) {
            return rounded.toString();
        }
        return rounded.toPlainString();
    }
}
