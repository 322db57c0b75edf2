package org.vetsim.metrics;

import java.util.EnumSet;
import java.util.Set;

/** The value columns of {@code occupations.csv}, one row per output month and occupation. */
public enum OccupationMetric implements MetricColumn {
    DEMAND(Bounds.NON_NEGATIVE, "Employers' target staff in the occupation (jobs demanded)."),
    VACANCIES(Bounds.NON_NEGATIVE, "Open vacancies at the start of hiring."),
    UNFILLED_VACANCIES(Bounds.NON_NEGATIVE, "Vacancies still open after this month's hiring (filled neither by a young person nor from the adult market)."),
    QUALIFIED_SUPPLY(Bounds.NON_NEGATIVE, "Unemployed young people holding a certificate in the occupation."),
    MEAN_SKILL_GAP(Bounds.UNIT, "Mean over young employees in the occupation of 1 minus their occupation-specific skill; empty when there are none."),
    TRAINING_FIRMS(Bounds.NON_NEGATIVE, "Employers in the occupation with at least one apprentice."),
    APPRENTICES(Bounds.NON_NEGATIVE, "Apprentices in the occupation."),
    APPRENTICESHIPS_OFFERED(Bounds.NON_NEGATIVE, "Apprenticeship places the occupation's employers offered for this school year's intake (all places offered, filled or not)."),
    APPRENTICESHIPS_FILLED(Bounds.NON_NEGATIVE, "Of those places, the ones filled at the intake."),
    VET_APPLICANTS(Bounds.NON_NEGATIVE, "Young people who chose the occupation for a vocational place (apprenticeship or college seat) at this school year's intake, before anyone was turned away: first choices."),
    BOARD_MEMBERS(Bounds.NON_NEGATIVE, "Employers in the occupation sitting on curriculum boards."),
    CURRICULUM_ALIGNMENT(Bounds.UNIT, "Seat-weighted curriculum alignment of the occupation's programmes.");

    /** The columns that are undefined (NaN, an empty cell) when what they are taken over is empty; each description says when. */
    private static final Set<OccupationMetric> UNDEFINED_WHEN_EMPTY = EnumSet.of(MEAN_SKILL_GAP);

    private final Bounds bounds;
    private final String description;

    OccupationMetric(Bounds bounds, String description) {
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
