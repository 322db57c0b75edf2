package org.vetsim.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * Whom a fall in demand lays off among the young staff ({@link LabourDemand}): the most recently
 * hired before this month, and of several hired in that month the one who came last into the
 * window, whatever the order in which the month's steps hired them (so that running the steps of a
 * pass fused or apart lays off the same person, {@code FusedPassTest}); this month's hires stay,
 * and an employee of an earlier month is not chosen over last month's even with a higher id.
 */
class LayoffOrderTest {
    @Test
    void ofTheLatestMonthsHiresTheLastIntoTheWindowGoesWhateverTheOrderOfHiring() {
        World world = TestWorlds.settled(TestScenarios.small(), 1);
        Employer employer = null;
        for (Employer candidate : world.employers) {
            if (candidate.youngStaff.size() >= 4) {
                employer = candidate;
                break;
            }
        }
        assertNotNull(employer, "an employer with four young employees");
        List<YoungPerson> staff = new ArrayList<>();
        for (YoungPerson person : employer.youngStaff) {
            staff.add(person);
        }
        List<YoungPerson> byId = new ArrayList<>(staff);
        byId.sort(Comparator.comparingInt(YoungPerson::id));
        YoungPerson a = byId.get(0);
        YoungPerson b = byId.get(1);
        YoungPerson older = byId.get(byId.size() - 2);
        YoungPerson thisMonth = byId.get(byId.size() - 1);
        for (YoungPerson person : staff) {
            person.hiredMonth = world.month - 5;
        }
        a.hiredMonth = world.month - 1;
        b.hiredMonth = world.month - 1;
        thisMonth.hiredMonth = world.month;
        reorder(employer, staff, List.of(older, a, b, thisMonth));
        assertSame(b, LabourDemand.lastHiredBeforeThisMonth(world, employer),
                "hired a then b last month: b, the later into the window, not this month's hire nor an older one");
        reorder(employer, staff, List.of(older, b, a, thisMonth));
        assertSame(b, LabourDemand.lastHiredBeforeThisMonth(world, employer), "hired b then a: still b");
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
