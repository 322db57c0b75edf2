package org.vetsim.model;

import org.apache.commons.math3.special.Erf;
import org.vetsim.scenario.EducationSettings;

/**
 * The choice between the vocational and the general path at the end of lower-secondary school (and
 * again at the end of the general track). Each path is worth the log of the present value of its
 * earnings over the rest of the working life, discounted at {@code education.discount_rate}
 * (Becker 1964; Willis and Rosen 1979; as OECD Education at a Glance values the incentives to
 * invest in education), net of its fees, in units of the earnings of all recent upper-secondary
 * leavers: the vocational path pays apprentice pay during training (for the share who train as
 * apprentices) and then the earnings of its recent leavers; the general path pays nothing until
 * its leavers leave, then the earnings of its recent leavers without a degree if not admitted to
 * higher education, or, if admitted, nothing until the degree and then the tertiary earnings
 * premium times graduates' relative employment rate (the graduate labour market is not modelled,
 * so graduates' earnings enter from OECD data: the premium of full-time earners, and the
 * employment ratio because leavers' earnings count the non-employed as earning nothing). A
 * cohort's places go to the ablest of those on the general track, so the chance of admission rises
 * with ability and falls as more choose the general track; pupils judge it by how far down
 * admission reached for recent cohorts. Where vocational training begins after further school
 * years, the vocational path starts that much later (with any school fee for those years), as it does
 * for one waiting for the next intake (without a fee). A young person chooses
 * vocational with the logit probability of the difference, times the track choice sensitivity,
 * less an academic taste that rises with ability. Earnings are perceived with the information lag
 * ({@link TrackReturns}).
 */
final class TrackChoice {
    /** An admission cutoff nobody reaches: the choice of someone without a place in higher education. */
    static final double NO_ADMISSION = Double.POSITIVE_INFINITY;
    /** An admission cutoff everybody reaches: the choice of someone holding a place in higher education. */
    static final double CERTAIN_ADMISSION = Double.NEGATIVE_INFINITY;
    private static final int QUADRATURE_POINTS = 400;
    private static final double QUADRATURE_RANGE = 6.0;

    private TrackChoice() {
    }

    /**
     * Probability that a pupil of ability percentile {@code ability} (normal score
     * {@code abilityScore}) chooses the vocational path of {@code paths}, when recent leavers are
     * seen to earn {@code seen} and admission to higher education has lately reached down to
     * ability percentile {@code admissionCutoff}.
     */
    static double vetProbability(EducationSettings education, TrackPaths paths, double ability, double abilityScore,
                                 TrackReturns.Seen seen, double admissionCutoff) {
        double admitted = admissionChance(admissionCutoff, ability, education.higherAdmissionNoise());
        double discount = monthlyDiscount(education);
        int end = paths.workingLifeMonths();
        int general = paths.generalMonthsAhead();
        int degreeAt = general + education.higherEducationMonths();
        double reference = seen.reference();
        double degree = education.tertiaryEarningsPremium() * education.tertiaryEmploymentRatio() * seen.degreeScale();
        double generalFee = education.generalFeeMonths() / 12 / reference;
        double generalValue = (1 - admitted) * seen.general() * annuity(discount, general, end)
                + admitted * degree * annuity(discount, degreeAt, end)
                - generalFee * annuity(discount, 0, general)
                - admitted * education.higherEducationFeeMonths() / 12 / reference * annuity(discount, general, degreeAt);
        int start = paths.vetStartMonths();
        int school = start + paths.schoolVetMonths();
        int apprenticeship = start + paths.apprenticeshipMonths();
        double schoolValue = seen.vocational() * annuity(discount, school, end)
                - education.vetFeeMonths() / 12 / reference * annuity(discount, start, school);
        double apprenticeValue = Math.pow(discount, start) * paths.apprenticePayValue() / reference
                + seen.vocational() * annuity(discount, apprenticeship, end);
        double share = paths.apprenticeShare();
        double vocationalValue = share * apprenticeValue + (1 - share) * schoolValue
                - generalFee * annuity(discount, 0, Math.min(start, general));
        return Draws.logistic(education.trackChoiceSensitivity()
                * (Math.log(Math.max(1.0, vocationalValue)) - Math.log(Math.max(1.0, generalValue)))
                - education.abilityTowardsGeneral() * abilityScore);
    }

    /** The monthly discount factor of {@code education.discount_rate} (a yearly rate). */
    static double monthlyDiscount(EducationSettings education) {
        return Math.pow(1 + education.discountRate(), -1.0 / 12);
    }

    /** Sum of {@code discount^t} over the months {@code from} (inclusive) to {@code to} (exclusive). */
    static double annuity(double discount, int from, int to) {
        if (to <= from) {
            return 0.0;
        }
        if (discount == 1.0) {
            return to - from;
        }
        return (Math.pow(discount, from) - Math.pow(discount, to)) / (1 - discount);
    }

    /**
     * Chance that a general-track pupil of ability percentile {@code ability} is admitted to higher
     * education when admission has lately reached down to the signal {@code cutoff}: that their
     * signal, ability plus normal noise of spread {@code noise}, is above it; 1 and 0 at
     * {@link #CERTAIN_ADMISSION} and {@link #NO_ADMISSION}.
     */
    static double admissionChance(double cutoff, double ability, double noise) {
        if (cutoff == CERTAIN_ADMISSION) {
            return 1.0;
        }
        if (cutoff == NO_ADMISSION) {
            return 0.0;
        }
        return AdmissionSignal.normalCdf((ability - cutoff) / noise);
    }

    /**
     * The admission cutoff pupils expect before any cohort has been admitted: the signal above which
     * the places would suffice if the whole cohort took the general track and applied
     * ({@link AdmissionSignal#quantileAbove}).
     */
    static double initialCutoff(EducationSettings education) {
        return AdmissionSignal.quantileAbove(education.higherEducationEntryRate(), education.higherAdmissionNoise());
    }

    /**
     * Expected share of a cohort entering VET before any earnings are seen (both paths earning
     * alike): the compulsory share, and the choice of the rest averaged over the ability
     * distribution (midpoint rule on +-6 sd). Sizes colleges' seats at the start.
     */
    static double expectedVetShare(EducationSettings education, int programmeMonths, int entryAge, double abilitySpread) {
        TrackPaths paths = TrackPaths.beforeAnyIntake(education, programmeMonths, entryAge);
        TrackReturns.Seen alike = new TrackReturns.Seen(1.0, 1.0, 1.0);
        double step = 2 * QUADRATURE_RANGE / QUADRATURE_POINTS;
        double cutoff = initialCutoff(education);
        double sum = 0;
        double weights = 0;
        for (int i = 0; i < QUADRATURE_POINTS; i++) {
            double z = -QUADRATURE_RANGE + (i + 0.5) * step;
            double density = Math.exp(-0.5 * z * z);
            double ability = 0.5 * (1 + Erf.erf(abilitySpread * z / Math.sqrt(2)));
            sum += density * vetProbability(education, paths, ability, abilitySpread * z, alike, cutoff);
            weights += density;
        }
        double compulsory = education.compulsoryVetShare();
        return compulsory + (1 - compulsory) * sum / weights;
    }
}
