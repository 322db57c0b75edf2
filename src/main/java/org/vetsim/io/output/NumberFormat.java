package org.vetsim.io.output;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Locale-independent, deterministic number text for CSV files: whole numbers without a decimal
 * point, others with at most eight significant digits and no trailing zeros.
 */
public final class NumberFormat {
    private static final MathContext PRECISION = new MathContext(8);

    private NumberFormat() {
    }

    public static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "NaN";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return new BigDecimal(value).round(PRECISION).stripTrailingZeros().toPlainString();
    }
}
