package org.vetsim.model;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vetsim.io.scenario.ScenarioLoader;

import org.vetsim.metrics.Metric;
import org.vetsim.metrics.MonthReport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Vocational training entered from out of work ({@link LateVetEntry}): who chooses (the
 * unqualified out of work, not the employed, the qualified, exam preparers or those promised a
 * job), how the choice weighs the returns of training and the working life left, and, over a run
 * of the German preset, that such entrants start training only at intakes, only from out of work.
 */
class LateVetEntryTest {
    private static World world;

    @BeforeAll
    static void settle() {
        world = TestWorlds.settled(ScenarioLoader.load(Path.of("germany-dual"), List.of("population.young_people=2000")), 1);
    }

    @Test
    void onlyTheUnqualifiedOutOfWorkChooseAgain() {
        YoungPerson person = outOfWorkMan();
        Status status = person.status;
        Occupation certified = person.certifiedIn;
        Occupation degree = person.degreeIn;
        Employer offer = person.offerFrom;
        boolean preparing = person.preparing;
        try {
            person.certifiedIn = null;
            person.degreeIn = null;
            person.offerFrom = null;
            person.preparing = false;
            for (Status s : new Status[] {Status.UNEMPLOYED, Status.INACTIVE}) {
                person.status = s;
                assertTrue(LateVetEntry.chooses(world, person), s.toString());
            }
            person.status = Status.EMPLOYED;
            assertFalse(LateVetEntry.chooses(world, person), "employed");
            person.status = Status.UNEMPLOYED;
            person.certifiedIn = world.occupations[0];
            assertFalse(LateVetEntry.chooses(world, person), "certified");
            person.certifiedIn = null;
            person.degreeIn = world.occupations[0];
            assertFalse(LateVetEntry.chooses(world, person), "graduate");
            person.degreeIn = null;
            person.preparing = true;
            assertFalse(LateVetEntry.chooses(world, person), "exam preparer");
            person.preparing = false;
            person.offerFrom = world.employers.get(0);
            assertFalse(LateVetEntry.chooses(world, person), "promised a job");
        } finally {
            person.status = status;
            person.certifiedIn = certified;
            person.degreeIn = degree;
            person.offerFrom = offer;
            person.preparing = preparing;
        }
    }

    private static YoungPerson outOfWorkMan() {
        int exitAge = world.scenario.population().exitAge();
        for (YoungPerson person : world.people) {
            if (person.status.neet() && !person.female && person.age(world.month) < exitAge - 1) {
                return person;
            }
        }
        throw new AssertionError("no man out of work");
    }

    @Test
    void moreApplyWhenTrainingPaysMoreAndFewerWithLessWorkingLifeLeft() {
        int entryAge = world.scenario.population().entryAge();
        YoungPerson young = new YoungPerson(-1, world.month - (entryAge + 3) * 12, 0.0);
        YoungPerson older = new YoungPerson(-2, world.month - 28 * 12, 0.0);
        TrackReturns.Seen even = new TrackReturns.Seen(1.0, 1.0, 1.0);
        TrackReturns.Seen vocationalPays = new TrackReturns.Seen(1.4, 1.0, 1.0);
        double atEven = LateVetEntry.probability(world, young, even);
        double whenItPays = LateVetEntry.probability(world, young, vocationalPays);
        assertTrue(whenItPays > atEven, "training paying 40% more: " + whenItPays + " against " + atEven);
        double olderWhenItPays = LateVetEntry.probability(world, older, vocationalPays);
        assertTrue(olderWhenItPays < whenItPays, "28-year-old " + olderWhenItPays + " against " + whenItPays);
    }

    @Test
    void aReturnerAtTheGeneralTrackLeavingAgeWeighsThePathsAsAGeneralLeaverDoes() {
        var education = world.scenario.education();
        int leavingAgeMonths = world.scenario.population().entryAge() * 12 + education.generalMonths();
        YoungPerson person = new YoungPerson(-3, world.month - leavingAgeMonths, 0.3);
        TrackReturns.Seen seen = new TrackReturns.Seen(1.2, 0.9, 1.0);
        double leaver = TrackChoice.vetProbability(education, TrackPaths.afterGeneral(world), person.ability, person.abilityScore,
                seen, TrackChoice.NO_ADMISSION);
        assertEquals(leaver, LateVetEntry.probability(world, person, seen), 1e-12);
    }

    @Test
    void returnersStartTrainingAtIntakesFromOutOfWork() {
        VetModel model = new VetModel(ScenarioLoader.load(Path.of("germany-dual"),
                List.of("population.young_people=2000", "simulation.years=3")), 5);
        List<MonthReport> reports = new ArrayList<>();
        model.addListener(reports::add);
        model.start();
        Map<Integer, Status> before = new HashMap<>();
        int returners = 0;
        while (!model.isComplete()) {
            World w = model.world();
            int month = w.month;
            for (YoungPerson person : w.people) {
                before.put(person.id(), person.status);
            }
            int reported = reports.size();
            model.schedule.step(model);
            if (reports.size() == reported) {
                continue;
            }
            int entered = (int) reports.get(reports.size() - 1).value(Metric.VET_ENTRANTS_OUT_OF_WORK);
            int byHand = 0;
            for (YoungPerson person : w.people) {
                Status was = before.get(person.id());
                if ((was == Status.UNEMPLOYED || was == Status.INACTIVE) && person.status.inEducation()) {
                    byHand++;
                }
            }
            assertEquals(byHand, entered, "month " + month);
            assertTrue(month % 12 == 0 || entered == 0, "month " + month + ": " + entered + " outside an intake");
            returners += entered;
        }
        assertTrue(returners > 0, "nobody out of work entered training in three years");
    }
}
