package org.vetsim.experiment.optimise;

import org.vetsim.experiment.stats.Summary;
import org.vetsim.metrics.DefinedMean;

import java.util.List;

/**
 * Scores evaluations for one {@link Goal} by the feasibility rule described at {@link Score}.
 * A bound relative to the base is compared with the base's mean over the same replications as
 * the candidate, so each constraint is read as a paired difference (common random numbers).
 * Each shortfall is divided by a scale, so that constraints on metrics of different sizes add
 * up fairly: the base's mean of the metric, or the bound if that is 0, or 1 if both are.
 */
public final class Scorer {
    /** The value of a candidate whose runs failed: worse than any other. */
    public static final double FAILED = 1e6;

    private final Goal goal;
    private final Objective tieBreak;
    private final int tieBreakColumn;
    private final Evaluation base;
    private final int objectiveColumn;
    private final int[] columns;
    private final double objectiveScale;
    private final double[] scales;

    /**
     * @param goal what to optimise
     * @param names the outcome columns
     * @param base the base, run over at least as many replications as any candidate
     */
    public Scorer(Goal goal, List<String> names, Evaluation base) {
        this(goal, names, base, null);
    }

    /**
     * A scorer that breaks ties in the objective between feasible candidates by {@code tieBreak}
     * (for the searches of a trade-off curve).
     */
    public Scorer(Goal goal, List<String> names, Evaluation base, Objective tieBreak) {
        this.goal = goal;
        this.tieBreak = tieBreak;
        this.tieBreakColumn = tieBreak == null ? -1 : names.indexOf(tieBreak.metric());
        this.base = base;
        this.objectiveColumn = names.indexOf(goal.objective().metric());
        this.columns = goal.constraints().stream().mapToInt(c -> names.indexOf(c.metric())).toArray();
        this.objectiveScale = scale(Math.abs(base.mean(objectiveColumn)), 1);
        this.scales = new double[columns.length];
        for (int i = 0; i < columns.length; i++) {
            double mean = base.mean(columns[i]);
            scales[i] = scale(Math.abs(mean), scale(Math.abs(goal.constraints().get(i).bound().threshold(mean)), 1));
        }
    }

    /** The goal. */
    public Goal goal() {
        return goal;
    }

    /** The score of {@code evaluation}. */
    public Score score(Evaluation evaluation) {
        if (evaluation.failed()) {
            return new Score(true, false, Double.NaN, Double.NaN, FAILED, 0, 0);
        }
        double objective = evaluation.mean(objectiveColumn);
        double shortfall = 0;
        double slack = Double.POSITIVE_INFINITY;
        for (int i = 0; i < columns.length; i++) {
            double missed = shortfall(i, evaluation) / scales[i];
            shortfall += Math.max(0, missed);
            slack = Math.min(slack, -missed);
        }
        if (!Double.isFinite(objective) || Double.isNaN(shortfall)) {
            return new Score(true, false, objective, shortfall, FAILED, 0, 0);
        }
        if (shortfall > 0) {
            return new Score(false, false, objective, shortfall, 1 + shortfall, 0, 0);
        }
        double bounded = 2 / Math.PI * Math.atan(goal.objective().sign() * objective / objectiveScale);
        double other = tieBreak == null ? 0 : tieBreak.sign() * evaluation.mean(tieBreakColumn);
        return new Score(false, true, objective, 0, bounded, other, slack);
    }

    /** The bound of constraint {@code i} for a candidate evaluated over {@code replications} replications. */
    public double threshold(int i, int replications) {
        double baseMean = DefinedMean.of(base.values(columns[i], replications));
        return goal.constraints().get(i).bound().threshold(baseMean);
    }

    /** By how much {@code evaluation} misses constraint {@code i} (0 or less: met). */
    public double shortfall(int i, Evaluation evaluation) {
        return goal.constraints().get(i).shortfall(evaluation.mean(columns[i]), threshold(i, evaluation.replications()));
    }

    private static double scale(double value, double fallback) {
        return value > 0 ? value : fallback;
    }
}
