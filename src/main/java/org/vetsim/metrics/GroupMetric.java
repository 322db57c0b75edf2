package org.vetsim.metrics;

import java.util.EnumSet;
import java.util.Set;

/**
 * The value columns of {@code tracks.csv} and {@code age_groups.csv}: the main youth outcomes of
 * one group of young people (a track of origin, an age group) in one output month, defined as
 * in {@code timeseries.csv} but within the group.
 */
public enum GroupMetric implements MetricColumn {
    POPULATION(Bounds.NON_NEGATIVE, "Young people in the group (end of month)."),
    EMPLOYMENT_RATE(Bounds.UNIT, "Employed (apprentices, informal workers and students with a side job included) over the group's civilian population (conscripts in military service and migrants abroad excluded, as in labour force surveys of residents); empty when there is none."),
    UNEMPLOYMENT_RATE(Bounds.UNIT, "Unemployed (students looking for a side job included) over the group's labour force (employed plus unemployed); empty when the group has no labour force."),
    EDUCATION_RATE(Bounds.UNIT, "In education or training (pupils, students and apprentices; apprentices count as enrolled, as in the UNESCO-OECD-Eurostat enrolment statistics, and students on leave for military service, as education statistics count registered students) over the group's whole population; empty when the group is empty."),
    NEET_RATE(Bounds.UNIT, "Unemployed plus inactive (not in education) over the group's civilian population (conscripts and migrants abroad excluded); empty when there is none."),
    MEAN_MONTHS_TO_FIRST_JOB(Bounds.NON_NEGATIVE, "Mean months from leaving education to the first job over the group's first jobs started in the last 12 months (a job straight after training counts 0; empty when there were none)."),
    MEAN_WAGE(Bounds.NON_NEGATIVE, "Mean wage of the group's employees (apprentices and informal workers excluded), skilled-wage units; empty when none is employed."),
    IN_MILITARY_SERVICE(Bounds.NON_NEGATIVE, "Conscripts of the group serving in the armed forces (end of month); population less these and the migrants abroad is the civilian population of the rates."),
    WORKING_ABROAD(Bounds.NON_NEGATIVE, "Young people of the group working abroad as labour migrants (end of month); like conscripts, outside the resident civilian population of the rates.");

    /** The columns that are undefined (NaN, an empty cell) when what they are taken over is empty; each description says when. */
    private static final Set<GroupMetric> UNDEFINED_WHEN_EMPTY = EnumSet.of(EMPLOYMENT_RATE, UNEMPLOYMENT_RATE, EDUCATION_RATE, NEET_RATE, MEAN_MONTHS_TO_FIRST_JOB, MEAN_WAGE);

    private final Bounds bounds;
    private final String description;

    GroupMetric(Bounds bounds, String description) {
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
