package org.vetsim.io.output;

import org.vetsim.metrics.Bounds;
import org.vetsim.metrics.MetricColumn;

/**
 * The unit of a metric's values, read from its definition: shares for metrics bounded to
 * [0, 1], money in skilled-wage months (per apprentice-year where the definition says so) or units where the definition says so, months for
 * durations, years for ages, ratios for shares that may exceed one, indices and ratios, "per" units for
 * "per" metrics, and counts otherwise.
 */
public final class MetricUnits {
    private MetricUnits() {
    }

    /** The unit of {@code metric}, e.g. "share", "skilled-wage months", "count". */
    public static String of(MetricColumn metric) {
        String description = metric.description();
        String column = metric.column();
        if (metric.bounds() == Bounds.UNIT) {
            return "share";
        }
        if (description.contains("skilled-wage months")) {
            return description.contains("per apprentice-year") ? "skilled-wage months per apprentice-year" : "skilled-wage months";
        }
        if (description.contains("skilled-wage units")) {
            return "skilled-wage units";
        }
        if (column.contains("months")) {
            return "months";
        }
        if (column.endsWith("_age")) {
            return "years";
        }
        if (description.contains("per open vacancy")) {
            return "per vacancy";
        }
        if (column.endsWith("_share") || column.endsWith("_index") || column.endsWith("_ratio")) {
            return "ratio";
        }
        int per = column.indexOf("_per_");
        if (per >= 0) {
            return "per " + column.substring(per + 5).replace('_', ' ');
        }
        return "count";
    }
}
