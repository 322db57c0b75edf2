package org.vetsim.model;

import org.vetsim.scenario.WorkBasedLearning;

/**
 * The chance a firm expects an apprenticeship place it offers to be filled, as it learns it from
 * past intakes: its own fill experience (places filled of places offered) pooled with the
 * occupation's fill rate, which counts as {@code fill_prior_places} places offered. Both are
 * adaptive expectations: each intake that teaches something enters with the weight
 * {@value #MEMORY} kept by the experience before it (as the entry exam's expected pass mark
 * is formed, an assumption), so that firms do not all swing from offering many places after a
 * good intake to few after a poor one (a cobweb: the occupation's rate falls when every firm
 * offers more). A firm that never offered a place goes by its occupation's rate, an occupation in
 * which no place was offered by the whole market's; before any intake, a place is expected to
 * be filled. In the model, applicants of an occupation take its places in random
 * order ({@link Placement}), so the occupation's rate is what a place can expect and a firm's own
 * last intake is a small sample of it. German firms meet both sides of this experience: 31% of
 * firms could not fill all the places they offered in 2016, 12% in 2004 (DIHK Ausbildungsumfrage
 * 2017), and 98 registered applicants came to every 100 registered places in 2013, 105 in 2006
 * (Bundesagentur fuer Arbeit, in Gerhards and Ebbinghaus, BIBB Report 3/2014).
 * <p>
 * When offering a place costs nothing ({@link WorkBasedLearning#offeringCosts}), an empty place
 * costs the firm nothing and the chance is taken as 1: places are valued as if filled.
 */
final class FillExpectation {
    /** Weight an expectation keeps at each new intake; the intake's own experience gets the rest. */
    static final double MEMORY = 0.5;

    private FillExpectation() {
    }

    /** Expected chance that a place {@code employer} offers at the coming intake is filled. */
    static double chance(World world, Employer employer) {
        WorkBasedLearning wbl = world.engagement.workBasedLearning();
        if (!wbl.offeringCosts()) {
            return 1.0;
        }
        double occupation = world.occupationFillRate[employer.occupation().index()];
        double prior = wbl.fillPriorPlaces();
        double offered = employer.experiencedOffered + prior;
        return offered > 0 ? (employer.experiencedFilled + prior * occupation) / offered : occupation;
    }

    /**
     * Updates each occupation's fill rate and each firm's experience from the last intake's places
     * offered and filled, before firms offer places for the next ({@link EmployerDecisions}). An
     * occupation in which no place was offered takes the rate of the whole apprenticeship market,
     * so that no occupation stays shut because its firms once met few applicants and learnt
     * nothing since. An intake to which no one applied for a vocational place (the first where
     * training starts after further school years), or at which no place was offered anywhere,
     * teaches nothing, neither the occupations nor the firms.
     */
    static void observeIntake(World world) {
        if (world.intakeApplicants == 0) {
            return;
        }
        int n = world.occupationFillRate.length;
        double[] offered = new double[n];
        double[] filled = new double[n];
        double allOffered = 0;
        double allFilled = 0;
        for (Employer employer : world.employers) {
            int o = employer.occupation().index();
            offered[o] += employer.placesOffered;
            filled[o] += employer.placesFilled;
            allOffered += employer.placesOffered;
            allFilled += employer.placesFilled;
        }
        if (allOffered == 0) {
            return;
        }
        for (int o = 0; o < n; o++) {
            double observed = offered[o] > 0 ? filled[o] / offered[o] : allFilled / allOffered;
            world.occupationFillRate[o] = MEMORY * world.occupationFillRate[o] + (1 - MEMORY) * observed;
        }
        for (Employer employer : world.employers) {
            employer.experiencedOffered = MEMORY * employer.experiencedOffered + employer.placesOffered;
            employer.experiencedFilled = MEMORY * employer.experiencedFilled + employer.placesFilled;
        }
    }
}
