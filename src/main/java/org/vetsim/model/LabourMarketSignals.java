package org.vetsim.model;

/**
 * Monthly history of each occupation's labour-market tightness (openings per qualified job
 * seeker), from which young people and colleges read prospects with an information lag.
 */
final class LabourMarketSignals {
    private final double[][] tightness;

    LabourMarketSignals(int occupations, int months) {
        tightness = new double[occupations][months + 1];
        for (double[] row : tightness) {
            java.util.Arrays.fill(row, 1.0);
        }
    }

    void record(int occupation, int month, double value) {
        tightness[occupation][month] = value;
    }

    /** Mean tightness over the 12 months ending {@code lag} months before {@code month}. */
    double perceived(int occupation, int month, int lag) {
        int end = month - lag;
        if (end < 0) {
            return 1.0;
        }
        double sum = 0;
        int count = 0;
        for (int m = Math.max(0, end - 11); m <= end; m++) {
            sum += tightness[occupation][m];
            count++;
        }
        return sum / count;
    }
}
