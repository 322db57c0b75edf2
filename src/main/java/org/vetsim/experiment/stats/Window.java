package org.vetsim.experiment.stats;

import org.vetsim.metrics.DefinedMean;

/**
 * A span of output months over which a monthly series is averaged, giving one number per run:
 * the end of the horizon (the last 12 months, which smooths the yearly rhythm of exams and
 * intakes), the whole horizon, or one output year.
 *
 * @param name short name used in CSV files: {@code end}, {@code horizon} or {@code year_Y}
 * @param description the span in words
 * @param fromMonth first month, 1-based
 * @param toMonth last month, inclusive
 */
public record Window(String name, String description, int fromMonth, int toMonth) {
    public Window {
        if (fromMonth < 1 || toMonth < fromMonth) {
            throw new IllegalArgumentException("bad window " + fromMonth + ".." + toMonth);
        }
    }

    /** The last 12 of {@code months} output months (all of them if fewer). */
    public static Window end(int months) {
        return new Window("end", "end of the horizon (mean of the last 12 months)", Math.max(1, months - 11), months);
    }

    /** All {@code months} output months. */
    public static Window horizon(int months) {
        return new Window("horizon", "average over the whole horizon", 1, months);
    }

    /** Output year {@code year} (months 12 (year - 1) + 1 to 12 year). */
    public static Window year(int year) {
        return new Window("year_" + year, "year " + year + " (mean of its 12 months)", 12 * (year - 1) + 1, 12 * year);
    }

    /**
     * The mean of the series (index 0 is month 1) over the months of this window where it is
     * defined; undefined (NaN) when it is undefined in all of them (a rate without the events it
     * counts, see {@link org.vetsim.metrics.MetricColumn#mayBeUndefined}).
     */
    public double mean(double[] monthly) {
        return DefinedMean.of(monthly, fromMonth - 1, toMonth);
    }
}
