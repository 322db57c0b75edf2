package org.vetsim.model;

/**
 * Monthly history of each occupation's open vacancies, from which industry councils plan seats.
 */
final class LabourMarketSignals {
    private final double[][] vacancies;

    LabourMarketSignals(int occupations, int months) {
        vacancies = new double[occupations][months + 1];
    }

    void record(int occupation, int month, double openVacancies) {
        vacancies[occupation][month] = openVacancies;
    }

    /** Open vacancies of the occupation summed over the 12 recorded months before {@code month}. */
    double yearlyVacancies(int occupation, int month) {
        double sum = 0;
        for (int m = Math.max(0, month - 12); m < month; m++) {
            sum += vacancies[occupation][m];
        }
        return sum;
    }
}
