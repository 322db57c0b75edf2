package org.vetsim.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Placement of a year's vocational applicants on hand-picked pupils of a settled German economy:
 * an employer with one apprenticeship place takes the applicant with the better ability signal
 * whichever group of the intake they come from (a pupil of the cohort, a general-track leaver, a
 * returner from out of work) and in whatever order the groups are listed; an employee placed
 * leaves the job first and counts as the firm's existing staff only at their own employer; and an
 * apprentice's fit to the firm is the same draw in two arms however many others are placed before them.
 */
class PlacementTest {
    /** Offers the groups, pooled, one apprenticeship place at {@code employer}, with no college seats. */
    private static void placeOne(World world, Employer employer, List<List<YoungPerson>> first, List<List<YoungPerson>> second) {
        Intakes.noSeats(world);
        Placement.placeApprentices(world, Enrolment.pooled(first, second), Intakes.places(world, employer, 1));
    }

    @Test
    void theEmployerTakesTheApplicantWithTheBetterSignalWhicheverGroupComesFirst() {
        for (boolean cohortFirst : new boolean[] {true, false}) {
            World world = Intakes.settledGermany();
            Employer employer = Intakes.trainer(world);
            employer.setProductiveUse(10.0);
            int o = employer.occupation().index();
            YoungPerson weak = Intakes.pupil(world, 0.0, 0.2, null);
            YoungPerson strong = Intakes.pupil(world, 0.85, 1.0, weak);
            List<List<YoungPerson>> cohort = Intakes.applying(world, o, weak);
            List<List<YoungPerson>> leavers = Intakes.applying(world, o, strong);
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
        World a = Intakes.settledGermany();
        World b = Intakes.settledGermany();
        Employer employerA = Intakes.trainer(a);
        employerA.setProductiveUse(10.0);
        int o = employerA.occupation().index();
        YoungPerson otherA = Intakes.pupil(a, 0.7, 0.8, null);
        YoungPerson strongA = Intakes.pupil(a, 0.85, 1.0, otherA);
        placeOne(a, employerA, Intakes.applying(a, o, strongA), Enrolment.byOccupation(a.occupations.length));
        Employer employerB = Intakes.trainer(b);
        employerB.setProductiveUse(10.0);
        YoungPerson otherB = Intakes.pupil(b, 0.7, 0.8, null);
        YoungPerson strongB = Intakes.pupil(b, 0.85, 1.0, otherB);
        Placement.placeApprentices(b, Intakes.applying(b, o, otherB), Intakes.places(b, employerB, 1));
        Placement.placeApprentices(b, Intakes.applying(b, o, strongB), Intakes.places(b, employerB, 1));
        assertNotNull(otherB.trainingFirm, "in arm b another apprentice is placed first");
        assertEquals(strongA.id(), strongB.id());
        assertEquals(strongA.jobFit, strongB.jobFit, 0.0, "the same apprentice, the same fit to the firm");
    }

    @Test
    void anEmployeePlacedLeavesTheJobAndIsExistingStaffOnlyOfTheirOwnEmployer() {
        for (boolean own : new boolean[] {true, false}) {
            World world = Intakes.settledGermany();
            Employer trainer = Intakes.trainer(world);
            trainer.setProductiveUse(10.0);
            Employer job = own ? trainer : world.employers.stream().filter(e -> e != trainer).findFirst().orElseThrow();
            YoungPerson employee = Intakes.pupilSeenAs(world, 0.85, 1.0, null);
            world.hire(employee, job, 1.0, 0.0, true);
            int quitsBefore = world.flows.quitsToEducationServiceOrAbroad;
            int postsBefore = world.flows.postsLeftByYoung;
            placeOne(world, trainer, Intakes.applying(world, trainer.occupation().index(), employee),
                    Enrolment.byOccupation(world.occupations.length));
            assertEquals(Status.APPRENTICE, employee.status, "own employer: " + own);
            assertSame(trainer, employee.employer);
            assertTrue(employee.trainingFromWork, "own employer: " + own);
            assertEquals(own, employee.trainingAtOwnEmployer);
            assertFalse(job.youngStaff.contains(employee), "the post is left: own employer " + own);
            assertTrue(trainer.apprentices.contains(employee));
            assertEquals(quitsBefore + 1, world.flows.quitsToEducationServiceOrAbroad, "a separation into education");
            assertEquals(postsBefore + 1, world.flows.postsLeftByYoung, "a post to fill");
        }
    }

    @Test
    void anEmployeeWithoutAPlaceKeepsTheJobAndOneSeatedAtACollegeLeavesIt() {
        World world = Intakes.settledGermany();
        Employer trainer = Intakes.trainer(world);
        int o = trainer.occupation().index();
        Employer job = world.employers.stream().filter(e -> e != trainer).findFirst().orElseThrow();
        YoungPerson employee = Intakes.pupilSeenAs(world, 0.5, 1.0, null);
        world.hire(employee, job, 1.0, 0.0, true);
        Placement.placeApprentices(world, Intakes.applying(world, o, employee), Intakes.places(world, trainer, 0));
        assertEquals(Status.EMPLOYED, employee.status, "no place open");
        assertSame(job, employee.employer);
        assertTrue(job.youngStaff.contains(employee));
        assertFalse(Placement.placeStudent(world, employee, null), "no seat found");
        assertEquals(Status.EMPLOYED, employee.status, "still in the job without a seat");
        Programme seat = Enrolment.programmesOf(world, o).get(0);
        assertTrue(Placement.placeStudent(world, employee, seat));
        assertEquals(Status.SCHOOL_VET, employee.status);
        assertTrue(employee.trainingFromWork);
        assertFalse(employee.trainingAtOwnEmployer);
        assertFalse(job.youngStaff.contains(employee), "the job is left for the seat");
    }
}
