package org.vetsim.model;

/**
 * Sums of a numerator and a denominator over the last few months, for rates whose events are
 * too rare in a single month (exam passes, retention, months to a first job).
 */
final class TrailingWindow {
    private final double[] numerators;
    private final double[] denominators;
    private int cursor;

    TrailingWindow(int months) {
        numerators = new double[months];
        denominators = new double[months];
    }

    /** Records one month's numerator and denominator, dropping the oldest month. */
    void push(double numerator, double denominator) {
        numerators[cursor] = numerator;
        denominators[cursor] = denominator;
        cursor = (cursor + 1) % numerators.length;
    }

    /** Sum of the numerators over the window. */
    double numeratorSum() {
        double sum = 0;
        for (double x : numerators) {
            sum += x;
        }
        return sum;
    }

    /** Sum of the denominators over the window. */
    double denominatorSum() {
        double sum = 0;
        for (double x : denominators) {
            sum += x;
        }
        return sum;
    }

    /** Ratio of the sums over the window, or 0 when the denominator is 0. */
    double ratio() {
        double num = 0;
        double den = 0;
        for (int i = 0; i < numerators.length; i++) {
            num += numerators[i];
            den += denominators[i];
        }
        return den > 0 ? num / den : 0.0;
    }
}
