package org.vetsim.model;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vetsim.io.scenario.ScenarioLoader;
import org.vetsim.metrics.Metric;
import org.vetsim.metrics.MonthReport;
import org.vetsim.metrics.Track;
import org.vetsim.scenario.EducationSettings;
import org.vetsim.scenario.Scenario;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Full-time preparation for a re-sitting of the university entrance exam ({@link ResitPreparation}):
 * what months of preparation add to the score (their share of a year's gain, at most a year's, in
 * the score's spread), that the gain reaches the next sitting's signal and no further, who prepares
 * on hand-built school leavers of a settled Korean economy (one just below the admission cutoff when
 * preparing is cheap, not when it costs more than it buys, not where admission is certain or out of
 * reach, not one who owes military service; one in informal work as one out of work), and over runs that the choice switched off changes
 * nothing and a larger gain brings more late entrants.
 */
class ResitPreparationTest {
    private static World world;
    /** The same economy where a year's preparation adds a whole standard deviation and costs nothing. */
    private static World cheap;

    @BeforeAll
    static void settle() {
        world = TestWorlds.settled(ScenarioLoader.load(Path.of("korea-corporate"), List.of("population.young_people=2000",
                "education.tertiary_earnings_premium=2.5")), 1);
        cheap = TestWorlds.settled(ScenarioLoader.load(Path.of("korea-corporate"), List.of("population.young_people=2000",
                "education.tertiary_earnings_premium=2.5", "education.higher_exam_preparation_gain=1.0",
                "education.higher_exam_preparation_cost=0")), 1);
    }

    /** A hand-built general-track leaver of 20, unemployed, of ability score {@code score}, not owing service. */
    private static YoungPerson leaver(int id, double score) {
        YoungPerson person = new YoungPerson(id, world.month - 20 * 12, score);
        person.status = Status.UNEMPLOYED;
        person.track = Track.GENERAL;
        person.female = true;
        return person;
    }

    /**
     * The first of the hand-built leavers, from id 900001 on, who may apply later and whose lasting
     * taste lets them study if admitted in every one of {@code worlds} ({@link #world} if none).
     */
    private static YoungPerson willingLeaver(double score, World... worlds) {
        List<World> all = worlds.length == 0 ? List.of(world) : List.of(worlds);
        for (int id = 900001; id < 900300; id++) {
            YoungPerson person = leaver(id, score);
            if (all.stream().allMatch(w -> willing(w, person))) {
                return person;
            }
        }
        throw new AssertionError("no willing leaver");
    }

    private static boolean willing(World w, YoungPerson person) {
        TrackReturns.Seen seen = w.trackReturns.seen(w.month, Enrolment.informationLag(w));
        return LateHigherEntry.outOfEducation(w, person)
                && LateHigherEntry.taste(w, person) < LateHigherEntry.probability(w, person, seen);
    }

    @Test
    void monthsOfPreparationAddTheirShareOfAYearsGainInTheScoresSpread() {
        EducationSettings education = world.scenario.education();
        double spread = Math.sqrt(1.0 / 12 + education.higherAdmissionNoise() * education.higherAdmissionNoise());
        double year = education.higherExamPreparationGain() * spread;
        assertEquals(0.0, ResitPreparation.scoreGain(education, 0), 0.0);
        assertEquals(year / 2, ResitPreparation.scoreGain(education, 6), 1e-12);
        assertEquals(year, ResitPreparation.scoreGain(education, 12), 1e-12);
        assertEquals(year, ResitPreparation.scoreGain(education, 30), 1e-12, "no more than a year's gain");
        assertEquals(12, ResitPreparation.monthsToSitting(0), "after the intake's sitting, a year to the next");
        assertEquals(1, ResitPreparation.monthsToSitting(11));
        assertEquals(12, ResitPreparation.monthsToSitting(120));
    }

    @Test
    void thePreparedMonthsRaiseTheNextSittingsSignalByTheirGain() {
        YoungPerson person = leaver(900201, 0.0);
        double unprepared = AdmissionSignal.academic(world, person);
        person.resitMonthsPrepared = 9;
        double prepared = AdmissionSignal.academic(world, person);
        assertEquals(ResitPreparation.scoreGain(world.scenario.education(), 9), prepared - unprepared, 1e-12);
        ResitPreparation.stop(person);
        assertEquals(unprepared, AdmissionSignal.academic(world, person), 0.0, "after the sitting the months count from nothing");
    }

    /** What preparing this month buys {@code person} before its cost, with admission lately stopping at {@code cutoff}. */
    private static double benefit(World w, YoungPerson person, double cutoff) {
        double before = w.admissionCutoff;
        try {
            w.admissionCutoff = cutoff;
            TrackReturns.Seen seen = w.trackReturns.seen(w.month, Enrolment.informationLag(w));
            return ResitPreparation.monthlyValue(w, person, seen)
                    + w.scenario.education().higherExamPreparationCost() * ParticipationChoice.expectedWage(w, person);
        } finally {
            w.admissionCutoff = before;
        }
    }

    /** Whether {@code person} prepares in {@code w} with admission lately stopping at {@code cutoff}. */
    private static boolean prepares(World w, YoungPerson person, double cutoff) {
        double before = w.admissionCutoff;
        try {
            w.admissionCutoff = cutoff;
            return Preparations.forResit(w, person);
        } finally {
            w.admissionCutoff = before;
        }
    }

    @Test
    void preparingBuysMostJustBelowTheCutoffAndNothingWhereAdmissionIsDecided() {
        YoungPerson person = willingLeaver(0.0);
        double near = benefit(world, person, person.ability + 0.03);
        assertTrue(near > 0, "just below the cutoff a year's gain raises the chance of a degree worth more than staying");
        assertTrue(benefit(world, person, person.ability + 1.5) < near, "far below it the gain barely moves the chance");
        assertTrue(benefit(world, person, person.ability - 1.5) < near, "far above it the chance is near certain anyway");
        assertFalse(prepares(world, person, TrackChoice.CERTAIN_ADMISSION), "admission certain: preparing buys nothing");
        assertFalse(prepares(world, person, TrackChoice.NO_ADMISSION), "no places: preparing buys nothing");
    }

    @Test
    void theCostOfAMonthDecidesAtTheMargin() {
        World dear = TestWorlds.settled(ScenarioLoader.load(Path.of("korea-corporate"), List.of("population.young_people=2000",
                "education.tertiary_earnings_premium=2.5", "education.higher_exam_preparation_gain=1.0",
                "education.higher_exam_preparation_cost=5")), 1);
        YoungPerson person = willingLeaver(0.0, cheap, dear);
        double cutoff = person.ability + 0.1;
        assertTrue(prepares(cheap, person, cutoff), "a large gain for nothing is worth more than a month of search");
        double benefit = benefit(dear, person, cutoff);
        double cost = 5 * ParticipationChoice.expectedWage(dear, person);
        assertTrue(Double.isFinite(benefit) && benefit > 0, "benefit " + benefit);
        double search = ExamPreparation.searchGain(dear, person);
        assertEquals(benefit - cost > Math.max(0.0, search), prepares(dear, person, cutoff),
                "at five months' wages a month: benefit " + benefit + ", cost " + cost + ", search " + search);
        double far = person.ability + 3.0;
        assertTrue(benefit(dear, person, far) < cost, "further below the cutoff the same cost outweighs what a month buys");
        assertFalse(prepares(dear, person, far));
    }

    @Test
    void noOneWhoOwesServiceIsEmployedInEducationOrGraduatedPrepares() {
        YoungPerson person = willingLeaver(0.0, cheap);
        double cutoff = person.ability + 0.1;
        assertTrue(prepares(cheap, person, cutoff), "the same leaver free to choose prepares");
        person.serviceOwed = true;
        assertFalse(prepares(cheap, person, cutoff), "owes service");
        person.serviceOwed = false;
        person.status = Status.EMPLOYED;
        assertFalse(prepares(cheap, person, cutoff), "employed");
        person.status = Status.HIGHER_EDUCATION;
        assertFalse(prepares(cheap, person, cutoff), "in education");
        person.status = Status.UNEMPLOYED;
        person.degreeIn = cheap.occupations[0];
        assertFalse(prepares(cheap, person, cutoff), "holds a degree");
    }

    @Test
    void anInformalWorkerChoosesAsSomeoneOutOfWorkDoes() {
        YoungPerson person = willingLeaver(0.0, cheap);
        double cutoff = person.ability + 0.1;
        boolean unemployed = prepares(cheap, person, cutoff);
        assertTrue(unemployed, "the leaver out of work prepares");
        person.status = Status.INFORMAL;
        assertEquals(unemployed, prepares(cheap, person, cutoff), "the same leaver in informal work makes the same choice");
        person.status = Status.INACTIVE;
        assertTrue(prepares(cheap, person, cutoff), "and so does the same leaver inactive");
    }

    @Test
    void anInformalWorkerWhoPreparesLeavesInformalWorkForTheLabourForcesOutside() {
        YoungPerson person = willingLeaver(0.0, cheap);
        double before = cheap.admissionCutoff;
        try {
            cheap.admissionCutoff = person.ability + 0.1;
            person.status = Status.INFORMAL;
            assertEquals(OutOfPostChoice.Option.RESIT, OutOfPostChoice.choose(cheap, person),
                    "preparing beats the other choices for this leaver");
            ParticipationChoice.decide(cheap, person, false);
            assertTrue(person.resitPreparing, "prepares");
            assertEquals(Status.INACTIVE, person.status, "out of the labour force, no longer in informal work");
            assertEquals(1, person.resitMonthsPrepared, "one month prepared");
            assertFalse(InformalWork.chooses(cheap, person), "a preparer does not take informal work back the same month");
        } finally {
            cheap.admissionCutoff = before;
        }
    }

    @Test
    void withAGainNobodyPaysForTheRunIsTheSameAsWithoutOne() {
        Scenario off = ScenarioLoader.load(Path.of("korea-corporate"), List.of("population.young_people=1500", "simulation.years=3",
                "education.higher_exam_preparation_gain=0"));
        Scenario unpaid = ScenarioLoader.load(Path.of("korea-corporate"), List.of("population.young_people=1500",
                "simulation.years=3", "education.higher_exam_preparation_gain=0.05", "education.higher_exam_preparation_cost=5"));
        List<MonthReport> reports = TestScenarios.run(off, 9);
        TestScenarios.assertSameReports(reports, TestScenarios.run(unpaid, 9));
        for (MonthReport report : reports) {
            assertEquals(0.0, report.value(Metric.RESIT_PREPARERS), "month " + report.month());
        }
    }

    /** A settled Korean economy with scarce places and a large preparation gain, its cohort entered for the coming intake. */
    private static World beforeIntake() {
        World w = TestWorlds.settled(ScenarioLoader.load(Path.of("korea-corporate"), List.of("population.young_people=2000",
                "education.higher_exam_preparation_gain=2.0", "education.higher_education_entry_rate=0.3")), 1);
        assertTrue(Enrolment.intakeMonth(w.month), "the settled world stops before an intake's phases");
        new Demography().run(w);
        return w;
    }

    private static YoungPerson byId(World w, int id) {
        return w.people.stream().filter(person -> person.id() == id).findFirst().orElseThrow();
    }

    @Test
    void theIntakeRanksAPreparersSignalWithTheGainAndThenCountsTheMonthsFromNothing() {
        World without = beforeIntake();
        double gain = ResitPreparation.scoreGain(without.scenario.education(), 12);
        java.util.Map<Integer, Double> signals = new java.util.HashMap<>();
        for (YoungPerson person : LateHigherEntry.applicants(without)) {
            if (person.resitMonthsPrepared == 0) { // one who prepared already has the gain in the signal
                signals.put(person.id(), AdmissionSignal.academic(without, person));
            }
        }
        double before = without.admissionCutoff;
        new Enrolment().run(without);
        assertFalse(Double.isInfinite(before) || Double.isInfinite(without.admissionCutoff), "places must ration the applicants");
        double latest = 3 * without.admissionCutoff - 2 * before;
        int chosen = signals.entrySet().stream()
                .filter(e -> e.getValue() < latest && e.getValue() + 0.8 * gain >= latest)
                .filter(e -> byId(without, e.getKey()).status != Status.HIGHER_EDUCATION && !byId(without, e.getKey()).studyAdmitted)
                .map(java.util.Map.Entry::getKey).min(Integer::compare).orElseThrow();
        World with = beforeIntake();
        YoungPerson person = byId(with, chosen);
        person.resitMonthsPrepared = 12;
        person.resitPreparing = true;
        new Enrolment().run(with);
        assertTrue(person.status == Status.HIGHER_EDUCATION || person.studyAdmitted,
                "a year's preparation lifts an applicant just below the cutoff into a place: " + person.status);
        for (YoungPerson anyone : with.people) {
            assertEquals(0, anyone.resitMonthsPrepared, "after the sitting the months count from nothing");
        }
    }

    @Test
    void aLargerGainBringsMorePreparersAndMoreLateEntrants() {
        double[] preparers = new double[2];
        double[] late = new double[2];
        String[] gains = {"0", "1.0"};
        for (int arm = 0; arm < 2; arm++) {
            for (long seed = 1; seed <= 3; seed++) {
                Scenario scenario = ScenarioLoader.load(Path.of("korea-corporate"), List.of("population.young_people=3000",
                        "simulation.years=6", "education.higher_exam_preparation_cost=0",
                        "education.higher_exam_preparation_gain=" + gains[arm]));
                for (MonthReport report : TestScenarios.run(scenario, seed)) {
                    preparers[arm] += report.value(Metric.RESIT_PREPARERS);
                    late[arm] += report.value(Metric.HIGHER_ENTRANTS_LATE);
                }
            }
        }
        assertEquals(0.0, preparers[0], 0.0);
        assertTrue(preparers[1] > 0, "nobody prepared");
        assertTrue(late[1] > late[0], "late entrants " + late[1] + " against " + late[0]);
    }
}
