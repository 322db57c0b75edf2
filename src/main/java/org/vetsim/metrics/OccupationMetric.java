package org.vetsim.metrics;

/** The value columns of {@code occupations.csv}, one row per output month and occupation. */
public enum OccupationMetric implements MetricColumn {
    DEMAND(Bounds.NON_NEGATIVE, "Employers' target staff in the occupation (jobs demanded)."),
    VACANCIES(Bounds.NON_NEGATIVE, "Open vacancies at the start of hiring."),
    UNFILLED_VACANCIES(Bounds.NON_NEGATIVE, "Vacancies still open after this month's hiring (filled neither by a young person nor from the adult market)."),
    QUALIFIED_SUPPLY(Bounds.NON_NEGATIVE, "Unemployed young people holding a certificate in the occupation."),
    MEAN_SKILL_GAP(Bounds.UNIT, "Mean over young employees in the occupation of 1 minus their occupation-specific skill."),
    TRAINING_FIRMS(Bounds.NON_NEGATIVE, "Employers in the occupation with at least one apprentice."),
    APPRENTICES(Bounds.NON_NEGATIVE, "Apprentices in the occupation."),
    BOARD_MEMBERS(Bounds.NON_NEGATIVE, "Employers in the occupation sitting on curriculum boards."),
    CURRICULUM_ALIGNMENT(Bounds.UNIT, "Seat-weighted curriculum alignment of the occupation's programmes.");

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
}
