package org.vetsim.model;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vetsim.io.scenario.ScenarioLoader;
import org.vetsim.metrics.Track;
import org.vetsim.model.OutOfPostChoice.Option;
import org.vetsim.scenario.LabourMigration;
import org.vetsim.scenario.Scenario;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The month's choice of a young person without a post ({@link OutOfPostChoice}): on hand-built
 * leavers of a settled Korean economy whose re-sitting is cheap, informal work that pays more
 * than preparing is taken and preparing that pays more is chosen, an informal worker among them,
 * and a stay abroad is weighed against preparing, not only against staying out of work; over
 * everyone out of a post in settled Korean and Uzbek economies, what each does is the option of
 * largest value computed beforehand, ties to the option listed first; and where neither informal
 * work nor migration is in force the choice is the old sequence's (preparations weighed in turn
 * against search and rest, a copy kept here), person by person, in Korean, Japanese and Uzbek
 * economies.
 */
class OutOfPostChoiceTest {
    /** A Korean economy where a year's preparation for the re-sitting adds a whole standard deviation and costs nothing. */
    private static World korea;

    private static Scenario settings;
    private static double cutoff;

    @BeforeAll
    static void settle() {
        korea = TestWorlds.settled(ScenarioLoader.load(Path.of("korea-corporate"), List.of("population.young_people=2000",
                "education.tertiary_earnings_premium=2.5", "education.higher_exam_preparation_gain=1.0",
                "education.higher_exam_preparation_cost=0")), 1);
        settings = korea.scenario;
        cutoff = korea.admissionCutoff;
    }

    /** A test may put informal work or migration in force and move the admission cutoff: back as settled. */
    @AfterEach
    void restore() {
        korea.scenario = settings;
        korea.admissionCutoff = cutoff;
    }

    /**
     * A hand-built general-track leaver of 20, unemployed, of ability score 0, who may apply to
     * higher education later and would study if admitted, with admission lately stopping just
     * above their ability, so that preparing for the re-sitting pays; not owing service.
     */
    private static YoungPerson willingLeaver() {
        korea.admissionCutoff = 0.1;
        for (int id = 900001; id < 900300; id++) {
            YoungPerson person = new YoungPerson(id, korea.month - 20 * 12, 0.0);
            person.status = Status.UNEMPLOYED;
            person.track = Track.GENERAL;
            person.female = true;
            if (ResitPreparation.value(korea, person) > Math.max(0.0, ExamPreparation.searchGain(korea, person))) {
                return person;
            }
        }
        throw new AssertionError("no leaver for whom preparing pays");
    }

    /** Informal work in force in {@code world}, open to everyone, with {@code earnings} a month and no search from it. */
    private static void informal(World world, double earnings) {
        world.scenario = world.scenario.withLabourMarket(world.scenario.labourMarket()
                .withInformalWork(new org.vetsim.scenario.InformalWork(earnings, 0.0, 1.0)));
    }

    /** Migration in force in {@code world}: a stay abroad worth {@code value} a month over resting to {@code man}. */
    private static void abroadWorth(World world, YoungPerson man, double value) {
        LabourMigration probe = new LabourMigration(1.0, 0.25, 1.5, 1.0, 12, 18, 1.0);
        double atOne = LabourMigrationChoice.monthlyAbroad(world, man, probe) - ParticipationChoice.reservationValue(world, man);
        double earnings = 1.0 + (value - atOne) / (1 - probe.costShare());
        world.scenario = world.scenario.withLabourMarket(world.scenario.labourMarket()
                .withMigration(new LabourMigration(earnings, 0.25, 1.5, 1.0, 12, 18, 1.0)));
    }

    /** The month's steps for {@code person} as the month runs them: migrants' returns and employees' choice, then the participation choice. */
    private static void month(World world, YoungPerson person) {
        LabourMigrationChoice migration = new LabourMigrationChoice();
        migration.begin(world);
        migration.apply(world, person);
        ParticipationChoice.decide(world, person, false);
    }

    @Test
    void theLargestValueWinsATieGoesToTheOptionListedFirstAndAClosedOptionNever() {
        double[] values = {0.2, 0.0, 0.5, 0.5, Double.NEGATIVE_INFINITY, 0.1, 0.5};
        assertEquals(Option.ENTRY_EXAM, OutOfPostChoice.best(values), "three at 0.5: the first listed");
        values[Option.ABROAD.ordinal()] = 0.5000001;
        assertEquals(Option.ABROAD, OutOfPostChoice.best(values), "a little more: the last listed");
        double[] closed = {Double.NEGATIVE_INFINITY, 0.0, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY,
                Double.NEGATIVE_INFINITY, -0.3, Double.NEGATIVE_INFINITY};
        assertEquals(Option.REST, OutOfPostChoice.best(closed), "search closed and informal work worth less than rest: rest");
        closed[Option.LICENCE.ordinal()] = Double.NaN;
        assertEquals(Option.REST, OutOfPostChoice.best(closed), "a value that is not a number never wins");
        double[] searchFirst = {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0};
        assertEquals(Option.SEARCH, OutOfPostChoice.best(searchFirst), "all equal: search, listed first");
    }

    @Test
    void informalWorkThatPaysMoreThanPreparingIsTakenAndPreparingThatPaysMoreIsChosen() {
        YoungPerson person = willingLeaver();
        double resit = ResitPreparation.value(korea, person);
        double search = ExamPreparation.searchGain(korea, person);
        double reservation = ParticipationChoice.reservationValue(korea, person);

        informal(korea, reservation + resit + 0.05);
        assertEquals(resit + 0.05, OutOfPostChoice.informalValue(korea, person), 1e-9, "informal work's value over rest");
        ParticipationChoice.decide(korea, person, false);
        assertEquals(Status.INFORMAL, person.status, "informal work worth more than preparing is taken");
        assertFalse(person.resitPreparing, "and the re-sitting is not prepared for");

        informal(korea, reservation + (Math.max(0.0, search) + resit) / 2);
        ParticipationChoice.decide(korea, person, false);
        assertTrue(person.resitPreparing, "preparing worth more than informal work, and more than search: prepares");
        assertEquals(Status.INACTIVE, person.status, "the informal worker left informal work for the labour force's outside");
    }

    @Test
    void aStayAbroadIsWeighedAgainstPreparingNotOnlyAgainstStayingOutOfWork() {
        YoungPerson man = willingLeaver();
        man.female = false;
        man.serviceOwed = false;
        man.migrationDecided = true;
        man.canMigrate = true;
        double resit = ResitPreparation.value(korea, man);
        double search = ExamPreparation.searchGain(korea, man);
        assertTrue(resit > Math.max(0.0, search), "preparing pays him more than search");

        abroadWorth(korea, man, (Math.max(0.0, search) + resit) / 2);
        assertTrue(LabourMigrationChoice.gain(korea, man, korea.scenario.labourMarket().migration()) > 0,
                "a stay is worth more than staying out of work");
        month(korea, man);
        assertTrue(man.resitPreparing, "but less than preparing: he stays and prepares");
        assertEquals(Status.INACTIVE, man.status);

        abroadWorth(korea, man, resit + 0.05);
        month(korea, man);
        assertEquals(Status.ABROAD, man.status, "a stay worth more than preparing: he goes");
        assertFalse(man.resitPreparing, "and gives up preparing");
        assertEquals(0, man.resitMonthsPrepared, "his months of preparation are lost");
    }

    /** The state that choosing {@code option} leaves. */
    private static boolean inStateOf(YoungPerson person, Option option) {
        boolean plans = person.preparing || person.studying || person.resitPreparing;
        return switch (option) {
            case SEARCH -> person.status == Status.UNEMPLOYED && !plans;
            case REST -> person.status == Status.INACTIVE && !plans;
            case ENTRY_EXAM -> person.status == Status.INACTIVE && person.preparing && !person.studying && !person.resitPreparing;
            case LICENCE -> person.status == Status.INACTIVE && person.studying && !person.preparing && !person.resitPreparing;
            case RESIT -> person.status == Status.INACTIVE && person.resitPreparing && !person.preparing && !person.studying;
            case INFORMAL -> person.status == Status.INFORMAL && !plans;
            case ABROAD -> person.status == Status.ABROAD && !plans;
        };
    }

    private static boolean outOfPost(YoungPerson person) {
        return person.status == Status.UNEMPLOYED || person.status == Status.INACTIVE || person.status == Status.INFORMAL;
    }

    /**
     * Every person out of a post in {@code world} decides; each ends in the state of the option
     * whose value, computed beforehand, is largest (the first listed on a tie). Returns how many
     * chose each option.
     */
    private static Map<Option, Integer> everyoneTakesTheLargestValue(World world) {
        Map<Option, Integer> chosen = new EnumMap<>(Option.class);
        for (YoungPerson person : List.copyOf(world.people)) {
            if (!outOfPost(person)) {
                continue;
            }
            double[] values = OutOfPostChoice.values(world, person);
            Option largest = Option.SEARCH;
            for (Option option : Option.values()) {
                if (values[option.ordinal()] > values[largest.ordinal()]) {
                    largest = option;
                }
            }
            OutOfPostChoice.decide(world, person);
            assertTrue(inStateOf(person, largest), person.id() + " should have chosen " + largest + " (values "
                    + java.util.Arrays.toString(values) + ") but is " + person.status);
            chosen.merge(largest, 1, Integer::sum);
        }
        return chosen;
    }

    @Test
    void everyoneOutOfAPostTakesTheOptionOfLargestValue() {
        Map<Option, Integer> korean = everyoneTakesTheLargestValue(TestWorlds.settled(ScenarioLoader.load(Path.of("korea-corporate"),
                List.of("population.young_people=2000", "education.higher_exam_preparation_cost=0")), 1));
        assertTrue(korean.getOrDefault(Option.SEARCH, 0) > 0 && korean.getOrDefault(Option.REST, 0) > 0
                && korean.getOrDefault(Option.ENTRY_EXAM, 0) > 0, "Korea: search, rest and the entry exam are all chosen " + korean);
        Map<Option, Integer> uzbek = everyoneTakesTheLargestValue(TestWorlds.settled(ScenarioLoader.load(Path.of("uzbekistan"),
                List.of("population.young_people=2000")), 1));
        assertTrue(uzbek.getOrDefault(Option.SEARCH, 0) > 0 && uzbek.getOrDefault(Option.INFORMAL, 0) > 0
                && uzbek.getOrDefault(Option.ABROAD, 0) > 0, "Uzbekistan: search, informal work and a stay abroad are all chosen " + uzbek);
    }

    /**
     * The sequence of choices before 7 December 2026, kept to check the new choice against: the
     * entry exam against search and rest, a licence against them and, if chosen, the exam, the
     * re-sitting against all chosen before; then search or rest.
     */
    private static Option oldSequence(World world, YoungPerson person) {
        if (person.appointedTo != null) {
            return Option.REST;
        }
        boolean exam = Preparations.forEntryExam(world, person);
        double outOfWork = ParticipationChoice.outOfWorkFlow(world, person);
        double search = ExamPreparation.searchGain(world, person, outOfWork);
        double gain = LicencePreparation.monthlyGain(world, person);
        boolean licence = gain > 0 && (!exam || search + gain > ExamPreparation.monthlyValue(world, person, outOfWork));
        double resitValue = ResitPreparation.value(world, person);
        boolean resit = resitValue > 0 && resitValue > search
                && (licence ? resitValue > Math.max(0.0, search) + gain
                        : !exam || resitValue > ExamPreparation.monthlyValue(world, person, outOfWork));
        if (resit) {
            return Option.RESIT;
        }
        if (licence) {
            return Option.LICENCE;
        }
        if (exam) {
            return Option.ENTRY_EXAM;
        }
        return ParticipationChoice.searches(world, person) ? Option.SEARCH : Option.REST;
    }

    @Test
    void withoutInformalWorkOrMigrationTheChoiceIsTheOldSequencesPersonByPerson() {
        Map<Option, Integer> chosen = new EnumMap<>(Option.class);
        for (World world : List.of(korea,
                TestWorlds.settled(ScenarioLoader.load(Path.of("korea-corporate"),
                        List.of("population.young_people=2000", "education.higher_exam_preparation_cost=0")), 1),
                TestWorlds.settled(ScenarioLoader.load(Path.of("japan-corporate"),
                        List.of("population.young_people=2000", "education.higher_exam_preparation_cost=0")), 2),
                TestWorlds.settled(ScenarioLoader.load(Path.of("uzbekistan"), List.of("population.young_people=2000",
                        "labour_market.informal_work.earnings=0", "labour_market.migration.network_share=0")), 1))) {
            for (YoungPerson person : world.people) {
                if (!outOfPost(person)) {
                    continue;
                }
                Option option = OutOfPostChoice.choose(world, person);
                assertEquals(oldSequence(world, person), option, "person " + person.id());
                chosen.merge(option, 1, Integer::sum);
            }
        }
        for (Option option : List.of(Option.SEARCH, Option.REST, Option.ENTRY_EXAM, Option.LICENCE, Option.RESIT)) {
            assertTrue(chosen.getOrDefault(option, 0) > 0, option + " is chosen by someone: " + chosen);
        }
    }
}
