package org.vetsim.model;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vetsim.io.scenario.ScenarioLoader;
import org.vetsim.metrics.Metric;
import org.vetsim.metrics.MonthReport;
import org.vetsim.scenario.Scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Compulsory military service on people of a settled economy (a fresh one for each test) where
 * every young person is a conscript: students serve on leave within the year after their first
 * and resume, others are called up at the call-up age (leaving any job) and look for work when
 * they come back, those still in education defer and meanwhile neither apply for jobs nor are
 * kept; over whole runs, the conscripts' stock is the conscripted share of the cohorts times the
 * months of service, and with no one conscripted the mechanism changes nothing.
 */
class MilitaryServiceTest {
    private World world;
    private MilitaryService service;

    @BeforeEach
    void settle() {
        world = TestWorlds.settled(ScenarioLoader.load(Path.of("baseline"),
                List.of("population.young_people=3000", "military_service.share=1")), 1);
        service = new MilitaryService();
        service.begin(world);
    }

    private YoungPerson someone(Predicate<YoungPerson> which) {
        for (YoungPerson person : world.people) {
            if (!person.female && which.test(person)) {
                person.serviceDecided = false;
                person.serviceOwed = false;
                return person;
            }
        }
        throw new AssertionError("nobody fits");
    }

    /** Marks {@code person} as drawn to serve, taking leave {@code offset} months after the first year. */
    private static void owes(YoungPerson person, int offset) {
        person.serviceDecided = true;
        person.serviceOwed = true;
        person.leaveOffset = offset;
    }

    private void advance(int months) {
        world.month += months;
    }

    @Test
    void aStudentServesOnLeaveWithinTheYearAfterTheFirstAndResumesTheStudies() {
        YoungPerson student = someone(p -> p.status == Status.HIGHER_EDUCATION && !p.serviceDecided);
        int months = world.scenario.militaryService().months();
        int first = world.scenario.militaryService().studyMonthsBeforeService();
        owes(student, 3);
        student.studyStart = world.month - first - 2;
        student.trainingEnds = world.month + 30;
        assertFalse(service.callable(world, student), "not before the month of leave drawn");
        student.studyStart--;
        service.apply(world, student);
        assertEquals(Status.MILITARY_SERVICE, student.status);
        assertTrue(student.studyLeave);
        assertFalse(student.serviceOwed);
        assertEquals(world.month + 30 + months, student.trainingEnds, "the studies end that much later");
        int start = world.month;
        try {
            advance(months - 1);
            service.apply(world, student);
            assertEquals(Status.MILITARY_SERVICE, student.status, "still serving a month before the end");
            advance(1);
            service.apply(world, student);
            assertEquals(Status.HIGHER_EDUCATION, student.status, "back to the studies");
            assertFalse(student.studyLeave);
        } finally {
            world.month = start;
        }
    }

    @Test
    void studentsTakeLeaveSpreadOverTheYearAfterTheFirst() {
        YoungPerson student = someone(p -> p.status == Status.HIGHER_EDUCATION && !p.serviceDecided);
        int first = world.scenario.militaryService().studyMonthsBeforeService();
        student.studyStart = world.month - first;
        student.trainingEnds = world.month + 30;
        service.apply(world, student);
        assertTrue(student.serviceDecided, "drawn at the end of the first year");
        assertTrue(student.serviceOwed || student.status == Status.MILITARY_SERVICE,
                "everyone serves here: still owed, or called up at once when the leave drawn is this month");
        assertTrue(student.leaveOffset >= 0 && student.leaveOffset < 12);
        assertEquals(student.leaveOffset == 0, student.status == Status.MILITARY_SERVICE, "leave at the month drawn");
    }

    @Test
    void anEmployeeOfCallUpAgeLeavesTheJobAndLooksForWorkAfterService() {
        int callUp = world.scenario.militaryService().callUpAge();
        YoungPerson worker = someone(p -> p.status == Status.EMPLOYED && p.age(world.month) >= callUp && !p.serviceDecided);
        Employer employer = worker.employer;
        service.apply(world, worker);
        assertEquals(Status.MILITARY_SERVICE, worker.status);
        assertNull(worker.employer);
        assertFalse(employer.youngStaff.contains(worker), "the job is left");
        int start = world.month;
        try {
            advance(world.scenario.militaryService().months());
            service.apply(world, worker);
            assertEquals(Status.UNEMPLOYED, worker.status, "looks for work after service");
        } finally {
            world.month = start;
        }
    }

    @Test
    void theMonthsToAFirstJobLeaveTheServiceOut() {
        int callUp = world.scenario.militaryService().callUpAge();
        YoungPerson leaver = someone(p -> p.status == Status.UNEMPLOYED && !p.hadJob && p.leftEducation >= 0
                && p.age(world.month) >= callUp);
        int left = leaver.leftEducation;
        service.apply(world, leaver);
        int start = world.month;
        try {
            int months = world.scenario.militaryService().months();
            advance(months);
            service.apply(world, leaver);
            assertEquals(left + months, leaver.leftEducation);
        } finally {
            world.month = start;
        }
    }

    @Test
    void thoseInEducationAtTheCallUpAgeDeferUntilTheyLeave() {
        int callUp = world.scenario.militaryService().callUpAge();
        for (Status status : List.of(Status.APPRENTICE, Status.SCHOOL_VET, Status.GENERAL_EDUCATION)) {
            YoungPerson pupil = new YoungPerson(-1, world.month - 12 * (callUp + 1), 0.0);
            pupil.status = status;
            assertTrue(service.reached(world, pupil), "drawn at the call-up age");
            owes(pupil, 0);
            assertFalse(service.callable(world, pupil), status + " defers");
            pupil.status = Status.UNEMPLOYED;
            assertTrue(service.callable(world, pupil), "called up once out of education");
        }
    }

    @Test
    void oneLeavingForServiceAppliesForNoJobAndIsNotKept() {
        World german = TestWorlds.settled(ScenarioLoader.load(Path.of("germany-dual"),
                List.of("population.young_people=3000", "military_service.share=1")), 1);
        for (YoungPerson p : german.people) {
            if (p.status == Status.APPRENTICE) {
                // the premises: proficient apprentices who value time outside work at half the usual
                p.proficiency = 1.0;
                p.vintage = p.occupation.examStandard();
                p.nonMarketFactor = 0.5;
            }
        }
        YoungPerson apprentice = german.people.stream().filter(p -> p.status == Status.APPRENTICE && p.offerFrom == null && ParticipationChoice.appliesBeforeLeaving(german, p)
                && !p.keepCommitted && !p.serviceOwed && TrainedGraduateValue.offers(german, p.employer, p)).findFirst().orElseThrow();
        apprentice.trainingEnds = german.month + 1;
        assertTrue(JobOffers.searchesBeforeLeaving(german, apprentice), "an apprentice in the last months applies");
        owes(apprentice, 0);
        assertFalse(JobOffers.searchesBeforeLeaving(german, apprentice), "not when leaving for the service");
        assertFalse(TrainedGraduateValue.offers(german, apprentice.employer, apprentice),
                "and the training firm, which would keep them, does not");
    }

    @Test
    void whetherSomeoneServesIsDrawnOnce() {
        int callUp = world.scenario.militaryService().callUpAge();
        YoungPerson exempt = someone(p -> p.status == Status.UNEMPLOYED && p.age(world.month) >= callUp);
        exempt.serviceDecided = true;
        exempt.serviceOwed = false;
        service.apply(world, exempt);
        assertEquals(Status.UNEMPLOYED, exempt.status, "one drawn not to serve is never called up");
    }

    @Test
    void theConscriptsAreTheConscriptedShareOfTheCohortsTimesTheMonthsOfService() {
        Scenario scenario = TestScenarios.small("military_service.share=0.45", "military_service.months=21");
        List<MonthReport> reports = TestScenarios.run(scenario, 5);
        double expected = 0.45 * scenario.population().cohortSize() * 21 / 12.0;
        double mean = reports.subList(24, reports.size()).stream().mapToDouble(r -> r.value(Metric.IN_MILITARY_SERVICE)).average().orElseThrow();
        assertEquals(expected, mean, 0.12 * expected, "steady-state stock of conscripts");
    }

    @Test
    void onlyMenServe() {
        long women = world.people.stream().filter(p -> p.female).count();
        assertTrue(women > 0);
        assertTrue(world.people.stream().filter(p -> p.female).noneMatch(p -> p.serviceOwed || p.status == Status.MILITARY_SERVICE),
                "no woman is drawn or serves");
        assertTrue(world.people.stream().anyMatch(p -> p.status == Status.MILITARY_SERVICE), "men serve");
    }

    @Test
    void withNoOneConscriptedNothingChanges() {
        List<MonthReport> without = TestScenarios.run(TestScenarios.small(), 3);
        List<MonthReport> otherwise = TestScenarios.run(TestScenarios.small("military_service.months=6",
                "military_service.call_up_age=16", "military_service.study_months_before_service=0"), 3);
        assertEquals(without.size(), otherwise.size());
        for (int i = 0; i < without.size(); i++) {
            assertArrayEquals(without.get(i).values(), otherwise.get(i).values(), 0.0, "month " + i);
        }
    }
}
