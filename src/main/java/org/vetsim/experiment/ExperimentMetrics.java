package org.vetsim.experiment;

import org.vetsim.io.output.MetricUnits;
import org.vetsim.io.scenario.Suggestions;
import org.vetsim.metrics.Bounds;
import org.vetsim.metrics.Metric;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The metrics an experiment analyses: the default key outcomes, {@code --metrics} parsing, and
 * the titles and units used on charts and in reports.
 */
public final class ExperimentMetrics {
    /** A gross flow between labour-force states in a column name, such as "flow u to e". */
    private static final Pattern FLOW = Pattern.compile("\\bflow ([eun]) to ([eun])\\b");

    /** Outcomes analysed when {@code --metrics} is not given. */
    public static final List<Metric> KEY = List.of(
            Metric.YOUTH_UNEMPLOYMENT_RATE, Metric.NEET_RATE, Metric.MEAN_MONTHS_TO_FIRST_JOB,
            Metric.SKILL_MISMATCH, Metric.VACANCY_FILL_RATE, Metric.TRAINING_FIRM_SHARE,
            Metric.APPRENTICES, Metric.EXAM_PASS_RATE, Metric.EMPLOYER_NET_TRAINING_COST, Metric.PUBLIC_COST);

    private ExperimentMetrics() {
    }

    /** Parses a comma-separated list of metric columns; null or blank gives {@link #KEY}. */
    public static List<Metric> parse(String list) {
        if (list == null || list.isBlank()) {
            return KEY;
        }
        List<Metric> metrics = new ArrayList<>();
        for (String name : list.split(",")) {
            Metric metric = byColumn(name.strip().toLowerCase(Locale.ROOT));
            if (!metrics.contains(metric)) {
                metrics.add(metric);
            }
        }
        return metrics;
    }

    /** The metric of a column name such as {@code neet_rate}. */
    public static Metric byColumn(String column) {
        for (Metric metric : Metric.values()) {
            if (metric.column().equals(column)) {
                return metric;
            }
        }
        List<String> columns = Arrays.stream(Metric.values()).map(Metric::column).toList();
        String hint = Suggestions.closest(column, columns).map(near -> "did you mean '" + near + "'? ").orElse("");
        throw new ExperimentException("unknown metric '" + column + "'; " + hint + "'vetsim metrics' lists the "
                + columns.size() + " known metrics");
    }

    /**
     * A readable name: {@code neet_rate_15_24} gives "NEET rate 15-24", {@code vet_entry_share}
     * "VET entry share", {@code adult_flow_u_to_e} "Adult flow U->E" (the labour force surveys'
     * gross flows between employment, unemployment and inactivity).
     */
    public static String title(Metric metric) {
        String words = metric.column().replace('_', ' ');
        words = words.replaceAll("\\bneet\\b", "NEET").replaceAll("\\bvet\\b", "VET");
        words = FLOW.matcher(words).replaceAll(m -> "flow " + m.group(1).toUpperCase(Locale.ROOT) + "->"
                + m.group(2).toUpperCase(Locale.ROOT));
        words = words.replaceAll("(\\d+) (\\d+)$", "$1-$2");
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The unit of the metric's values, for axis labels. */
    public static String unit(Metric metric) {
        return metric.bounds() == Bounds.UNIT ? "share, 0 to 1" : MetricUnits.of(metric);
    }

    /** Axis label: title and unit. */
    public static String axisLabel(Metric metric) {
        return title(metric) + " (" + unit(metric) + ")";
    }

    /** The factor by which charts show a metric's values: 100 for a share, shown in percent, as the reports do; 1 otherwise. */
    public static double chartScale(Metric metric) {
        return metric.bounds() == Bounds.UNIT ? 100.0 : 1.0;
    }

    /** A chart's value axis: title and unit, a share in percent. */
    public static String chartLabel(Metric metric) {
        return metric.bounds() == Bounds.UNIT ? title(metric) + " (%)" : axisLabel(metric);
    }

    /** {@code values} times {@link #chartScale}, as a new array. */
    public static double[] forChart(Metric metric, double[] values) {
        double scale = chartScale(metric);
        double[] scaled = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            scaled[i] = values[i] * scale;
        }
        return scaled;
    }
}
