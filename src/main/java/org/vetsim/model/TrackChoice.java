package org.vetsim.model;

import org.apache.commons.math3.special.Erf;
import org.vetsim.scenario.EducationSettings;

/**
 * The choice between the vocational and the general path at the end of lower-secondary school.
 * Each path is worth the log of its expected earnings over ten years net of its fees, in units of
 * the earnings of all recent upper-secondary leavers: the vocational path the earnings of its
 * recent leavers (school-based fees where charged); the general path the earnings of its recent
 * leavers without a degree if not admitted to higher education, and the tertiary earnings premium
 * times graduates' relative employment rate if admitted (the graduate labour market is not
 * modelled, so graduates' earnings enter from OECD data: the premium of full-time earners, and
 * the employment ratio because leavers' earnings count the non-employed as earning nothing); a
 * cohort's places go to the ablest of those
 * on the general track, so the chance rises with ability and falls as more choose the general
 * track; pupils judge it by how far down admission reached for recent cohorts), less general
 * and higher-education fees. A young person
 * chooses vocational with the logit probability of the difference, times the track choice
 * sensitivity, less an academic taste that rises with ability. Earnings are perceived with the
 * information lag ({@link TrackReturns}).
 */
final class TrackChoice {
    /** Months of earnings a path is valued over. */
    static final double HORIZON_MONTHS = 120;
    /** An admission cutoff nobody reaches: the choice of someone without a place in higher education. */
    static final double NO_ADMISSION = Double.POSITIVE_INFINITY;
    /** An admission cutoff everybody reaches: the choice of someone holding a place in higher education. */
    static final double CERTAIN_ADMISSION = Double.NEGATIVE_INFINITY;
    private static final int QUADRATURE_POINTS = 400;
    private static final double QUADRATURE_RANGE = 6.0;
    private static final double ADMISSION_NOISE = 0.1;

    private TrackChoice() {
    }

    /**
     * Probability that a school leaver of ability percentile {@code ability} (normal score
     * {@code abilityScore}) chooses the vocational path, when recent leavers of the vocational and
     * the general path are seen to earn {@code vocationalEarnings} and {@code generalEarnings}
     * (relative to both together), both together earn {@code referenceEarnings} a month (skilled-wage
     * units; fees, set in skilled-wage months, count in months of these earnings) and admission to
     * higher education has lately reached down to ability percentile {@code admissionCutoff}.
     */
    static double vetProbability(EducationSettings education, int programmeMonths, double ability, double abilityScore,
                                 double vocationalEarnings, double generalEarnings, double referenceEarnings,
                                 double admissionCutoff) {
        double admitted = admissionChance(admissionCutoff, ability);
        double degree = education.tertiaryEarningsPremium() * education.tertiaryEmploymentRatio();
        double general = (1 - admitted) * generalEarnings + admitted * degree;
        double generalFees = (education.generalFeeMonths() * education.generalMonths() / 12.0
                + admitted * education.higherEducationFeeMonths() * education.higherEducationMonths() / 12.0)
                / referenceEarnings;
        double vocationalFees = education.vetFeeMonths() * programmeMonths / 12.0 / referenceEarnings;
        double vocationalValue = Math.log(Math.max(1.0, vocationalEarnings * HORIZON_MONTHS - vocationalFees));
        double generalValue = Math.log(Math.max(1.0, general * HORIZON_MONTHS - generalFees));
        return Draws.logistic(education.trackChoiceSensitivity() * (vocationalValue - generalValue)
                - education.abilityTowardsGeneral() * abilityScore);
    }

    /**
     * Chance that a general-track pupil of ability percentile {@code ability} is admitted to higher
     * education when admission has lately reached down to ability percentile {@code cutoff}.
     */
    static double admissionChance(double cutoff, double ability) {
        return 0.5 * (1 + Erf.erf((ability - cutoff) / (ADMISSION_NOISE * Math.sqrt(2))));
    }

    /**
     * The admission cutoff pupils expect before any cohort has been admitted: the ability
     * percentile above which the places would suffice if the whole cohort took the general track.
     */
    static double initialCutoff(EducationSettings education) {
        return 1 - education.higherEducationEntryRate();
    }

    /**
     * Expected share of a cohort entering VET before any earnings are seen (both paths earning
     * alike): the compulsory share, and the choice of the rest averaged over the ability
     * distribution (midpoint rule on +-6 sd). Sizes colleges' seats at the start.
     */
    static double expectedVetShare(EducationSettings education, int programmeMonths, double abilitySpread) {
        double step = 2 * QUADRATURE_RANGE / QUADRATURE_POINTS;
        double sum = 0;
        double weights = 0;
        for (int i = 0; i < QUADRATURE_POINTS; i++) {
            double z = -QUADRATURE_RANGE + (i + 0.5) * step;
            double density = Math.exp(-0.5 * z * z);
            double ability = 0.5 * (1 + Erf.erf(abilitySpread * z / Math.sqrt(2)));
            sum += density * vetProbability(education, programmeMonths, ability, abilitySpread * z, 1.0, 1.0, 1.0,
                    initialCutoff(education));
            weights += density;
        }
        double compulsory = education.compulsoryVetShare();
        return compulsory + (1 - compulsory) * sum / weights;
    }
}
