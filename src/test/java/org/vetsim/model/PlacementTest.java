package org.vetsim.model;

import org.junit.jupiter.api.Test;

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
}
