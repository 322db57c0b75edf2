package org.vetsim.experiment.optimise;

import org.junit.jupiter.api.Test;
import org.vetsim.experiment.ExperimentException;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Constraints as written on the command line, and constraints no outcome could meet. */
class GoalTest {
    /** The model's metric names, without running anything. */
    static final MetricNames MODEL = new ModelMetricNames();

    @Test
    void boundsAreNumbersOrChangesFromTheBase() {
        Constraint absolute = Constraint.parse("neet_rate<=0.2", MODEL);
        assertTrue(absolute.atMost());
        assertEquals(0.2, absolute.bound().threshold(0.5));
        assertEquals(0.03, Constraint.parse("neet_rate <= base-0.02", MODEL).bound().threshold(0.05), 1e-12);
        assertEquals(0.045, Constraint.parse("neet_rate<=base-10%", MODEL).bound().threshold(0.05), 1e-12);
        assertEquals(7, Constraint.parse("apprentices>=base+5", MODEL).bound().threshold(2));
        Constraint same = Constraint.parse("public_cost>=base", MODEL);
        assertFalse(same.atMost());
        assertEquals(3, same.bound().threshold(3));
        assertEquals(0.01, absolute.shortfall(0.21, 0.2), 1e-12);
        assertTrue(Constraint.parse("apprentices>=10", MODEL).shortfall(12, 10) < 0);
    }

    @Test
    void badConstraintsAreRefused() {
        assertMessage("neet_rate<0.2", "expected METRIC<=VALUE or METRIC>=VALUE");
        assertMessage("neet_rate<=0.2>=0.1", "expected METRIC<=VALUE or METRIC>=VALUE");
        assertMessage("neet_rate<=half", "is not a number, base, base-D, base+D or base-P%");
        assertMessage("neet_rat<=0.2", "unknown metric 'neet_rat'");
    }

    @Test
    void constraintsNoOutcomeCouldMeetAreFoundBeforeAnyRun() {
        assertImpossible(List.of("neet_rate<=-0.1"), "a share between 0 and 1");
        assertImpossible(List.of("neet_rate>=1.5"), "a share between 0 and 1");
        assertImpossible(List.of("public_cost<=-1"), "never negative");
        assertImpossible(List.of("neet_rate<=0.1", "neet_rate>=0.2"), "cannot both be met");
        goal(List.of("neet_rate<=base-0.5")).requireAttainable(MODEL, null);
        ExperimentException relative = assertThrows(ExperimentException.class,
                () -> goal(List.of("neet_rate<=base-0.5")).requireAttainable(MODEL, metric -> 0.1));
        assertTrue(relative.getMessage().contains("the bound comes to -0.4"), relative.getMessage());
        goal(List.of("employer_net_training_cost<=-1", "neet_rate>=0.1", "neet_rate<=0.2")).requireAttainable(MODEL, m -> 0.1);
    }

    private static Goal goal(List<String> constraints) {
        return new Goal(new Objective("public_cost", false), constraints.stream().map(c -> Constraint.parse(c, MODEL)).toList());
    }

    private static void assertImpossible(List<String> constraints, String expected) {
        ExperimentException e = assertThrows(ExperimentException.class, () -> goal(constraints).requireAttainable(MODEL, null));
        assertTrue(e.getMessage().contains("cannot") && e.getMessage().contains(expected), e.getMessage());
    }

    private static void assertMessage(String text, String expected) {
        ExperimentException e = assertThrows(ExperimentException.class, () -> Constraint.parse(text, MODEL));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
