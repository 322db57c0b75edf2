package org.vetsim.model;

/**
 * Monthly history of each occupation's labour-market tightness (openings per qualified job
 * seeker) and open vacancies, from which young people read prospects with an information lag and
 * industry councils plan seats.
 */
final class LabourMarketSignals {
    private final double[][] tightness;
    private final double[][] vacancies;

    LabourMarketSignals(int occupations, int months) {
        tightness = new double[occupations][months + 1];
        vacancies = new double[occupations][months + 1];
        for (double[] row : tightness) {
            java.util.Arrays.fill(row, 1.0);
        }
    }

    void record(int occupation, int month, double tightnessValue, double openVacancies) {
        tightness[occupation][month] = tightnessValue;
        vacancies[occupation][month] = openVacancies;
    }

    /** Open vacancies of the occupation summed over the 12 months up to {@code month}. */
    double yearlyVacancies(int occupation, int month) {
        double sum = 0;
        for (int m = Math.max(0, month - 11); m <= month; m++) {
            sum += vacancies[occupation][m];
        }
        return sum;
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
