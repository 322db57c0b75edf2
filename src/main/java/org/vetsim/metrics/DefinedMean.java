package org.vetsim.metrics;

/**
 * The mean of a metric's values over the months (or runs) where it is defined: an undefined rate
 * ({@link Ratio}, NaN) is left out, and the mean is undefined when no value is defined.
 */
public final class DefinedMean {
    private DefinedMean() {
    }

    /** The mean of the defined values of {@code values} from index {@code from} (inclusive) to {@code to} (exclusive). */
    public static double of(double[] values, int from, int to) {
        double sum = 0;
        int defined = 0;
        for (int i = from; i < to; i++) {
            if (!Double.isNaN(values[i])) {
                sum += values[i];
                defined++;
            }
        }
        return defined > 0 ? sum / defined : Double.NaN;
    }

    /** The mean of all the defined values of {@code values}. */
    public static double of(double[] values) {
        return of(values, 0, values.length);
    }
}
