package org.vetsim.model;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Employers round their target staff at a threshold of their own ({@link LabourDemand#wholeStaff}):
 * the same demand gives the same target every month, a target moves only as demand crosses the
 * threshold, and over employers the rounding adds nothing on average.
 */
class StaffRoundingTest {
    private static World world;

    @BeforeAll
    static void build() {
        world = TestWorlds.settled(TestScenarios.small("simulation.years=1"), 1);
    }

    @Test
    void theSameDemandGivesTheSameTargetInEveryMonth() {
        Employer employer = world.employers.get(0);
        int month = world.month;
        try {
            int first = LabourDemand.wholeStaff(world, employer, 3.4);
            for (int m = month; m < month + 24; m++) {
                world.month = m;
                assertEquals(first, LabourDemand.wholeStaff(world, employer, 3.4), "month " + m);
            }
        } finally {
            world.month = month;
        }
    }

    @Test
    void aTargetIsOneOfTheTwoNearestWholeNumbersAndRisesWithDemand() {
        for (Employer employer : world.employers) {
            int previous = Integer.MIN_VALUE;
            for (double level = 2.0; level <= 6.0; level += 0.05) {
                int target = LabourDemand.wholeStaff(world, employer, level);
                assertTrue(target == Math.floor(level) || target == Math.ceil(level), level + " -> " + target);
                assertTrue(target >= previous, "never falls as demand rises");
                previous = target;
            }
        }
    }

    @Test
    void overEmployersTheRoundingAddsNothingOnAverage() {
        double levels = 0;
        double targets = 0;
        for (Employer employer : world.employers) {
            levels += 3.4;
            targets += LabourDemand.wholeStaff(world, employer, 3.4);
        }
        int n = world.employers.size();
        assertTrue(n >= 200, "employers: " + n);
        assertEquals(levels / n, targets / n, 4 * Math.sqrt(0.24 / n), "mean target against mean demand");
    }
}
