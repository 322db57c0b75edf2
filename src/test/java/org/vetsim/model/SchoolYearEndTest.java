package org.vetsim.model;

import org.junit.jupiter.api.Test;
import org.vetsim.metrics.Metric;
import org.vetsim.metrics.MonthReport;
import org.vetsim.scenario.EducationSettings;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Leaving when the school year ends ({@code education.summer_break_months}) and students of higher
 * education finishing at the end of an academic year ({@code education.higher_leaving_month}): on
 * pupils and students of a settled economy, set by hand, and in small runs.
 */
class SchoolYearEndTest {
    private static World settled(String... overrides) {
        return TestWorlds.settled(TestScenarios.small(overrides), 1);
    }

    /** A person of {@code status} whose schooling or programme ends at the next intake, with what decides their plan set. */
    private static YoungPerson finishingAtNextIntake(World world, Status status) {
        for (YoungPerson person : world.people) {
            if (person.status == status && Enrolment.intakeMonth(person.trainingEnds) && person.trainingEnds > world.month
                    && person.trainingEnds - world.month <= 12 && !person.transitionYear && !person.vetBound) {
                return person;
            }
        }
        throw new AssertionError("nobody in " + status + " finishing at the next intake");
    }

    private static void step(World world, YoungPerson person) {
        SchoolYearEnd step = new SchoolYearEnd();
        step.begin(world);
        step.apply(world, person);
    }

    @Test
    void aGeneralTrackPupilWhoDoesNotGoOnPlansBeforeTheFinalMonthsAndLeavesWhenTheSchoolYearEnds() {
        World world = settled("education.summer_break_months=3");
        YoungPerson pupil = finishingAtNextIntake(world, Status.GENERAL_EDUCATION);
        pupil.admittedToHigher = false;
        pupil.vetPlanned = false;
        int intake = pupil.trainingEnds;
        int lead = SchoolYearEnd.planningLead(world);
        world.month = intake - 3 - lead - 1;
        step(world, pupil);
        assertEquals(intake, pupil.trainingEnds, "before the final months nothing is planned");
        assertFalse(pupil.vetPlanned);
        world.month++;
        step(world, pupil);
        assertTrue(pupil.vetPlanned ^ pupil.trainingEnds == intake - 3,
                "planned once: either stays for vocational training at the intake, or leaves three months before it");
        int planned = pupil.trainingEnds;
        world.month++;
        step(world, pupil);
        assertEquals(planned, pupil.trainingEnds, "an end already at the school year's end is never moved again");
        pupil.trainingEnds = intake;
        pupil.offerFrom = null;
        world.month = intake - 1;
        pupil.vetPlanned = false;
        boolean searches = JobOffers.searchesBeforeLeaving(world, pupil);
        pupil.vetPlanned = true;
        assertFalse(JobOffers.searchesBeforeLeaving(world, pupil), "one who plans vocational training applies for no job before leaving");
        assertTrue(searches || !JobOffers.leavingSoon(world, pupil) || !ParticipationChoice.appliesBeforeLeaving(world, pupil),
                "unlike the same pupil without the plan, for whom search pays");
    }

    @Test
    void pupilsWhoGoOnAndVocationalStudentsWhoWillStudyStayEnrolledUntilTheIntake() {
        World world = settled("education.summer_break_months=3");
        YoungPerson pupil = finishingAtNextIntake(world, Status.GENERAL_EDUCATION);
        pupil.admittedToHigher = true;
        int intake = pupil.trainingEnds;
        world.month = intake - 1;
        step(world, pupil);
        assertEquals(intake, pupil.trainingEnds, "admitted to higher education: enrolled through the break");
        assertFalse(pupil.vetPlanned);
        YoungPerson student = finishingAtNextIntake(world, Status.SCHOOL_VET);
        int lead = SchoolYearEnd.planningLead(world);
        world.month = student.trainingEnds - 3 - lead;
        assertFalse(LateHigherEntry.wouldApplyOnFinishing(world, student), "the baseline's certificate admits to nothing");
        int end = student.trainingEnds;
        step(world, student);
        assertEquals(end - 3, student.trainingEnds, "a vocational student who will not study on leaves when the school year ends");
    }

    @Test
    void thePlanIsMadeOnceAndAnEndIsNeverMovedIntoThePast() {
        World world = settled("education.summer_break_months=3");
        YoungPerson pupil = finishingAtNextIntake(world, Status.GENERAL_EDUCATION);
        pupil.admittedToHigher = true;
        int intake = pupil.trainingEnds;
        world.month = intake - 6;
        step(world, pupil);
        assertEquals(intake, pupil.yearEndPlannedFor, "planned: admitted, so enrolled through the break");
        pupil.admittedToHigher = false;
        world.month++;
        step(world, pupil);
        assertEquals(intake, pupil.trainingEnds, "a plan once made is kept");
        YoungPerson late = finishingAtNextIntake(world, Status.SCHOOL_VET);
        late.yearEndPlannedFor = -1;
        int end = late.trainingEnds;
        world.month = end - 1;
        step(world, late);
        assertEquals(end, late.trainingEnds, "first seen after the school year's end: stays to the intake, not moved into the past");
    }

    @Test
    void aLeaverOfTheSchoolYearsEndDoesNotChooseAgainAtTheIntakeThatFollows() {
        World world = settled("education.summer_break_months=3");
        YoungPerson person = TestWorlds.outOfWork(world);
        while (!Enrolment.intakeMonth(world.month)) {
            world.month++;
        }
        person.certifiedIn = null;
        person.degreeIn = null;
        person.yearEndLeaving = -1;
        boolean before = LateVetEntry.chooses(world, person);
        person.yearEndLeaving = world.month - 3;
        assertTrue(SchoolYearEnd.leftBeforeThisIntake(world, person));
        assertFalse(LateVetEntry.chooses(world, person), "their plan for this intake was made before they left");
        assertFalse(LateHigherEntry.outOfEducation(world, person));
        person.yearEndLeaving = world.month - 15;
        assertFalse(SchoolYearEnd.leftBeforeThisIntake(world, person), "a year later they choose as anyone out of work");
        assertEquals(before, LateVetEntry.chooses(world, person));
    }

    @Test
    void aConscriptsStudyLeaveKeepsTheEndOfAnAcademicYear() {
        World world = TestWorlds.settled(TestScenarios.smallPreset("korea-corporate"), 1);
        YoungPerson student = null;
        for (YoungPerson person : world.people) {
            if (person.status == Status.HIGHER_EDUCATION && !person.female) {
                student = person;
                break;
            }
        }
        assertTrue(student != null, "a male student");
        var service = world.scenario.militaryService();
        student.serviceDecided = true;
        student.serviceOwed = true;
        student.leaveOffset = 0;
        student.studyStart = world.month - service.studyMonthsBeforeService();
        student.trainingEnds = HigherEducation.leavingMonth(world.scenario.education(), student.studyStart, student.studyStart + 48);
        int end = student.trainingEnds;
        assertEquals(11, Math.floorMod(end, 12), "Korean students finish in February, month 11");
        MilitaryService step = new MilitaryService();
        step.begin(world);
        step.apply(world, student);
        assertEquals(Status.MILITARY_SERVICE, student.status);
        assertEquals(11, Math.floorMod(student.trainingEnds, 12), "after the leave they still finish in February");
        assertTrue(Math.abs(student.trainingEnds - (end + service.months())) <= 6, "about the service's months later");
    }

    @Test
    void eachOutputMonthCarriesItsCalendarMonthFromTheSchoolYearsStart() {
        List<MonthReport> reports = TestScenarios.run(TestScenarios.smallPreset("japan-corporate", "simulation.years=2"), 1);
        assertEquals(4, reports.get(0).calendarMonth(), "output month 1 is April, when the Japanese school year starts");
        assertEquals(12, reports.get(8).calendarMonth());
        assertEquals(1, reports.get(9).calendarMonth(), "then January");
        assertEquals(3, reports.get(11).calendarMonth());
        assertEquals(4, reports.get(12).calendarMonth(), "and April again in the second year");
    }

    @Test
    void withoutABreakNoOneIsMovedOrPlans() {
        World world = settled();
        YoungPerson pupil = finishingAtNextIntake(world, Status.GENERAL_EDUCATION);
        pupil.admittedToHigher = false;
        int intake = pupil.trainingEnds;
        for (world.month = intake - 12; world.month < intake; world.month++) {
            step(world, pupil);
        }
        assertEquals(intake, pupil.trainingEnds);
        assertFalse(pupil.vetPlanned);
        assertEquals(-1, pupil.yearEndPlannedFor, "no plan is made");
    }

    @Test
    void studentsOfHigherEducationFinishInTheNearestMonthThatEndsAnAcademicYear() {
        EducationSettings spread = TestScenarios.small().education();
        assertEquals(91, HigherEducation.leavingMonth(spread, 0, 91), "-1: the drawn months as they are");
        EducationSettings may = TestScenarios.small("education.higher_leaving_month=8").education();
        assertEquals(92, HigherEducation.leavingMonth(may, 0, 91), "a month later");
        assertEquals(104, HigherEducation.leavingMonth(may, 0, 98), "six months later at most");
        assertEquals(92, HigherEducation.leavingMonth(may, 0, 97), "or up to five earlier");
        assertEquals(20, HigherEducation.leavingMonth(may, 0, 13), "and at least a year after entry");
        assertEquals(12 + 32, HigherEducation.leavingMonth(may, 12, 12 + 30), "from an entry at any intake");
    }

    @Test
    void withABreakSchoolLeaversRaiseYouthUnemploymentWhenTheSchoolYearEndsInsteadOfAtTheIntake() {
        for (long seed = 1; seed <= 2; seed++) {
            double[] without = profile(TestScenarios.run(TestScenarios.small("simulation.years=8"), seed));
            double[] with = profile(TestScenarios.run(TestScenarios.small("simulation.years=8", "education.summer_break_months=3"), seed));
            assertTrue(rise(with, 9) > rise(without, 9) + 0.005, "seed " + seed + ": leavers arrive at the school year's end, "
                    + rise(with, 9) + " against " + rise(without, 9));
            assertTrue(rise(with, 0) < rise(without, 0) - 0.005, "seed " + seed + ": and no longer at the intake, "
                    + rise(with, 0) + " against " + rise(without, 0));
        }
    }

    /** How much higher youth unemployment is in the three months from {@code month} of the school year than in the three before. */
    private static double rise(double[] profile, int month) {
        double after = 0;
        double before = 0;
        for (int k = 0; k < 3; k++) {
            after += profile[(month + k) % 12] / 3;
            before += profile[(month + 9 + k) % 12] / 3;
        }
        return after - before;
    }

    /** Mean youth unemployment by month of the school year over the output years after the third. */
    private static double[] profile(List<MonthReport> reports) {
        double[] sum = new double[12];
        int[] count = new int[12];
        for (MonthReport report : reports) {
            if (report.month() > 36) {
                int monthOfYear = (report.month() - 1) % 12;
                sum[monthOfYear] += report.value(Metric.YOUTH_UNEMPLOYMENT_RATE);
                count[monthOfYear]++;
            }
        }
        for (int m = 0; m < 12; m++) {
            sum[m] /= count[m];
        }
        return sum;
    }

}
