package org.vetsim.model;

import org.junit.jupiter.api.Test;
import org.vetsim.io.scenario.ScenarioLoader;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * Placement of a year's vocational applicants on hand-picked pupils of a settled German economy:
 * an employer with one apprenticeship place takes the applicant with the better ability signal
 * whichever group of the intake they come from (a pupil of the cohort, a general-track leaver, a
 * returner from out of work) and in whatever order the groups are listed; and an apprentice's fit
 * to the firm is the same draw in two arms however many others are placed before them.
 */
class PlacementTest {
    private static World settled() {
        return TestWorlds.settled(ScenarioLoader.load(Path.of("germany-dual"), List.of("population.young_people=2000")), 1);
    }

    /** A pupil of the general track whose ability lies between {@code low} and {@code high}, not {@code other}. */
    private static YoungPerson pupil(World world, double low, double high, YoungPerson other) {
        for (YoungPerson person : world.people) {
            if (person != other && person.status == Status.GENERAL_EDUCATION && person.ability >= low && person.ability <= high) {
                return person;
            }
        }
        throw new AssertionError("no pupil of ability " + low + "-" + high);
    }

    /** An employer of an occupation learnt as an apprenticeship. */
    private static Employer trainer(World world) {
        for (Employer employer : world.employers) {
            if (employer.occupation().apprenticeships()) {
                return employer;
            }
        }
        throw new AssertionError("no employer of an apprenticeship occupation");
    }

    /** Places the groups with one apprenticeship place at {@code employer} and no college seats left. */
    private static void placeOne(World world, Employer employer, List<List<YoungPerson>> first, List<List<YoungPerson>> second) {
        for (Programme programme : world.programmes) {
            programme.limitIntake(0);
        }
        Placement.place(world, Enrolment.pooled(first, second), oneSlot(world, employer),
                Enrolment.byOccupation(world.occupations.length), new OpenSeats(world));
    }

    /** One apprenticeship place, at {@code employer}. */
    private static List<List<Employer>> oneSlot(World world, Employer employer) {
        List<List<Employer>> slots = new java.util.ArrayList<>();
        for (int o = 0; o < world.occupations.length; o++) {
            slots.add(new java.util.ArrayList<>());
        }
        slots.get(employer.occupation().index()).add(employer);
        return slots;
    }

    private static List<List<YoungPerson>> applying(World world, int occupation, YoungPerson person) {
        List<List<YoungPerson>> lists = Enrolment.byOccupation(world.occupations.length);
        lists.get(occupation).add(person);
        return lists;
    }

    @Test
    void theEmployerTakesTheApplicantWithTheBetterSignalWhicheverGroupComesFirst() {
        for (boolean cohortFirst : new boolean[] {true, false}) {
            World world = settled();
            Employer employer = trainer(world);
            int o = employer.occupation().index();
            YoungPerson weak = pupil(world, 0.0, 0.2, null);
            YoungPerson strong = pupil(world, 0.85, 1.0, weak);
            List<List<YoungPerson>> cohort = applying(world, o, weak);
            List<List<YoungPerson>> leavers = applying(world, o, strong);
            if (cohortFirst) {
                placeOne(world, employer, cohort, leavers);
            } else {
                placeOne(world, employer, leavers, cohort);
            }
            assertSame(employer, strong.trainingFirm, "the general-track leaver with the better signal takes the place "
                    + "(cohort listed first: " + cohortFirst + ")");
            assertEquals(Status.APPRENTICE, strong.status);
            assertNotEquals(Status.APPRENTICE, weak.status, "the pupil of the cohort finds no place left");
        }
    }

    @Test
    void anApprenticesFitToTheFirmIsTheSameDrawWhoeverElseIsPlacedFirst() {
        World a = settled();
        World b = settled();
        Employer employerA = trainer(a);
        int o = employerA.occupation().index();
        YoungPerson weakA = pupil(a, 0.7, 0.8, null);
        YoungPerson strongA = pupil(a, 0.85, 1.0, weakA);
        placeOne(a, employerA, applying(a, o, strongA), Enrolment.byOccupation(a.occupations.length));
        Employer employerB = trainer(b);
        YoungPerson weakB = pupil(b, 0.7, 0.8, null);
        YoungPerson strongB = pupil(b, 0.85, 1.0, weakB);
        int n = b.occupations.length;
        Placement.place(b, applying(b, o, weakB), oneSlot(b, employerB), Enrolment.byOccupation(n), new OpenSeats(b));
        Placement.place(b, applying(b, o, strongB), oneSlot(b, employerB), Enrolment.byOccupation(n), new OpenSeats(b));
        assertNotNull(weakB.trainingFirm, "in arm b another apprentice is placed first");
        assertEquals(strongA.id(), strongB.id());
        assertEquals(strongA.jobFit, strongB.jobFit, 0.0, "the same apprentice, the same fit to the firm");
    }
}
