package org.vetsim.metrics;

import java.util.Locale;

/**
 * A young person's track of origin, the rows of {@code tracks.csv}: the upper-secondary or
 * tertiary track they are in or last completed after lower-secondary school, or {@code none} for
 * someone who left their track without completing it.
 */
public enum Track {
    /** General (academic) upper-secondary education, without higher education. */
    GENERAL,
    /** Higher education (after the general track). */
    HIGHER,
    /** A school-based vocational programme. */
    SCHOOL_VET,
    /** An apprenticeship. */
    APPRENTICESHIP,
    /** Left the track they started without completing it. */
    NONE;

    /** Lower-case name used in output files. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
