package org.vetsim.model;

import org.vetsim.scenario.LabourMarketSettings;

/**
 * The monthly rate at which an employer's adult staff leave for reasons other than retirement:
 * the rate of its size class ({@link LabourMarketSettings#adultSeparationRates}, turnover
 * statistics by size class), kept for the labour-market settings in force and taken afresh when
 * a reform or a user's change replaces them.
 */
final class AdultSeparationRates {
    private LabourMarketSettings settings;
    private double[] bySize;

    /** The monthly adult separation rate of {@code employer} under {@code market}. */
    double of(LabourMarketSettings market, Employer employer) {
        if (market != settings) {
            bySize = market.adultSeparationRates();
            settings = market;
        }
        return bySize[employer.sizeClass().ordinal()];
    }
}
