package org.vetsim.model;

import org.junit.jupiter.api.Test;
import org.vetsim.io.scenario.ScenarioException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An earlier sitting of a school-based programme's exam in its final school year
 * ({@code exams.school_first_sitting_month}), retaken at the programme's end by those who fail it:
 * on school-based students set by hand (an exam without measurement noise, so that what they
 * know decides), and on the month of the sitting.
 */
class SchoolExamSittingsTest {
    private static World world(String sittingMonth) {
        return TestWorlds.settled(TestScenarios.small("exams.school_first_sitting_month=" + sittingMonth,
                "exams.measurement_noise=0"), 1);
    }

    /** A school-based student whose programme ends at the intake after next, knowing {@code proficiency} of their occupation at its exam's standard. */
    private static YoungPerson student(World world, double proficiency) {
        for (YoungPerson person : world.people) {
            if (person.status == Status.SCHOOL_VET && person.offerFrom == null) {
                person.trainingEnds = 12 * (world.month / 12 + 2);
                person.proficiency = proficiency;
                person.vintage = person.occupation.examStandard();
                person.intern = false;
                person.earlySittingPassed = -1;
                return person;
            }
        }
        throw new AssertionError("no school-based student");
    }

    private static void graduationAt(World world, YoungPerson person, int month) {
        world.month = month;
        Graduation graduation = new Graduation();
        graduation.begin(world);
        graduation.apply(world, person);
    }

    @Test
    void theEarlierSittingFallsInTheFinalSchoolYearBeforeTheEnd() {
        assertTrue(Graduation.earlySittingDue(40, 48, 4), "month 4 of the final year of a programme ending at an intake");
        assertFalse(Graduation.earlySittingDue(28, 48, 4), "not in the year before");
        assertTrue(Graduation.earlySittingDue(40, 46, 4), "the same month when the programme ends at the school year's end");
        assertFalse(Graduation.earlySittingDue(46, 46, 10), "never at or after the end");
    }

    @Test
    void aStudentWhoPassesEarlyIsCertifiedWhateverTheLastSitting() {
        World world = world("4");
        YoungPerson student = student(world, 1.0);
        int end = student.trainingEnds;
        graduationAt(world, student, end - 12 + 4);
        assertEquals(end - 8, student.earlySittingPassed, "passed in January");
        student.proficiency = 0.0;
        int takers = world.flows.schoolExamTakers;
        int passes = world.flows.schoolExamPasses;
        graduationAt(world, student, end);
        assertEquals(student.occupation, student.certifiedIn, "certified at the end on the earlier pass");
        assertEquals(takers + 1, world.flows.schoolExamTakers, "one who finished and sat the exam");
        assertEquals(passes + 1, world.flows.schoolExamPasses, "counted among the passes, as an achiever");
    }

    @Test
    void aStudentWhoFailsEarlyRetakesAtTheEndWithWhatTheyLearntSince() {
        World world = world("4");
        YoungPerson student = student(world, 0.0);
        Occupation occupation = student.occupation;
        int end = student.trainingEnds;
        graduationAt(world, student, end - 8);
        assertEquals(-1, student.earlySittingPassed, "failed in January");
        assertNull(student.certifiedIn);
        student.proficiency = 1.0;
        graduationAt(world, student, end);
        assertEquals(occupation, student.certifiedIn, "passes the retake at the end");
    }

    @Test
    void withoutAnEarlierSittingOnlyTheEndCounts() {
        World world = world("-1");
        YoungPerson student = student(world, 1.0);
        int end = student.trainingEnds;
        graduationAt(world, student, end - 8);
        assertEquals(-1, student.earlySittingPassed, "no sitting in January");
        student.proficiency = 0.0;
        graduationAt(world, student, end);
        assertNull(student.certifiedIn, "fails the one sitting");
    }

    @Test
    void anEarlierPassIsForgottenWhenTheStudentEnrolsAgain() {
        World world = world("4");
        YoungPerson student = student(world, 1.0);
        int end = student.trainingEnds;
        graduationAt(world, student, end - 8);
        assertEquals(end - 8, student.earlySittingPassed);
        world.month = end;
        assertTrue(Placement.placeStudent(world, student, student.programme), "enrolled again, in a programme ending 24 months on");
        assertEquals(-1, student.earlySittingPassed, "a new programme starts without a pass");
    }

    @Test
    void theSittingMustFallBeforeTheBreak() {
        assertThrows(ScenarioException.class, () -> TestScenarios.small("education.summer_break_months=2",
                "exams.school_first_sitting_month=10"));
    }
}
