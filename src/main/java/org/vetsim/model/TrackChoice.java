package org.vetsim.model;

import org.vetsim.scenario.EducationSettings;

/**
 * The choice between vocational and general upper-secondary education at the end of
 * lower-secondary school: a logit in the person's ability score around the system's VET
 * propensity. Also gives the share of a cohort that chooses VET in expectation, from which
 * colleges' seats are set at the start so that the first intakes are not rationed by an
 * arbitrary initial capacity.
 */
final class TrackChoice {
    private static final int QUADRATURE_POINTS = 400;
    private static final double QUADRATURE_RANGE = 6.0;

    private TrackChoice() {
    }

    /** Probability that a school leaver with ability score {@code abilityScore} chooses VET. */
    static double vetProbability(EducationSettings education, double abilityScore) {
        double intercept = Math.log(education.vetPreference() / (1 - education.vetPreference()));
        return Draws.logistic(intercept - education.abilityTowardsGeneral() * abilityScore);
    }

    /**
     * Expected share of a cohort choosing VET: {@link #vetProbability} averaged over ability scores
     * distributed normally with standard deviation {@code abilitySpread} (midpoint rule on +-6 sd).
     */
    static double expectedVetShare(EducationSettings education, double abilitySpread) {
        if (abilitySpread == 0) {
            return vetProbability(education, 0);
        }
        double step = 2 * QUADRATURE_RANGE / QUADRATURE_POINTS;
        double sum = 0;
        double weights = 0;
        for (int i = 0; i < QUADRATURE_POINTS; i++) {
            double z = -QUADRATURE_RANGE + (i + 0.5) * step;
            double density = Math.exp(-0.5 * z * z);
            sum += density * vetProbability(education, abilitySpread * z);
            weights += density;
        }
        return sum / weights;
    }
}
