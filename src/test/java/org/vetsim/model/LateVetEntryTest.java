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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Vocational training entered from out of work or from a job ({@link LateVetEntry}): who chooses
 * (the unqualified out of work or employed, not apprentices, the qualified, exam preparers, exam
 * passers waiting for a post or those promised a job; nobody when the mechanism is off), how the
 * choice weighs the returns of training, the working life left and an employee's own wage, what a
 * returner keeps (the skill of their own occupation, not of another; the path entered at 15; a
 * first job is counted once), and, over a run of the German preset, that such entrants start
 * training only at intakes and in their after-placement, that employees who do leave their job
 * for it, and none at all when the mechanism is switched off.
 */
class LateVetEntryTest {
    private static World world;

    @BeforeAll
    static void settle() {
        world = TestWorlds.settled(ScenarioLoader.load(Path.of("germany-dual"), List.of("population.young_people=2000")), 1);
    }

    @Test
    void onlyTheUnqualifiedOutOfWorkOrInAJobChooseAgain() {
        YoungPerson person = outOfWork();
        for (Status s : new Status[] {Status.UNEMPLOYED, Status.INACTIVE, Status.EMPLOYED}) {
            person.status = s;
            assertTrue(LateVetEntry.chooses(world, person), s.toString());
        }
        person.status = Status.APPRENTICE;
        assertFalse(LateVetEntry.chooses(world, person), "apprentice");
        person.status = Status.EMPLOYED;
        person.offerFrom = world.employers.get(0);
        assertFalse(LateVetEntry.chooses(world, person), "employee with an offer from another employer");
        person = outOfWork();
        person.certifiedIn = world.occupations[0];
        assertFalse(LateVetEntry.chooses(world, person), "certified");
        person = outOfWork();
        person.degreeIn = world.occupations[0];
        assertFalse(LateVetEntry.chooses(world, person), "graduate");
        person = outOfWork();
        person.preparing = true;
        assertFalse(LateVetEntry.chooses(world, person), "exam preparer");
        person = outOfWork();
        person.offerFrom = world.employers.get(0);
        assertFalse(LateVetEntry.chooses(world, person), "promised a job");
        person = outOfWork();
        person.appointedTo = world.employers.get(0);
        assertFalse(LateVetEntry.chooses(world, person), "an exam passer waiting for a post");
        YoungPerson old = new YoungPerson(-7, world.month - world.scenario.population().exitAge() * 12, 0.0);
        old.status = Status.UNEMPLOYED;
        assertFalse(LateVetEntry.chooses(world, old), "at the exit age");
    }

    @Test
    void whereVocationalSchoolTakesTeenagersOnlyNobodyOfTheMaximumAgeChoosesIt() {
        World korea = TestWorlds.settled(ScenarioLoader.load(Path.of("korea-corporate"),
                List.of("population.young_people=2000", "education.late_vet_entry_max_age=17")), 1);
        int maxAge = korea.scenario.education().lateVetEntryMaxAge();
        assertEquals(17, maxAge, "Korea's later entrants would be at most 16 (docs/research/late-vocational-routes-japan-korea.md)");
        YoungPerson teenager = new YoungPerson(-8, korea.month - (maxAge * 12 - 1), 0.0);
        teenager.status = Status.UNEMPLOYED;
        assertTrue(LateVetEntry.chooses(korea, teenager), "a dropout of 16 may come back");
        YoungPerson adult = new YoungPerson(-9, korea.month - maxAge * 12, 0.0);
        adult.status = Status.UNEMPLOYED;
        assertFalse(LateVetEntry.chooses(korea, adult), "one of 17 may not");
        assertFalse(LateVetEntry.freeToTrain(korea, teenager, korea.month + 1), "nor may the teenager once 17");
        assertTrue(LateVetEntry.chooses(world, outOfWork()), "in Germany a man of 20 may (no limit within the youth window)");
    }

    /** A hand-built man of 20, unemployed, without a qualification. */
    private static YoungPerson outOfWork() {
        YoungPerson person = new YoungPerson(-6, world.month - 20 * 12, 0.0);
        person.status = Status.UNEMPLOYED;
        return person;
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
    void anEmployeeWeighsTheWageTheyWouldGiveUpInPlaceOfTheGeneralLeaversMean() {
        YoungPerson employee = null;
        for (YoungPerson person : world.people) {
            if (LateVetEntry.mayTrainFromWork(world, person)) {
                employee = person;
                break;
            }
        }
        assertNotNull(employee, "no unqualified employee in the settled German world");
        double wage = world.wageOf(employee);
        TrackReturns.Seen wellPaid = new TrackReturns.Seen(1.2, 0.9, wage / 1.5);
        TrackReturns.Seen paidTheMean = new TrackReturns.Seen(1.2, 0.9, wage / 0.9);
        double employed = LateVetEntry.probability(world, employee, wellPaid);
        double employedAtTheMean = LateVetEntry.probability(world, employee, paidTheMean);
        employee.status = Status.UNEMPLOYED;
        try {
            double outOfWork = LateVetEntry.probability(world, employee, wellPaid);
            double outOfWorkAtTheMean = LateVetEntry.probability(world, employee, paidTheMean);
            assertTrue(employed < outOfWork, "a wage above the general leavers' mean: " + employed + " against " + outOfWork);
            assertEquals(outOfWorkAtTheMean, employedAtTheMean, 1e-12, "a wage at the general leavers' mean");
        } finally {
            employee.status = Status.EMPLOYED;
        }
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
    void returnersStartTrainingAtIntakesAndInTheirAfterPlacementKeepingTheirPathAndEmployeesLeaveTheirJob() {
        int returners = 0;
        int fromWork = 0;
        int window = ScenarioLoader.load(Path.of("germany-dual"), List.of()).engagement().workBasedLearning().afterPlacementMonths();
        for (List<Integer> counts : intakeCounts("population.young_people=2000", "simulation.years=3")) {
            int month = counts.get(0);
            int entered = counts.get(1);
            int byHand = counts.get(2);
            int dropouts = counts.get(3);
            int pathChanged = counts.get(4);
            assertTrue(Math.floorMod(month, 12) <= window || entered == 0,
                    "month " + month + ": " + entered + " outside an intake and its after-placement");
            assertTrue(entered >= byHand && entered - byHand <= dropouts,
                    "month " + month + ": " + entered + " counted, " + byHand + " in training at the end, " + dropouts + " dropouts");
            assertEquals(0, pathChanged, "month " + month + ": returners whose path entered at 15 changed");
            int enteredFromWork = counts.get(5);
            int byHandFromWork = counts.get(6);
            assertTrue(Math.floorMod(month, 12) <= window || enteredFromWork == 0,
                    "month " + month + ": " + enteredFromWork + " from work outside an intake and its after-placement");
            assertTrue(enteredFromWork >= byHandFromWork && enteredFromWork - byHandFromWork <= dropouts,
                    "month " + month + ": " + enteredFromWork + " from work counted, " + byHandFromWork + " in training at the end");
            assertEquals(0, counts.get(7), "month " + month + ": employees in training still on their employer's staff");
            returners += entered;
            fromWork += enteredFromWork;
        }
        assertTrue(returners > 0, "nobody out of work entered training in three years");
        assertTrue(fromWork > 0, "no employee left a job for training in three years");
    }

    @Test
    void switchedOffNobodyReturns() {
        for (List<Integer> counts : intakeCounts("population.young_people=2000", "simulation.years=3", "education.late_vet_entry=false")) {
            assertEquals(0, counts.get(1), "month " + counts.get(0));
            assertEquals(0, counts.get(2), "month " + counts.get(0));
            assertEquals(0, counts.get(5), "month " + counts.get(0) + ", from work");
            assertEquals(0, counts.get(6), "month " + counts.get(0) + ", from work");
        }
        YoungPerson person = outOfWork();
        var off = ScenarioLoader.load(Path.of("germany-dual"), List.of("population.young_people=2000", "education.late_vet_entry=false"));
        World offWorld = new World(off, 1);
        offWorld.month = world.month;
        assertFalse(LateVetEntry.chooses(offWorld, person));
    }

    @Test
    void withEntryFromWorkSwitchedOffOnlyThoseOutOfWorkReturn() {
        for (List<Integer> counts : intakeCounts("population.young_people=2000", "simulation.years=3",
                "education.late_vet_entry_from_work=false")) {
            assertEquals(0, counts.get(5), "month " + counts.get(0) + ", from work");
            assertEquals(0, counts.get(6), "month " + counts.get(0) + ", from work");
        }
        var off = ScenarioLoader.load(Path.of("germany-dual"), List.of("population.young_people=2000",
                "education.late_vet_entry_from_work=false"));
        World offWorld = new World(off, 1);
        offWorld.month = world.month;
        YoungPerson person = outOfWork();
        assertTrue(LateVetEntry.chooses(offWorld, person), "out of work");
        person.status = Status.EMPLOYED;
        assertFalse(LateVetEntry.chooses(offWorld, person), "employed");
    }

    @Test
    void aReturnerToAnotherOccupationStartsItWithoutItsSkillAndKeepsHisOwn() {
        Occupation first = world.occupations[0];
        Occupation other = world.occupations[1];
        YoungPerson person = new YoungPerson(-4, world.month - 20 * 12, 0.0);
        person.occupation = first;
        person.proficiency = 0.5;
        person.vintage = first.requirement() - 0.1;
        person.enterOccupation(first, first.requirement());
        assertEquals(0.5, person.proficiency, 1e-12, "own occupation: skill kept");
        assertEquals(first.requirement() - 0.1, person.vintage, 1e-12, "own occupation: vintage kept");
        person.enterOccupation(other, other.requirement());
        assertSame(other, person.occupation);
        assertEquals(0.0, person.proficiency, 1e-12, "another occupation: learnt from the start");
        assertEquals(other.requirement(), person.vintage, 1e-12);
    }

    @Test
    void aFirstJobIsCountedOnce() {
        YoungPerson person = new YoungPerson(-5, world.month - 20 * 12, 0.0);
        int before = world.flows.firstJobs;
        world.recordFirstJob(person, 3);
        world.recordFirstJob(person, 0);
        assertEquals(before + 1, world.flows.firstJobs);
        world.flows.firstJobs = before;
    }

    /**
     * For each month of a run of the German preset with {@code overrides}: the month, the
     * returners counted, those out of work before the month who are in training at its end, the
     * month's dropouts, the returners whose path entered at 15 changed (entrants to higher
     * education from out of work, {@link LateHigherEntry}, are not counted), the entrants from work
     * counted, the employees before the month in training at its end, and those of them still on
     * their former employer's staff.
     */
    private static List<List<Integer>> intakeCounts(String... overrides) {
        VetModel model = new VetModel(ScenarioLoader.load(Path.of("germany-dual"), List.of(overrides)), 5);
        List<MonthReport> reports = new ArrayList<>();
        model.addListener(reports::add);
        model.start();
        List<List<Integer>> months = new ArrayList<>();
        while (!model.isComplete()) {
            World w = model.world();
            int month = w.month;
            Map<Integer, Status> before = new HashMap<>();
            Map<Integer, Boolean> path = new HashMap<>();
            Map<Integer, Employer> employers = new HashMap<>();
            for (YoungPerson person : w.people) {
                before.put(person.id(), person.status);
                path.put(person.id(), person.enteredVet);
                employers.put(person.id(), person.employer);
            }
            int reported = reports.size();
            model.schedule.step(model);
            if (reports.size() == reported) {
                continue;
            }
            MonthReport report = reports.get(reports.size() - 1);
            int byHand = 0;
            int pathChanged = 0;
            int byHandFromWork = 0;
            int stillOnStaff = 0;
            for (YoungPerson person : w.people) {
                Status was = before.get(person.id());
                boolean inTraining = person.status == Status.SCHOOL_VET || person.status == Status.APPRENTICE;
                if ((was == Status.UNEMPLOYED || was == Status.INACTIVE) && inTraining) {
                    byHand++;
                    pathChanged += path.get(person.id()) == person.enteredVet ? 0 : 1;
                }
                if (was == Status.EMPLOYED && inTraining) {
                    byHandFromWork++;
                    pathChanged += path.get(person.id()) == person.enteredVet ? 0 : 1;
                    stillOnStaff += employers.get(person.id()).youngStaff.contains(person) ? 1 : 0;
                }
            }
            months.add(List.of(month, (int) report.value(Metric.VET_ENTRANTS_OUT_OF_WORK), byHand,
                    (int) report.value(Metric.DROPOUTS), pathChanged, (int) report.value(Metric.VET_ENTRANTS_FROM_WORK),
                    byHandFromWork, stillOnStaff));
        }
        return months;
    }
}
