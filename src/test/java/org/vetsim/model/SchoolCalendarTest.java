package org.vetsim.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Full-time schooling teaches in the school year's teaching months, and a year's teaching does not
 * depend on the summer break: on the calendar itself and on school-based vocational students and
 * general-track pupils set by hand.
 */
class SchoolCalendarTest {
    @Test
    void theBreakIsTheLastMonthsBeforeEachIntake() {
        SchoolCalendar calendar = new SchoolCalendar(2);
        for (int month = 0; month < 36; month++) {
            assertEquals(month % 12 < 10, calendar.teaching(month), "month " + month);
        }
        SchoolCalendar none = new SchoolCalendar(0);
        for (int month = 0; month < 24; month++) {
            assertTrue(none.teaching(month), "no break: every month is taught");
        }
        assertThrows(IllegalArgumentException.class, () -> new SchoolCalendar(12));
        assertThrows(IllegalArgumentException.class, () -> new SchoolCalendar(-1));
    }

    @Test
    void theTeachingMonthsCloseTheGapThatTwelveMonthsWould() {
        for (int breakMonths : new int[] {0, 1, 2, 3, 5}) {
            SchoolCalendar calendar = new SchoolCalendar(breakMonths);
            for (double monthly : new double[] {0.01, 0.03, 0.10, 0.4}) {
                double left = Math.pow(1 - calendar.termRate(monthly), 12 - breakMonths);
                assertEquals(Math.pow(1 - monthly, 12), left, 1e-12, "break " + breakMonths + ", rate " + monthly);
            }
        }
        assertEquals(0.07, new SchoolCalendar(0).termRate(0.07), 0.0, "without a break the rate is the monthly one");
        assertEquals(0.0, new SchoolCalendar(3).termRate(0.0), 0.0);
    }

    private static YoungPerson first(World world, Status status) {
        for (YoungPerson person : world.people) {
            if (person.status == status && !person.intern) {
                return person;
            }
        }
        throw new AssertionError("nobody in " + status);
    }

    /**
     * Month-by-month gains over the school year after the next intake of a learner of
     * {@code status}, then their proficiency and general
     * skill at its end, and what twelve months at the monthly rates would have given them.
     */
    private static double[] yearOfSchool(String breakMonths, Status status) {
        World world = TestWorlds.settled(TestScenarios.small("education.summer_break_months=" + breakMonths,
                "colleges.dropout_rate=0"), 1);
        YoungPerson person = first(world, status);
        person.proficiency = 0.1;
        person.generalSkill = 0.05;
        int intake = 12 * (world.month / 12 + 1);
        person.trainingEnds = intake + 24;
        double[] path = new double[16];
        for (int k = 0; k < 12; k++) {
            world.month = intake + k;
            Schooling schooling = new Schooling();
            schooling.begin(world);
            double before = person.proficiency + person.generalSkill;
            schooling.apply(world, person);
            path[k] = person.proficiency + person.generalSkill - before;
        }
        path[12] = person.proficiency;
        path[13] = person.generalSkill;
        double general = world.scenario.education().generalLearningRate() / (status == Status.SCHOOL_VET ? 2 : 1);
        double ceiling = SkillModel.generalCeiling(person.ability);
        path[14] = status == Status.SCHOOL_VET ? 1 - 0.9 * Math.pow(1 - Schooling.schoolRate(1.0,
                world.scenario.colleges().learningRate(), person.programme.teachingQuality(), person.ability), 12) : 0.1;
        path[15] = ceiling - (ceiling - 0.05) * Math.pow(1 - general, 12);
        return path;
    }

    @Test
    void aVocationalStudentLearnsNothingInTheBreakAndAsMuchOverTheYear() {
        double[] none = yearOfSchool("0", Status.SCHOOL_VET);
        double[] twoMonths = yearOfSchool("2", Status.SCHOOL_VET);
        assertEquals(0.0, twoMonths[10], 0.0, "nothing is taught in the first month of the break");
        assertEquals(0.0, twoMonths[11], 0.0, "nor in the last");
        assertFalse(none[11] == 0.0, "without a break the last month of the year is taught");
        assertEquals(none[14], none[12], 1e-9, "without a break: twelve months at the monthly rate");
        assertEquals(twoMonths[14], twoMonths[12], 1e-9, "with one: the same proficiency after the school year");
        assertEquals(twoMonths[15], twoMonths[13], 1e-9, "and the same general skill");
    }

    @Test
    void aGeneralTrackPupilLearnsAsMuchOverTheYearWhateverTheBreak() {
        double[] none = yearOfSchool("0", Status.GENERAL_EDUCATION);
        double[] threeMonths = yearOfSchool("3", Status.GENERAL_EDUCATION);
        assertEquals(0.0, threeMonths[9], 0.0, "nothing is taught in the break");
        assertEquals(none[15], none[13], 1e-9, "without a break: twelve months at the monthly rate");
        assertEquals(threeMonths[15], threeMonths[13], 1e-9, "with one: the same general skill after the school year");
    }
}
