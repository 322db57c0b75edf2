package org.vetsim.model;

import org.vetsim.metrics.Ratio;

/**
 * Sums of a numerator and a denominator over the last few months, for rates whose events are
 * too rare in a single month (exam passes, retention, months to a first job).
 */
final class TrailingWindow {
    private final double[] numerators;
    private final double[] denominators;
    private int cursor;
    /** The sums over the window, computed when first asked for after a push (decisions read them often). */
    private double numeratorSum;
    private double denominatorSum;
    private boolean summed;

    TrailingWindow(int months) {
        numerators = new double[months];
        denominators = new double[months];
    }

    /** Records one month's numerator and denominator, dropping the oldest month. */
    void push(double numerator, double denominator) {
        numerators[cursor] = numerator;
        denominators[cursor] = denominator;
        cursor = (cursor + 1) % numerators.length;
        summed = false;
    }

    private void sum() {
        if (summed) {
            return;
        }
        double num = 0;
        double den = 0;
        for (int i = 0; i < numerators.length; i++) {
            num += numerators[i];
            den += denominators[i];
        }
        numeratorSum = num;
        denominatorSum = den;
        summed = true;
    }

    /** Sum of the numerators over the window. */
    double numeratorSum() {
        sum();
        return numeratorSum;
    }

    /** Sum of the denominators over the window. */
    double denominatorSum() {
        sum();
        return denominatorSum;
    }

    /** Ratio of the sums over the window, or 0 when the denominator is 0 (for decisions that read it). */
    double ratio() {
        sum();
        return denominatorSum > 0 ? numeratorSum / denominatorSum : 0.0;
    }

    /** Ratio of the sums over the window as reported: undefined (NaN) when the denominator is 0. */
    double reported() {
        sum();
        return Ratio.of(numeratorSum, denominatorSum);
    }
}
