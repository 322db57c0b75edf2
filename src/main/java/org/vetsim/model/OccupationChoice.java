package org.vetsim.model;

/**
 * The random-utility choice of an occupation (a VET applicant) or a field of study (an entrant to
 * higher education). Each pupil values occupation o at
 * {@code ln(a_o) + beta × ln(expected earnings of o) + ε}, ε the pupil's own taste, independent
 * extreme-value draws (a multinomial logit), so the probability of o is proportional to its
 * aspiration weight {@code a_o} times (expected earnings)^beta: with equal prospects pupils spread
 * in proportion to the aspiration weights, and a 1% better prospect raises an occupation's choice
 * probability by beta × (1 − its share) percent.
 * <p>
 * The aspiration weight of a VET occupation is its share of the economy's jobs, the occupations
 * young people see around them (an assumption at the model's six broad occupations; PISA 2018
 * finds teenagers' expectations concentrated on a few detailed occupations, OECD 2020, "Dream
 * jobs?"), where it has a place this intake (apprenticeship places or college seats), else 0.
 * What pupils aspire to does not follow this year's offers: where employers offer more places than
 * pupils want in an occupation, its places go unfilled, or to those turned away elsewhere
 * ({@link Placement}), and the supply-demand ratio differs by occupation, as in the German
 * market (BIBB Datenreport, A1.1), which a choice in proportion to places could not show; and
 * colleges, which plan their seats on their applications ({@link CollegePlanning}), keep the
 * pupils who want their occupation however many apprenticeships other occupations offer.
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
     * Choice weights of the VET occupations: {@code aspiration[o] × (admission × earnings[o])^beta}
     * where occupation o has places this intake, else 0; admission = min(1, places[o] /
     * lastApplicants[o]) (1 where nobody applied last year).
     */
    static double[] vocational(double[] places, double[] aspiration, double[] earnings, int[] lastApplicants, double beta) {
        double[] weights = new double[places.length];
        for (int o = 0; o < places.length; o++) {
            if (places[o] <= 0) {
                continue;
            }
            double admission = lastApplicants[o] > places[o] ? places[o] / lastApplicants[o] : 1.0;
            weights[o] = aspiration[o] * prospect(admission * earnings[o], beta);
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
