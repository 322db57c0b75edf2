package org.vetsim.metrics;

import java.util.EnumSet;
import java.util.Set;

/** The value columns of {@code size_classes.csv}, one row per output month and firm size class. */
public enum SizeClassMetric implements MetricColumn {
    EMPLOYERS(Bounds.NON_NEGATIVE, "Employers in the size class."),
    STAFF(Bounds.NON_NEGATIVE, "Staff employed (adults and young, apprentices excluded)."),
    TRAINING_FIRMS(Bounds.NON_NEGATIVE, "Employers with at least one apprentice."),
    TRAINING_FIRM_SHARE(Bounds.UNIT, "Share of the class's employers with at least one apprentice (adult staff converted into apprentices included); empty when the class has no employers."),
    APPRENTICES(Bounds.NON_NEGATIVE, "Apprentices."),
    PLACES_OFFERED(Bounds.NON_NEGATIVE, "Apprenticeship places offered for this school year's intake."),
    PLACES_FILLED(Bounds.NON_NEGATIVE, "Of those places, the ones filled at the intake."),
    BOARD_MEMBERS(Bounds.NON_NEGATIVE, "Employers sitting on curriculum boards."),
    PARTNERS(Bounds.NON_NEGATIVE, "Employers with a partnership contract with a college programme."),
    TRAINING_CENTRES(Bounds.NON_NEGATIVE, "Employers running their own training centre."),
    APPRENTICE_RETENTION_RATE(Bounds.UNIT, "Graduating apprentices of the class's employers who took their training firm's offer and stayed through the month, over graduating apprentices, last 12 months (empty when none graduated)."),
    POACHING_RATE(Bounds.UNIT, "Apprentices and trained graduates hired away from the class's employers in the last 12 months, over those at risk (still at their training firm of the class plus those hired away); empty when nobody was at risk."),
    LEVY_PAID(Bounds.NON_NEGATIVE, "Training levy paid this month by the class's employers, skilled-wage months."),
    GRANTS_RECEIVED(Bounds.NON_NEGATIVE, "Levy-scheme funding received this month by the class's employers: grants for their apprentices, account spending with the state's co-investment, rebates, and induction rebates at training centres, skilled-wage months."),
    EMPLOYER_NET_TRAINING_COST(Bounds.ANY, "The class's training employers' mean net cost per apprentice-year in skilled-wage months (as employer_net_training_cost of timeseries.csv); empty when the class has no apprentices."),
    ADULT_APPRENTICES(Bounds.NON_NEGATIVE, "Adult staff of the class's employers converted into apprentices and in training (end of month; work_based_learning.adult_apprentices).");

    /** The columns that are undefined (NaN, an empty cell) when what they are taken over is empty; each description says when. */
    private static final Set<SizeClassMetric> UNDEFINED_WHEN_EMPTY = EnumSet.of(TRAINING_FIRM_SHARE, APPRENTICE_RETENTION_RATE, POACHING_RATE, EMPLOYER_NET_TRAINING_COST);

    private final Bounds bounds;
    private final String description;

    SizeClassMetric(Bounds bounds, String description) {
        this.bounds = bounds;
        this.description = description;
    }

    @Override
    public Bounds bounds() {
        return bounds;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public boolean mayBeUndefined() {
        return UNDEFINED_WHEN_EMPTY.contains(this);
    }
}
