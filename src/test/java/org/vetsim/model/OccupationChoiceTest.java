package org.vetsim.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The random-utility choice of an occupation or field ({@link OccupationChoice}) on hand-built
 * occupations: shares of jobs set the spread wherever there are places, however many, earnings
 * prospects move it by the sourced elasticity, and crowding (last year's applicants over places)
 * lowers the chance of a place.
 */
class OccupationChoiceTest {
    private static final double BETA = 0.3;

    private static double[] shares(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double[] shares = new double[weights.length];
        for (int o = 0; o < weights.length; o++) {
            shares[o] = weights[o] / total;
        }
        return shares;
    }

    @Test
    void withEqualProspectsChoicesSpreadInProportionToJobShares() {
        double[] places = {100, 300, 600};
        double[] jobs = {0.5, 0.3, 0.2};
        double[] shares = shares(OccupationChoice.vocational(places, jobs, new double[] {0.9, 0.9, 0.9}, new int[3], BETA));
        assertArrayEquals(jobs, shares, 1e-12);
    }

    @Test
    void moreApprenticeshipPlacesDoNotDrawMorePupilsButNoPlacesDrawNone() {
        double[] jobs = {0.4, 0.4, 0.2};
        double[] earnings = {1.0, 1.0, 1.0};
        double[] few = OccupationChoice.vocational(new double[] {50, 50, 10}, jobs, earnings, new int[3], BETA);
        double[] many = OccupationChoice.vocational(new double[] {500, 50, 10}, jobs, earnings, new int[3], BETA);
        assertArrayEquals(few, many, 0.0, "ten times the places, same aspirations");
        double[] none = shares(OccupationChoice.vocational(new double[] {50, 0, 10}, jobs, earnings, new int[3], BETA));
        assertEquals(0.0, none[1], 0.0, "an occupation with no place this intake is not chosen");
        assertEquals(2.0 / 3, none[0], 1e-12, "the others share its pupils in proportion to their jobs");
    }

    @Test
    void betterEarningsRaiseTheChoiceProbabilityByTheElasticity() {
        double[] places = {200, 300, 500};
        double[] jobs = {0.2, 0.3, 0.5};
        double[] earnings = {1.0, 1.0, 1.0};
        double before = shares(OccupationChoice.vocational(places, jobs, earnings, new int[3], BETA))[0];
        earnings[0] = 1.01;
        double after = shares(OccupationChoice.vocational(places, jobs, earnings, new int[3], BETA))[0];
        double elasticity = Math.log(after / before) / Math.log(1.01);
        assertEquals(BETA * (1 - before), elasticity, 2e-3, "logit elasticity beta x (1 - share)");
        assertTrue(after > before, "better prospects draw more pupils");
    }

    @Test
    void noOccupationTakesMostPupilsWhenProspectsDifferModestly() {
        double[] places = {100, 100, 100, 100, 100, 100};
        double[] jobs = {1, 1, 1, 1, 1, 1};
        double[] earnings = {0.6, 0.8, 0.9, 1.0, 1.1, 1.3};
        double[] shares = shares(OccupationChoice.vocational(places, jobs, earnings, new int[6], BETA));
        double top = 0;
        for (double s : shares) {
            top = Math.max(top, s);
        }
        assertTrue(top < 0.2, "best prospects (earnings more than double the worst) draw " + top + " of 1/6 of the jobs");
        assertTrue(shares[5] > shares[0], "yet they draw more than the worst");
    }

    @Test
    void crowdingLastYearLowersTheChanceOfAPlace() {
        double[] places = {100, 100};
        double[] jobs = {0.5, 0.5};
        double[] earnings = {1.0, 1.0};
        double[] weights = OccupationChoice.vocational(places, jobs, earnings, new int[] {300, 50}, BETA);
        assertEquals(0.5 * Math.pow(1.0 / 3, BETA), weights[0], 1e-12, "a third of applicants got a place");
        assertEquals(0.5, weights[1], 1e-12, "fewer applicants than places: a place is sure");
    }

    @Test
    void withoutProspectSensitivityChoicesFollowJobSharesOnly() {
        double[] places = {0, 120, 80};
        double[] jobs = {0.5, 0.2, 0.3};
        double[] weights = OccupationChoice.vocational(places, jobs, new double[] {0.0, 2.0, 0.5}, new int[] {10, 500, 0}, 0.0);
        assertArrayEquals(new double[] {0.0, 0.2, 0.3}, weights, 0.0);
        double[] fieldJobs = {0.2, 0.8};
        assertArrayEquals(fieldJobs, OccupationChoice.field(fieldJobs, new double[] {3.0, 0.1}, 0.0), 0.0);
    }

    @Test
    void fieldsOfStudyWeighJobSharesByTheirGraduatesEarnings() {
        double[] jobs = {0.25, 0.75};
        double[] shares = shares(OccupationChoice.field(jobs, new double[] {1.2, 1.2}, BETA));
        assertArrayEquals(jobs, shares, 1e-12);
        double[] better = shares(OccupationChoice.field(jobs, new double[] {1.5, 1.2}, BETA));
        assertTrue(better[0] > 0.25 && better[0] < 0.3, "a field paying 25% more draws a little more: " + better[0]);
    }

    @Test
    void returnsAreReadPooledWithTheLagAndShrunkTowardsTheMean() {
        OccupationReturns returns = new OccupationReturns(2, 40);
        assertArrayEquals(new double[] {1.0, 1.0}, returns.certified(5, 0), 0.0, "nothing seen: alike");
        for (int m = 0; m < 24; m++) {
            returns.record(m, new double[] {9.0, 0.0}, new int[] {10, 0}, new double[] {0, 0}, new int[] {0, 0});
        }
        double[] seen = returns.certified(24, 12);
        assertEquals(0.9, seen[0], 1e-12, "certified earn 0.9 on average (employment times wage)");
        assertEquals(0.9, seen[1], 1e-12, "no leavers: the mean of all occupations");
        assertArrayEquals(new double[] {1.0, 1.0}, returns.graduates(24, 12), 0.0, "no graduates seen yet");
        returns.record(30, new double[] {0.0, 0.0}, new int[] {10, 10}, new double[] {0, 0}, new int[] {0, 0});
        assertEquals(0.9, returns.certified(31, 12)[0], 1e-12, "the latest month is not yet seen with a 12-month lag");
    }
}
