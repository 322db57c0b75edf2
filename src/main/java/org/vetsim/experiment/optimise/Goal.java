package org.vetsim.experiment.optimise;

import org.vetsim.experiment.ExperimentException;
import org.vetsim.io.output.Numbers;
import org.vetsim.metrics.Bounds;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * What one search looks for: the objective, and the constraints a candidate must meet.
 *
 * @param objective the metric to minimise or maximise
 * @param constraints the constraints, in the order given
 */
public record Goal(Objective objective, List<Constraint> constraints) {
    public Goal {
        constraints = List.copyOf(constraints);
    }

    /** This goal with one more constraint. */
    public Goal with(Constraint constraint) {
        List<Constraint> all = new ArrayList<>(constraints);
        all.add(constraint);
        return new Goal(objective, all);
    }

    /** This goal with another objective. */
    public Goal optimising(Objective other) {
        return new Goal(other, constraints);
    }

    /** The metrics the goal reads: the objective's, then the constrained ones, each once. */
    public List<String> metrics() {
        List<String> metrics = new ArrayList<>(List.of(objective.metric()));
        constraints.forEach(c -> {
            if (!metrics.contains(c.metric())) {
                metrics.add(c.metric());
            }
        });
        return metrics;
    }

    /**
     * Fails with a clear message if no outcome could ever meet the constraints: a bound outside
     * the values a metric can take, or two bounds on one metric that exclude each other.
     * Bounds relative to the base are checked only when {@code baseMean} is given.
     *
     * @param metrics the metrics' ranges
     * @param baseMean the base's mean of a metric, or null before the base has run
     */
    public void requireAttainable(MetricNames metrics, ToDoubleFunction<String> baseMean) {
        for (Constraint c : constraints) {
            if (c.bound().relative() && baseMean == null) {
                continue;
            }
            double threshold = c.bound().threshold(baseMean == null ? Double.NaN : baseMean.applyAsDouble(c.metric()));
            Bounds range = metrics.bounds(c.metric());
            boolean belowFloor = c.atMost() && threshold < 0 && range != Bounds.ANY;
            boolean aboveCeiling = !c.atMost() && threshold > 1 && range == Bounds.UNIT;
            if (belowFloor || aboveCeiling) {
                throw new ExperimentException("--subject-to '" + c.text() + "' cannot be met: " + c.metric() + " is "
                        + (range == Bounds.UNIT ? "a share between 0 and 1" : "never negative")
                        + (c.bound().relative() ? " and the bound comes to " + Numbers.brief(threshold) : ""));
            }
            for (Constraint other : constraints) {
                if (other.metric().equals(c.metric()) && c.atMost() && !other.atMost()) {
                    requireCompatible(c, threshold, other, baseMean);
                }
            }
        }
    }

    private static void requireCompatible(Constraint upper, double top, Constraint lower, ToDoubleFunction<String> baseMean) {
        if (lower.bound().relative() && baseMean == null) {
            return;
        }
        double bottom = lower.bound().threshold(baseMean == null ? Double.NaN : baseMean.applyAsDouble(lower.metric()));
        if (bottom > top) {
            throw new ExperimentException("--subject-to '" + upper.text() + "' and '" + lower.text()
                    + "' cannot both be met: " + upper.metric() + " would have to be at most " + Numbers.brief(top)
                    + " and at least " + Numbers.brief(bottom));
        }
    }
}
