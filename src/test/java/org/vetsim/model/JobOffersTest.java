package org.vetsim.model;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vetsim.metrics.Metric;
import org.vetsim.io.scenario.ScenarioLoader;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Jobs found before leaving education, on students of a settled economy: who searches, how an
 * accepted offer (made ahead of an opening, holding no post) starts when the student finishes,
 * and lapses when they drop out;
 * and, over whole runs, that searching before leaving lets more leavers start work at once and
 * flattens the school-year swing of youth unemployment.
 */
class JobOffersTest {
    private static World world;

    @BeforeAll
    static void settle() {
        world = TestWorlds.settled(ScenarioLoader.load(Path.of("baseline"), List.of("population.young_people=3000")), 1);
    }

    private static YoungPerson student(Status status, int monthsLeft) {
        for (YoungPerson person : world.people) {
            if (person.status == status && person.offerFrom == null && (status != Status.GENERAL_EDUCATION || !person.admittedToHigher)) {
                person.trainingEnds = world.month + monthsLeft;
                person.nonMarketFactor = 0.5;
                return person;
            }
        }
        throw new AssertionError("no student with status " + status);
    }

    @Test
    void studentsSearchOnlyInTheirLastMonthsAndNotForHigherEducation() {
        int window = world.scenario.labourMarket().searchBeforeLeavingMonths();
        YoungPerson vet = student(Status.SCHOOL_VET, window);
        assertTrue(JobOffers.searchesBeforeLeaving(world, vet), "a VET student in the last months applies");
        vet.trainingEnds = world.month + window + 1;
        assertFalse(JobOffers.searchesBeforeLeaving(world, vet), "not yet earlier");
        vet.trainingEnds = world.month + window;
        vet.nonMarketFactor = 1e6;
        assertFalse(JobOffers.searchesBeforeLeaving(world, vet), "nor one who values time outside work above any job");
        vet.nonMarketFactor = 0.5;
        YoungPerson pupil = student(Status.GENERAL_EDUCATION, 1);
        assertTrue(JobOffers.searchesBeforeLeaving(world, pupil));
        pupil.admittedToHigher = true;
        assertFalse(JobOffers.searchesBeforeLeaving(world, pupil), "a pupil going on to higher education does not");
        pupil.admittedToHigher = false;
    }

    @Test
    void anAcceptedOfferHoldsNoPostAndStartsWhenTheStudentFinishes() {
        YoungPerson person = student(Status.HIGHER_EDUCATION, 3);
        Employer employer = world.employers.get(0);
        int vacancies = employer.vacancies;
        int promised = employer.promisedHires;
        JobOffers.promiseAhead(world, person, employer, 0.5, 0.0);
        assertEquals(vacancies, employer.vacancies, "hired ahead of an opening, not into a vacancy");
        assertEquals(promised, employer.promisedHires, "no post held");
        assertTrue(employer.startersAhead.contains(person));
        assertFalse(JobOffers.searchesBeforeLeaving(world, person), "someone with an offer stops searching");
        world.leaveEducation(person);
        assertTrue(JobOffers.startOnLeaving(world, person));
        assertEquals(Status.EMPLOYED, person.status);
        assertSame(employer, person.employer);
        assertFalse(employer.startersAhead.contains(person));
        assertTrue(employer.youngStaff.contains(person));
    }

    @Test
    void anOfferLapsesWhenTheStudentDropsOut() {
        YoungPerson person = student(Status.SCHOOL_VET, 2);
        Employer employer = world.employers.get(1);
        int promised = employer.promisedHires;
        JobOffers.promiseAhead(world, person, employer, 0.5, 0.0);
        JobOffers.lapse(person);
        assertNull(person.offerFrom);
        assertFalse(person.offerAhead);
        assertFalse(employer.startersAhead.contains(person));
        assertEquals(promised, employer.promisedHires);
        world.leaveEducation(person);
        assertFalse(JobOffers.startOnLeaving(world, person), "no job to start");
    }

    @Test
    void searchingBeforeLeavingStartsMoreLeaversAtOnceAndFlattensTheSchoolYear() {
        double[] before = swingAndShare("labour_market.search_before_leaving_months=0");
        double[] early = swingAndShare("labour_market.search_before_leaving_months=6");
        assertTrue(early[1] > before[1] + 0.1, "leavers starting work at once: " + before[1] + " -> " + early[1]);
        assertTrue(early[0] < before[0], "within-year max/min of youth unemployment: " + before[0] + " -> " + early[0]);
    }

    /** Mean within-year max/min of youth unemployment and mean job-on-leaving share over 3 seeds. */
    private static double[] swingAndShare(String override) {
        var scenario = TestScenarios.small(override, "labour_market.cycle_shock_spread=0");
        double swing = 0;
        double share = 0;
        for (long seed = 1; seed <= 3; seed++) {
            var reports = TestScenarios.run(scenario, seed);
            for (int year = 1; year <= 5; year++) {
                int y = year;
                var rates = reports.stream().filter(r -> r.year() == y).mapToDouble(r -> r.value(Metric.YOUTH_UNEMPLOYMENT_RATE)).toArray();
                swing += java.util.Arrays.stream(rates).max().orElseThrow() / java.util.Arrays.stream(rates).min().orElseThrow() / 15;
            }
            share += TestScenarios.mean(reports, Metric.JOB_ON_LEAVING_SHARE, 13) / 3;
        }
        return new double[] {swing, share};
    }
}
