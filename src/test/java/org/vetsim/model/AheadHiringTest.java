package org.vetsim.model;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vetsim.io.scenario.ScenarioLoader;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Students hired ahead of the openings an employer expects ({@link AheadHiring}), on hand-set
 * employers of a settled economy: an offer needs no vacancy open today when openings are
 * expected by the start, none is made when none are expected or the expected ones are promised
 * already, the vacancy open today stays open to others, and starters who arrive above target
 * cost no one their job; over whole runs, no post is ever held for a student.
 */
class AheadHiringTest {
    private static World world;

    @BeforeAll
    static void settle() {
        world = TestWorlds.settled(ScenarioLoader.load(Path.of("baseline"), List.of("population.young_people=3000")), 1);
    }

    /** A student with no offer who finishes in {@code monthsLeft} months. */
    private static YoungPerson student(int monthsLeft) {
        for (YoungPerson person : world.people) {
            if (person.status == Status.HIGHER_EDUCATION && person.offerFrom == null) {
                person.trainingEnds = world.month + monthsLeft;
                return person;
            }
        }
        throw new AssertionError("no student");
    }

    /** An employer at its target with no vacancy, no one hired ahead, expecting {@code openingsPerYear} openings a year. */
    private static Employer atTarget(int index, double openingsPerYear) {
        Employer employer = world.employers.get(index);
        for (YoungPerson starter : List.copyOf(employer.startersAhead)) {
            JobOffers.lapse(starter);
        }
        employer.targetStaff = employer.staff() + employer.promisedHires;
        employer.vacancies = 0;
        employer.startersAbsorbing = 0;
        employer.openingsPerYear = openingsPerYear;
        employer.openingsMonth = world.month;
        return employer;
    }

    @Test
    void anOfferNeedsNoVacancyWhenAnOpeningIsExpectedByTheStart() {
        Employer employer = atTarget(0, 4.0);
        YoungPerson person = student(6);
        assertTrue(AheadHiring.hires(world, employer, person, 0.6, true), "two openings expected in six months, none promised");
        JobOffers.promiseAhead(world, person, employer, 0.5, 0.0);
        assertSame(employer, person.offerFrom);
        assertEquals(0, employer.vacancies, "no vacancy used");
        assertTrue(AheadHiring.hires(world, employer, student(6), 0.6, true), "the second expected opening");
        JobOffers.promiseAhead(world, student(6), employer, 0.5, 0.0);
        employer.openingsPerYear = 2.0;
        assertFalse(AheadHiring.hires(world, employer, student(6), 0.6, true),
                "the one opening expected in six months is promised twice over, and the wait after the start exceeds the keep window");
        assertEquals(2, AheadHiring.startingBy(employer, world.month + 6));
        assertEquals(0, AheadHiring.startingBy(employer, world.month + 5), "starters who start later do not count against an earlier start");
    }

    @Test
    void noOfferWhenNoOpeningIsExpected() {
        Employer employer = atTarget(1, 0.0);
        employer.vacancies = 3;
        assertFalse(AheadHiring.hires(world, employer, student(6), 0.6, true), "vacancies open today do not count");
        Employer above = atTarget(2, 1.2);
        above.targetStaff -= 2;
        assertFalse(AheadHiring.hires(world, above, student(3), 0.6, true),
                "the openings expected by the start go to the staff already above target");
    }

    @Test
    void todaysVacancyStaysOpenToOthersAfterAPromise() {
        Employer employer = atTarget(3, 6.0);
        employer.targetStaff += 1;
        employer.vacancies = 1;
        YoungPerson person = student(4);
        int promised = employer.promisedHires;
        JobOffers.promiseAhead(world, person, employer, 0.5, 0.0);
        assertEquals(1, employer.vacancies, "the vacancy is still open");
        assertEquals(promised, employer.promisedHires, "no post held for the starter");
        assertEquals(-1, LabourDemand.excessStaff(employer), "the starter is not counted as staff before the start");
        YoungPerson seeker = TestWorlds.outOfWork(world);
        seeker.setStatus(Status.UNEMPLOYED);
        JobOffers.promise(world, seeker, employer, 0.5, 0.0);
        assertEquals(0, employer.vacancies, "filled from the market");
        assertTrue(employer.startersAhead.contains(person), "the starter keeps the offer");
    }

    @Test
    void startersWhoArriveAboveTargetCostNoOneTheirJob() {
        Employer employer = atTarget(4, 3.0);
        YoungPerson person = student(1);
        JobOffers.promiseAhead(world, person, employer, 0.5, 0.0);
        world.leaveEducation(person);
        assertTrue(JobOffers.startOnLeaving(world, person));
        assertSame(employer, person.employer);
        assertTrue(employer.startersAhead.isEmpty());
        assertEquals(employer.targetStaff + 1, employer.staff() + employer.promisedHires, "above target by the starter");
        assertEquals(0, LabourDemand.excessStaff(employer), "no layoff for the starter");
        employer.targetStaff -= 1;
        assertEquals(1, LabourDemand.excessStaff(employer), "a fall in demand still costs a job");
        employer.targetStaff += 2;
        assertEquals(0, LabourDemand.excessStaff(employer), "attrition or demand made room");
        assertEquals(0, employer.startersAbsorbing, "the starter counts as ordinary staff from then on");
    }

    @Test
    void overWholeRunsNoPostIsHeldForAStudent() {
        for (long seed = 1; seed <= 3; seed++) {
            VetModel model = new VetModel(TestScenarios.small(), seed);
            int[] ahead = {0};
            model.addListener(report -> {
                World w = model.world();
                int held = 0;
                for (YoungPerson person : w.people) {
                    if (person.offerFrom != null && person.status.inEducation()) {
                        assertTrue(person.offerAhead, "a student's offer holds no post");
                        ahead[0]++;
                    }
                    if (person.offerFrom != null && !person.offerAhead) {
                        held++;
                    }
                }
                int promised = 0;
                for (Employer employer : w.employers) {
                    promised += employer.promisedHires - employer.adultStarters;
                }
                assertEquals(held, promised, "posts held only for young people out of work who start soon");
            });
            model.runToEnd();
            assertTrue(ahead[0] > 0, "students are hired ahead");
        }
    }
}
