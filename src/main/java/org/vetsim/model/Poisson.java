package org.vetsim.model;

/** Tail probabilities of the Poisson distribution, for employers' expected hiring needs. */
final class Poisson {
    private Poisson() {
    }

    /** P(X >= k) for X ~ Poisson(mean). */
    static double atLeast(double mean, int k) {
        if (k <= 0) {
            return 1.0;
        }
        if (mean <= 0) {
            return 0.0;
        }
        double term = Math.exp(-mean);
        double below = 0;
        for (int i = 0; i < k; i++) {
            below += term;
            term *= mean / (i + 1);
        }
        return Math.max(0.0, 1.0 - below);
    }
}
