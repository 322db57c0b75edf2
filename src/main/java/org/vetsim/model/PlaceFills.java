package org.vetsim.model;

import java.util.Arrays;

/**
 * How many of the apprenticeship places a firm offers are filled, when each is filled
 * independently with the chance the firm expects ({@link FillExpectation}): a binomial count,
 * built up one place offered at a time. With {@code k} places offered, the j-th apprentice comes
 * with the chance that at least j places are filled, and the next place offered, if filled, brings
 * the (i + 1)-th apprentice with the chance that i of the first k are filled. With a chance of 1
 * every place is filled and the j-th place brings the j-th apprentice.
 */
final class PlaceFills {
    private final double fill;
    private double[] exactly = {1.0};

    PlaceFills(double fill) {
        this.fill = fill;
    }

    /** Places offered so far. */
    int offered() {
        return exactly.length - 1;
    }

    /** Chance that exactly {@code filled} of the places offered so far are filled. */
    double exactly(int filled) {
        return filled >= 0 && filled < exactly.length ? exactly[filled] : 0;
    }

    /** Chance that at least {@code filled} of the places offered so far are filled. */
    double atLeast(int filled) {
        double sum = 0;
        for (int i = Math.max(0, filled); i < exactly.length; i++) {
            sum += exactly[i];
        }
        return sum;
    }

    /** Offers one more place. */
    void offerOne() {
        double[] next = Arrays.copyOf(exactly, exactly.length + 1);
        next[exactly.length] = 0;
        for (int i = exactly.length; i >= 0; i--) {
            next[i] = (i < exactly.length ? exactly[i] * (1 - fill) : 0) + (i > 0 ? exactly[i - 1] * fill : 0);
        }
        exactly = next;
    }

    /**
     * Expected sum of what the filled places bring, when the j-th apprentice brings {@code
     * perApprentice[j - 1]} and {@code perApprentice.length} places are offered: the sum over j of
     * the chance that at least j places are filled times {@code perApprentice[j - 1]}.
     */
    static double expected(double fill, double[] perApprentice) {
        PlaceFills fills = new PlaceFills(fill);
        for (int k = 0; k < perApprentice.length; k++) {
            fills.offerOne();
        }
        double total = 0;
        for (int j = 1; j <= perApprentice.length; j++) {
            total += fills.atLeast(j) * perApprentice[j - 1];
        }
        return total;
    }
}
