package org.vetsim.experiment.optimise;

import org.vetsim.experiment.ExperimentException;

/**
 * A constraint on an outcome, {@code METRIC<=BOUND} or {@code METRIC>=BOUND}: the metric's mean
 * over a candidate's replications, in the search's window, must not exceed (or fall below) the
 * bound.
 *
 * @param metric the metric's column name
 * @param atMost true for {@code <=}, false for {@code >=}
 * @param bound the bound
 */
public record Constraint(String metric, boolean atMost, Bound bound) {
    /**
     * Parses {@code METRIC<=BOUND} or {@code METRIC>=BOUND}; {@code metrics} checks the name and
     * gives its column.
     */
    public static Constraint parse(String text, MetricNames metrics) {
        String context = "--subject-to '" + text + "'";
        int le = text.indexOf("<=");
        int ge = text.indexOf(">=");
        if (le < 0 == ge < 0 || text.indexOf('=') != Math.max(le, ge) + 1 || text.lastIndexOf('=') != text.indexOf('=')) {
            throw new ExperimentException(context + ": expected METRIC<=VALUE or METRIC>=VALUE, e.g. 'neet_rate<=base-0.02'");
        }
        int at = Math.max(le, ge);
        String metric = metrics.column(text.substring(0, at).strip());
        return new Constraint(metric, le >= 0, Bound.parse(text.substring(at + 2), context));
    }

    /** By how much {@code value} misses {@code threshold} (0 or less: met). */
    public double shortfall(double value, double threshold) {
        return atMost ? value - threshold : threshold - value;
    }

    /** The operator as written. */
    public String operator() {
        return atMost ? "<=" : ">=";
    }

    /** The constraint as written, e.g. {@code neet_rate<=base-0.02}. */
    public String text() {
        return metric + operator() + bound.text();
    }
}
