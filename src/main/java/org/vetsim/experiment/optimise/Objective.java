package org.vetsim.experiment.optimise;

/**
 * What a search optimises: one metric's mean over a candidate's replications, in the search's
 * window, to be made as small (or as large) as possible.
 *
 * @param metric the metric's column name
 * @param maximise whether larger is better
 */
public record Objective(String metric, boolean maximise) {
    /** +1 to minimise, -1 to maximise: the objective as a quantity to minimise is sign times the mean. */
    public double sign() {
        return maximise ? -1 : 1;
    }

    /** "minimise public_cost" or "maximise ...". */
    public String text() {
        return (maximise ? "maximise " : "minimise ") + metric;
    }
}
