package org.vetsim.experiment.optimise;

/**
 * How good a candidate is for a search, by the feasibility rule (Deb 2000): a candidate that
 * meets every constraint beats one that does not; two that do are ranked by the objective; two
 * that do not by their total shortfall. CMA-ES only ranks candidates, so the rule is handed to
 * it as one number, {@link #value}: a bounded increasing function of the objective, in (-1, 1),
 * for a feasible candidate, 1 plus the total shortfall for an infeasible one, and
 * {@link Scorer#FAILED} for one whose runs failed.
 *
 * @param failed whether some run failed (or a value was undefined)
 * @param feasible whether every constraint is met by the means
 * @param objective the objective metric's mean
 * @param shortfall the sum over constraints of the amount each is missed by, divided by its scale
 * @param value the number the search minimises
 * @param tieBreak for a feasible candidate on a trade-off curve, the other metric (as a quantity
 *                 to minimise); 0 otherwise. Breaks ties between candidates with the same value,
 *                 so that an end of the curve is not a point another beats in the other metric
 * @param slack for a feasible candidate, the smallest margin by which it meets a constraint,
 *              divided by the constraint's scale (infinite without constraints); 0 otherwise.
 *              Breaks remaining ties: the safer candidate first
 */
public record Score(boolean failed, boolean feasible, double objective, double shortfall, double value, double tieBreak,
                    double slack) {
    /** Whether this score is better than {@code other} (ties are not). */
    public boolean betterThan(Score other) {
        return other == null || value < other.value;
    }
}
