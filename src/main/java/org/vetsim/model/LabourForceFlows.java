package org.vetsim.model;

import org.vetsim.metrics.AgeGroup;
import org.vetsim.metrics.Metric;
import org.vetsim.metrics.Ratio;

/**
 * Gross flows between labour-force states among young people aged 15-24, month to month, as
 * labour force surveys measure them from the persons interviewed in two consecutive months (the
 * CPS gross flows of the US Bureau of Labor Statistics; the flow data of Japan's Labour Force
 * Survey): each person's state at the end of last month against the end of this month. The
 * states are the surveys': employed (E, apprentices and students with a side job included), unemployed (U, students
 * looking for a side job included) and not in the labour force (N: other students, the inactive
 * and exam preparers). A hazard is the
 * share of those in one state last month who are in another this month (E to U: separations
 * into unemployment over the employed). Conscripts and those working abroad
 * ({@link Status#ABROAD}) are outside the civilian population and have no state, and someone who
 * entered the window or came back from service or from abroad this month has no state last month;
 * neither is counted. The ages are those of the age groups 15-19 and 20-24 ({@link
 * AgeGroup#youth15To24}), as in the other youth rates, so a window that starts below 15 leaves
 * its youngest out.
 */
final class LabourForceFlows {
    static final int EMPLOYED = 0;
    static final int UNEMPLOYED = 1;
    static final int OUTSIDE = 2;
    /** No state: not in the window or not a civilian. */
    static final byte NONE = -1;

    private final long[][] counts = new long[3][3];

    /** The survey state of {@code person} now, or {@link #NONE} for a conscript or someone abroad. */
    static byte stateOf(YoungPerson person) {
        Status status = person.status;
        if (!status.civilian()) {
            return NONE;
        }
        if (person.surveyEmployed()) {
            return EMPLOYED;
        }
        return person.surveyUnemployed() ? (byte) UNEMPLOYED : (byte) OUTSIDE;
    }

    /**
     * Counts the month's flows of everyone in the window aged 15-24 now who had a state last
     * month, when {@code counting}, and records everyone's state for next month.
     */
    static LabourForceFlows observe(World world, boolean counting) {
        LabourForceFlows flows = new LabourForceFlows();
        for (YoungPerson person : world.people) {
            byte now = stateOf(person);
            if (counting && now != NONE && person.lastLabourState != NONE && aged15To24(person.age(world.month))) {
                flows.counts[person.lastLabourState][now]++;
            }
            person.lastLabourState = now;
        }
        return flows;
    }

    private static boolean aged15To24(int age) {
        AgeGroup group = AgeGroup.of(age);
        return group != null && group.youth15To24();
    }

    /** Counts one move of a person from state {@code from} last month to {@code to} now. */
    void add(int from, int to) {
        counts[from][to]++;
    }

    /** Share of those in {@code from} last month who are in {@code to} now; undefined (NaN) when nobody was in {@code from}. */
    double hazard(int from, int to) {
        long origin = counts[from][EMPLOYED] + counts[from][UNEMPLOYED] + counts[from][OUTSIDE];
        return Ratio.of(counts[from][to], origin);
    }

    void fill(double[] v) {
        v[Metric.FLOW_E_TO_U_15_24.ordinal()] = hazard(EMPLOYED, UNEMPLOYED);
        v[Metric.FLOW_E_TO_N_15_24.ordinal()] = hazard(EMPLOYED, OUTSIDE);
        v[Metric.FLOW_U_TO_E_15_24.ordinal()] = hazard(UNEMPLOYED, EMPLOYED);
        v[Metric.FLOW_U_TO_N_15_24.ordinal()] = hazard(UNEMPLOYED, OUTSIDE);
        v[Metric.FLOW_N_TO_E_15_24.ordinal()] = hazard(OUTSIDE, EMPLOYED);
        v[Metric.FLOW_N_TO_U_15_24.ordinal()] = hazard(OUTSIDE, UNEMPLOYED);
    }
}
