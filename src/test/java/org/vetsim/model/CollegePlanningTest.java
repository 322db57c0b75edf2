package org.vetsim.model;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vetsim.io.scenario.ScenarioLoader;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Colleges' yearly planning with industry councils ({@link CollegePlanning}) on the programmes of a
 * settled germany-dual economy, applications set by hand: the councils share the seats the
 * applications ask for in proportion to vacancies, among the occupations whose programmes drew
 * applications and never below what an occupation's own applications ask for; seats nobody asked
 * for shrink.
 */
class CollegePlanningTest {
    private static World world;

    @BeforeAll
    static void settle() {
        world = TestWorlds.settled(ScenarioLoader.load(Path.of("germany-dual"),
                List.of("population.young_people=2000", "simulation.years=3")), 3);
    }

    private static int[] seatsByOccupation() {
        int[] seats = new int[world.occupations.length];
        for (Programme programme : world.programmes) {
            seats[programme.occupation().index()] += programme.seats();
        }
        return seats;
    }

    /** The last month of the latest school year that has ended by the settled month. */
    private static int planningMonth() {
        return world.month % 12 == 11 ? world.month : world.month - world.month % 12 - 1;
    }

    /** Runs the planning of the school year's last month with {@code applications[o]} spread over o's programmes. */
    private static int[] plan(int[] applications, int seatsEach) {
        int month = world.month;
        try {
            world.month = planningMonth();
            for (Programme programme : world.programmes) {
                programme.setSeats(seatsEach);
                programme.setApplications(0);
            }
            for (int o = 0; o < applications.length; o++) {
                List<Programme> offering = Enrolment.programmesOf(world, o);
                offering.get(0).setApplications(applications[o]);
            }
            new CollegePlanning().run(world);
            return seatsByOccupation();
        } finally {
            world.month = month;
        }
    }

    @Test
    void seatsGoOnlyToTheOccupationsWhoseProgrammesDrewApplications() {
        assertTrue(world.engagement.industryCouncils().enabled(), "germany-dual plans with industry councils");
        int n = world.occupations.length;
        int[] applications = new int[n];
        applications[3] = 100;
        int[] before = new int[n];
        for (Programme programme : world.programmes) {
            before[programme.occupation().index()] += 50;
        }
        int[] after = plan(applications, 50);
        double rate = world.engagement.industryCouncils().seatAdjustmentRate();
        double years = world.scenario.colleges().programmeMonths() / 12.0;
        assertEquals(before[3] + rate * (100 * years - before[3]), after[3], Enrolment.programmesOf(world, 3).size(),
                "the applied occupation moves towards all the seats asked for");
        for (int o = 0; o < n; o++) {
            if (o != 3) {
                assertTrue(after[o] < before[o], "occupation " + o + ": seats nobody asked for shrink, " + before[o] + " -> " + after[o]);
            }
        }
    }

    @Test
    void aFewOverflowApplicantsElsewhereDoNotTakeTheSeatsAnOccupationsPupilsNeed() {
        int n = world.occupations.length;
        int[] applications = new int[n];
        applications[3] = 100;
        applications[4] = 1;
        int programmes = Enrolment.programmesOf(world, 3).size();
        int[] after = plan(applications, 50);
        double rate = world.engagement.industryCouncils().seatAdjustmentRate();
        double years = world.scenario.colleges().programmeMonths() / 12.0;
        assertEquals(50 * programmes + rate * (100 * years - 50 * programmes), after[3], programmes,
                "planned for its own applications, whatever the vacancies of the occupation with one applicant");
    }

    @Test
    void withApplicationsEverywhereTheTotalIsSharedByVacanciesAboveEachOccupationsOwn() {
        int n = world.occupations.length;
        int[] applications = new int[n];
        java.util.Arrays.fill(applications, 100);
        int[] after = plan(applications, 1);
        double rate = world.engagement.industryCouncils().seatAdjustmentRate();
        double years = world.scenario.colleges().programmeMonths() / 12.0;
        double total = 100.0 * n * years;
        double vacancies = 0;
        for (int o = 0; o < n; o++) {
            vacancies += world.signals.yearlyVacancies(o, planningMonth());
        }
        boolean aboveOwn = false;
        for (int o = 0; o < n; o++) {
            double share = world.signals.yearlyVacancies(o, planningMonth()) / vacancies;
            double target = Math.max(100 * years, total * share);
            aboveOwn |= total * share > 100 * years;
            int programmes = Enrolment.programmesOf(world, o).size();
            assertEquals(programmes + rate * (target - programmes), after[o], 0.5 * programmes + 1e-9, "occupation " + o);
        }
        assertTrue(aboveOwn, "vacancies draw seats beyond an occupation's own applications somewhere");
    }
}
