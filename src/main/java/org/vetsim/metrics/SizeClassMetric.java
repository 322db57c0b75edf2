package org.vetsim.metrics;

import java.util.Locale;

/** The value columns of {@code size_classes.csv}, one row per output month and firm size class. */
public enum SizeClassMetric implements MetricColumn {
    EMPLOYERS(Bounds.NON_NEGATIVE, "Employers in the size class."),
    STAFF(Bounds.NON_NEGATIVE, "Staff employed (adults and young, apprentices excluded)."),
    TRAINING_FIRMS(Bounds.NON_NEGATIVE, "Employers with at least one apprentice."),
    TRAINING_FIRM_SHARE(Bounds.UNIT, "Share of the class's employers with at least one apprentice."),
    APPRENTICES(Bounds.NON_NEGATIVE, "Apprentices."),
    PLACES_OFFERED(Bounds.NON_NEGATIVE, "Apprenticeship places offered for this school year's intake."),
    BOARD_MEMBERS(Bounds.NON_NEGATIVE, "Employers sitting on curriculum boards.");

    private final Bounds bounds;
    private final String description;

    SizeClassMetric(Bounds bounds, String description) {
        this.bounds = bounds;
        this.description = description;
    }

    @Override
    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public Bounds bounds() {
        return bounds;
    }

    @Override
    public String description() {
        return description;
    }
}
