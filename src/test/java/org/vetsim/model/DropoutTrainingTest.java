package org.vetsim.model;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vetsim.io.scenario.ScenarioLoader;
import org.vetsim.scenario.Scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.function.IntPredicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Students who leave higher education without a degree and plan vocational training instead
 * ({@link DropoutTraining}), decided on hand-built students of a settled German economy: the plan
 * follows the person's own lasting taste against the choice's probability, which falls the longer
 * the wait for a place; a planner applies for no job before leaving where a non-planner does, waits
 * outside the labour force from the first chance of a place (the month of leaving's own placements
 * are past) through that intake's after-placement whatever search would pay, and chooses again as
 * anyone out of work once the wait is over; one with a vocational certificate, a graduate, or anyone
 * where late vocational entry is off plans nothing.
 */
class DropoutTrainingTest {
    private static World world;

    @BeforeAll
    static void settle() {
        world = TestWorlds.settled(ScenarioLoader.load(Path.of("germany-dual"), List.of("population.young_people=2000")), 1);
    }

    /** A hand-built student of 20 of median ability who is to leave higher education without a degree in month {@code leaving}. */
    private static YoungPerson dropout(int id, int leaving) {
        YoungPerson person = new YoungPerson(id, world.month - 20 * 12, 0.0);
        person.status = Status.HIGHER_EDUCATION;
        person.leavesWithoutDegree = true;
        person.trainingEnds = leaving;
        return person;
    }

    /** The first hand-built dropout (ids from -100 down) leaving in {@code leaving} for whom {@code wanted} holds. */
    private static YoungPerson find(int leaving, java.util.function.Predicate<YoungPerson> wanted) {
        for (int id = -100; id > -5000; id--) {
            YoungPerson person = dropout(id, leaving);
            if (wanted.test(person)) {
                return person;
            }
        }
        throw new AssertionError("no such dropout");
    }

    /** The first month from two months ahead whose month of the school year satisfies {@code test}. */
    private static int monthAhead(IntPredicate test) {
        int month = world.month + 2;
        while (!test.test(Math.floorMod(month, 12))) {
            month++;
        }
        return month;
    }

    /** Runs {@code body} with the world's month set to {@code month}, then restores it. */
    private static void at(int month, Runnable body) {
        int saved = world.month;
        world.month = month;
        try {
            body.run();
        } finally {
            world.month = saved;
        }
    }

    @Test
    void theFirstChanceOfAPlaceIsAfterTheMonthOfLeavingInTheIntakeOrItsAfterPlacement() {
        int afterPlacement = world.engagement.workBasedLearning().afterPlacementMonths();
        assertEquals(5, afterPlacement, "the German preset's after-placement");
        int intake = monthAhead(m -> m == 0);
        assertEquals(intake + 1, DropoutTraining.firstPlacement(world, intake), "the intake of the month of leaving is past");
        assertEquals(intake, DropoutTraining.firstPlacement(world, intake - 1));
        assertEquals(intake + 12, DropoutTraining.firstPlacement(world, intake + 5), "after the after-placement: the next intake");
    }

    @Test
    void thePlanIsTheirLastingTasteAgainstTheChoiceAndALongerWaitMakesItRarer() {
        int soon = monthAhead(m -> m == 11);
        int late = monthAhead(m -> m == 5);
        int planners = 0;
        int plannersAfterLongWait = 0;
        for (int id = -100; id > -1100; id--) {
            boolean plansSoon = DropoutTraining.plansTraining(world, dropout(id, soon));
            boolean plansLate = DropoutTraining.plansTraining(world, dropout(id, late));
            planners += plansSoon ? 1 : 0;
            plannersAfterLongWait += plansLate ? 1 : 0;
            assertFalse(plansLate && !plansSoon, "one who would wait seven months for training would also wait one");
        }
        assertTrue(planners > 0 && planners < 1000, "some plan training, not all: " + planners);
        assertTrue(plannersAfterLongWait < planners, "a wait of seven months without pay deters some: "
                + plannersAfterLongWait + " against " + planners);
    }

    @Test
    void aPlannerAppliesForNoJobBeforeLeavingWhereANonPlannerDoes() {
        int leaving = world.month + 2;
        YoungPerson planner = find(leaving, p -> {
            p.nonMarketFactor = 1e-3;
            return DropoutTraining.plansTraining(world, p) && ParticipationChoice.appliesBeforeLeaving(world, p);
        });
        YoungPerson searcher = find(leaving, p -> {
            p.nonMarketFactor = 1e-3;
            return !DropoutTraining.plansTraining(world, p) && ParticipationChoice.appliesBeforeLeaving(world, p);
        });
        assertFalse(JobOffers.searchesBeforeLeaving(world, planner), "search would pay, but they plan training");
        assertTrue(JobOffers.searchesBeforeLeaving(world, searcher), "one who does not plan training applies");
    }

    @Test
    void aPlannerWaitsOutsideTheLabourForceThroughTheIntakeThenChoosesAgain() {
        int leaving = world.month + 2;
        YoungPerson planner = find(leaving, p -> DropoutTraining.plansTraining(world, p));
        int chance = DropoutTraining.firstPlacement(world, leaving);
        int until = chance - Math.floorMod(chance, 12) + world.engagement.workBasedLearning().afterPlacementMonths();
        assertTrue(chance > leaving && until >= chance, "a chance after leaving, within its intake's after-placement");
        at(leaving, () -> {
            Schooling schooling = new Schooling();
            schooling.begin(world);
            schooling.apply(world, planner);
            assertEquals(Status.INACTIVE, planner.status, "out of the labour force, waiting for a training place");
            assertEquals(until, planner.awaitingIntakeUntil, "through the intake's after-placement");
            planner.nonMarketFactor = 1e-6;
            ParticipationChoice.decide(world, planner, true);
            assertEquals(Status.INACTIVE, planner.status, "waiting, whatever search would pay");
        });
        at(chance, () -> assertTrue(LateVetEntry.chooses(world, planner), "at their chance of a place they may choose training"));
        at(until + 1, () -> {
            ParticipationChoice.decide(world, planner, false);
            assertEquals(Status.UNEMPLOYED, planner.status, "placed nowhere, they choose again: search pays");
        });
        YoungPerson searcher = find(leaving, p -> !DropoutTraining.plansTraining(world, p));
        at(leaving, () -> {
            Schooling schooling = new Schooling();
            schooling.begin(world);
            schooling.apply(world, searcher);
            assertEquals(Status.UNEMPLOYED, searcher.status, "one who does not plan training searches at once");
            assertEquals(-1, searcher.awaitingIntakeUntil);
        });
    }

    @Test
    void theCertifiedGraduatesOrAWorldWithoutLateEntryPlanNothing() {
        int leaving = world.month + 2;
        YoungPerson planner = find(leaving, p -> DropoutTraining.plansTraining(world, p));
        planner.certifiedIn = world.occupations[0];
        assertFalse(DropoutTraining.plansTraining(world, planner), "a vocational certificate already: no late entry to train");
        planner.certifiedIn = null;
        planner.leavesWithoutDegree = false;
        assertFalse(DropoutTraining.plansTraining(world, planner), "a graduate");
        planner.leavesWithoutDegree = true;
        Scenario saved = world.scenario;
        world.scenario = ScenarioLoader.load(Path.of("germany-dual"), List.of("population.young_people=2000",
                "education.late_vet_entry=false"));
        try {
            assertFalse(DropoutTraining.plansTraining(world, planner), "late vocational entry off");
        } finally {
            world.scenario = saved;
        }
    }
}
