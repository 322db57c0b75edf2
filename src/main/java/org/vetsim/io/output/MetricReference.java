package org.vetsim.io.output;

import org.vetsim.metrics.Bounds;
import org.vetsim.metrics.Metric;
import org.vetsim.metrics.MetricColumn;
import org.vetsim.metrics.OccupationMetric;
import org.vetsim.metrics.SizeClassMetric;

/**
 * The definition of every output column, generated from the metric enums: the text of
 * {@code docs/metrics.md} and of {@code vetsim metrics}.
 */
public final class MetricReference {
    private MetricReference() {
    }

    /** Markdown tables of all three output files. */
    public static String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Output columns\n\n")
                .append("Generated from the code by `./vetsim metrics`; a test keeps this file current.\n")
                .append("Money is in skilled-wage months (one month's wage of a fully skilled worker). ")
                .append("Rates follow the ILO definitions: apprentices count as employed; NEET = unemployed + inactive.\n\n")
                .append("## timeseries.csv\n\nOne row per output month. `month` is the output month (1 = first month after the warm-up), ")
                .append("`year` the output year (1-based).\n\n");
        table(md, Metric.values());
        md.append("\n## occupations.csv\n\nOne row per output month and occupation (keys `month`, `year`, `occupation`).\n\n");
        table(md, OccupationMetric.values());
        md.append("\n## size_classes.csv\n\nOne row per output month and employer size class "
                + "(keys `month`, `year`, `size_class`: micro 1-9, small 10-49, medium 50-249, large 250+ staff).\n\n");
        table(md, SizeClassMetric.values());
        return md.toString();
    }

    private static void table(StringBuilder md, MetricColumn[] metrics) {
        md.append("| column | range | definition |\n|---|---|---|\n");
        for (MetricColumn metric : metrics) {
            md.append("| `").append(metric.column()).append("` | ")
                    .append(range(metric.bounds())).append(" | ").append(metric.description()).append(" |\n");
        }
    }

    private static String range(Bounds bounds) {
        return switch (bounds) {
            case UNIT -> "0 to 1";
            case NON_NEGATIVE -> "0 or more";
            case ANY -> "any";
        };
    }
}
