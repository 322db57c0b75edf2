package org.vetsim.experiment.design;

import java.util.Locale;

/** The kinds of sweep design. */
public enum DesignType {
    /** Every combination of the factors' levels. */
    GRID,
    /** A Latin hypercube sample: each factor's range cut in N strata, one point per stratum. */
    LHS,
    /** Saltelli's scheme on a Sobol sequence, for Sobol sensitivity indices: N (d + 2) points. */
    SOBOL;

    /** Lower-case name, as on the command line. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
