package org.vetsim.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A college admits one year's share of a programme's seats, counting the seats graduates free this month. */
class ProgrammeIntakeTest {
    private static final Occupation TRADE = new Occupation(0, "trade", 0.0, 36, true, true);

    @Test
    void admitsOneYearsShareOfTheSeats() {
        Programme programme = new Programme(new College(0), TRADE, 0.5, 100);
        programme.openIntake(24, 0);
        assertEquals(50, programme.intakeLeft(), "a two-year programme takes half its seats each year");
        for (int i = 0; i < 50; i++) {
            assertTrue(programme.admit());
        }
        assertFalse(programme.admit(), "the intake is full");
        assertEquals(50, programme.enrolled());
    }

    @Test
    void seatsFreedByThisMonthsGraduatesCountForTheIntake() {
        Programme programme = new Programme(new College(0), TRADE, 0.5, 100);
        programme.addEnrolled(100);
        programme.openIntake(24, 0);
        assertEquals(0, programme.intakeLeft(), "a full programme admits nobody");
        programme.openIntake(24, 50);
        assertEquals(50, programme.intakeLeft(), "half the students graduate this month");
    }
}
