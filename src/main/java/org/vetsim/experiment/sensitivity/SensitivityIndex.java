package org.vetsim.experiment.sensitivity;

import java.util.Locale;

/**
 * One sensitivity index of one factor, with its bootstrap confidence interval.
 *
 * @param factor position of the factor in the design
 * @param kind which index
 * @param estimate the estimate from all the data
 * @param ciLow lower bound of the 95% bootstrap percentile interval
 * @param ciHigh upper bound of that interval
 */
public record SensitivityIndex(int factor, Kind kind, double estimate, double ciLow, double ciHigh) {
    /** The kinds of index. */
    public enum Kind {
        /** Sobol first-order index: share of the output variance due to the factor alone. */
        FIRST_ORDER,
        /** Sobol total-order index: share due to the factor and all its interactions. */
        TOTAL_ORDER,
        /** Standardised regression coefficient of a linear fit (its square is a variance share if the fit is good). */
        SRC;

        /** Lower-case name for CSV files. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
