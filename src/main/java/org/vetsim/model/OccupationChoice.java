package org.vetsim.model;

/**
 * The random-utility choice of an occupation (a VET applicant) or a field of study (an entrant to
 * higher education). Each pupil values each place of occupation o at
 * {@code beta × ln(expected earnings of o) + ε}, ε the pupil's own taste, independent extreme-value
 * draws (a multinomial logit), so the probability of o is proportional to its places times
 * (expected earnings)^beta: with equal prospects pupils spread in proportion to places, and a
 * 1% better prospect raises an occupation's choice probability by beta × (1 − its share) percent.
 * The expected earnings of a VET occupation are the perceived earnings of its certified leavers
 * (employment rate times mean wage, {@link OccupationReturns}) times the chance of a place,
 * the places offered over last year's first-choice applicants (at most 1), as pupils know
 * how crowded an occupation was; of a field of study, the earnings of its degree holders
 * (places in a field are not rationed).
 * <p>
 * beta ({@code education.prospect_sensitivity}) is the elasticity of field choice to expected
 * earnings, which studies of major choice find positive but small, tastes dominating: Beffy,
 * Fougère and Maurel (2012, REStat 94(1)), a "very low, though significant" elasticity for French
 * students (about 0.1, approx.); Arcidiacono, Hotz and Kang (2012, J. Econometrics 166(1)), a one-standard-
 * deviation rise in expected earnings raising the share choosing natural science by 5.5% and
 * engineering by 10%; Wiswall and Zafar (2015, REStud 82(2)), heterogeneous tastes the dominant
 * factor; Long, Goldhaber and Huntington-Klein (CALDER working paper), completed majors respond to
 * wages modestly, more where a major leads to one occupation. The baseline's 0.3 lies in that
 * range (approx.), above the French figure as a vocational occupation is tied to one occupation.
 */
final class OccupationChoice {
    private OccupationChoice() {
    }

    /**
     * Choice weights of the VET occupations: {@code places[o] × (admission × earnings[o])^beta},
     * admission = min(1, places[o] / lastApplicants[o]) (1 where nobody applied last year).
     */
    static double[] vocational(double[] places, double[] earnings, int[] lastApplicants, double beta) {
        double[] weights = new double[places.length];
        for (int o = 0; o < places.length; o++) {
            double admission = lastApplicants[o] > places[o] ? places[o] / lastApplicants[o] : 1.0;
            weights[o] = places[o] * prospect(admission * earnings[o], beta);
        }
        return weights;
    }

    /** Choice weights of the fields of study: {@code shares[o] × earnings[o]^beta}. */
    static double[] field(double[] shares, double[] earnings, double beta) {
        double[] weights = new double[shares.length];
        for (int o = 0; o < shares.length; o++) {
            weights[o] = shares[o] * prospect(earnings[o], beta);
        }
        return weights;
    }

    /** {@code value^beta}; 1 when prospects do not count (beta 0), whatever the value. */
    private static double prospect(double value, double beta) {
        return beta == 0 ? 1.0 : Math.pow(Math.max(0.0, value), beta);
    }
}
