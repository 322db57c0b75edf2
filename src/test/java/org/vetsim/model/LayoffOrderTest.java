package org.vetsim.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whom a fall in demand lays off among the young staff ({@link LabourDemand}): the most recently
 * hired before this month, and of several hired in that month the one who came last into the
 * window, whatever the order in which the month's steps hired them (so that running the steps of a
 * pass fused or apart lays off the same person, {@code FusedPassTest}); this month's hires stay.
 */
class LayoffOrderTest {
    @Test
    void ofTheLatestMonthsHiresTheLastIntoTheWindowGoesWhateverTheOrderOfHiring() {
        World world = TestWorlds.settled(TestScenarios.small(), 1);
        Employer employer = null;
        for (Employer candidate : world.employers) {
            if (candidate.youngStaff.size() >= 3) {
                employer = candidate;
                break;
            }
        }
        assertNotNull(employer, "an employer with three young employees");
        List<YoungPerson> staff = new ArrayList<>();
        for (YoungPerson person : employer.youngStaff) {
            staff.add(person);
        }
        YoungPerson a = staff.get(0);
        YoungPerson b = staff.get(1);
        YoungPerson c = staff.get(2);
        for (YoungPerson person : staff) {
            person.hiredMonth = world.month - 5;
        }
        a.hiredMonth = world.month - 1;
        b.hiredMonth = world.month - 1;
        c.hiredMonth = world.month;
        YoungPerson later = a.id() > b.id() ? a : b;
        reorder(employer, staff, List.of(a, b, c));
        assertSame(later, LabourDemand.lastHiredBeforeThisMonth(world, employer), "hired a then b");
        reorder(employer, staff, List.of(b, a, c));
        assertSame(later, LabourDemand.lastHiredBeforeThisMonth(world, employer), "hired b then a");
        c.hiredMonth = world.month - 1;
        assertTrue(c.id() != later.id());
        YoungPerson latest = c.id() > later.id() ? c : later;
        assertEquals(latest, LabourDemand.lastHiredBeforeThisMonth(world, employer), "three hired last month");
    }

    /** Puts {@code last} at the newest end of the staff list, in that order, the others before them as they were. */
    private static void reorder(Employer employer, List<YoungPerson> staff, List<YoungPerson> last) {
        employer.youngStaff.clear();
        for (YoungPerson person : staff) {
            if (!last.contains(person)) {
                employer.youngStaff.add(person);
            }
        }
        for (YoungPerson person : last) {
            employer.youngStaff.add(person);
        }
    }
}
