package org.vetsim.model;

import org.junit.jupiter.api.Test;
import org.vetsim.io.scenario.ScenarioLoader;
import org.vetsim.metrics.Metric;
import org.vetsim.metrics.MonthReport;
import org.vetsim.scenario.Scenario;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Changing the training firm after a dissolution ({@code work_based_learning.firm_change_grace_months},
 * {@link FirmChange}): the months trained are kept for the grace months, a firm of the occupation
 * with room under its cap that finds the apprentice worth it continues the training where it
 * stopped, the dissolving firm and firms at their cap do not, nothing happens after the grace or
 * without one, and with it part of those who dissolve a contract change firm.
 */
class FirmChangeTest {
    private static World switzerland(int graceMonths) {
        return TestWorlds.settled(ScenarioLoader.load(Path.of("switzerland-dual"), List.of("population.young_people=2000",
                "engagement.work_based_learning.firm_change_grace_months=" + graceMonths)), 1);
    }

    /** Makes {@code person} out of work, dissolved from {@code former} after {@code monthsTrained} months in its occupation, in grace for two more months. */
    private static void dissolved(World world, YoungPerson person, Employer former, int monthsTrained) {
        person.setStatus(Status.UNEMPLOYED);
        person.employer = null;
        person.trainingFirm = former;
        person.dissolvedContract = true;
        person.occupation = former.occupation();
        person.proficiency = 0.4;
        person.vintage = former.occupation().requirement();
        person.monthsTrained = monthsTrained;
        person.firmChangeUntil = world.month + 2;
    }

    /**
     * An apprentice of {@code world} whose lasting taste would have them continue a training of
     * {@code monthsTrained} months and whom some other training firm of the occupation would take
     * on, now dissolved from {@code former} and out of work (those long out of work are mostly
     * people whose taste keeps them from training). Apprentices passed over are left dissolved too.
     */
    private static YoungPerson continuer(World world, Employer former, int monthsTrained) {
        TrackReturns.Seen seen = Enrolment.seen(world);
        for (YoungPerson person : world.people) {
            if (person.status != Status.APPRENTICE || person.retakes > 0) {
                continue;
            }
            person.monthsTrained = monthsTrained;
            if (LateVetEntry.taste(world, person) < FirmChange.probability(world, person, seen)) {
                world.separate(person);
                dissolved(world, person, former, monthsTrained);
                if (!(FirmChange.looking(world, person) && FirmChange.continues(world, person))) {
                    throw new AssertionError("an apprentice out of work who would continue does not look");
                }
                if (hasTaker(world, person)) {
                    return person;
                }
            }
        }
        throw new AssertionError("no apprentice would continue a training of " + monthsTrained + " months");
    }

    /**
     * The training firm of an apprentice of {@code world} whose occupation has at least two other
     * training firms with room under their cap, so that a former apprentice has firms to try.
     */
    private static Employer former(World world) {
        for (YoungPerson person : world.people) {
            if (person.status != Status.APPRENTICE) {
                continue;
            }
            Employer firm = person.trainingFirm;
            long others = world.employers.stream().filter(e -> e != firm && e.occupation() == firm.occupation()
                    && (e.placesOffered > 0 || !e.apprentices.isEmpty()) && FirmChange.room(world, e) > 0).count();
            if (others >= 2) {
                return firm;
            }
        }
        throw new AssertionError("no occupation with two training firms with room");
    }

    private static boolean hasTaker(World world, YoungPerson person) {
        for (Employer employer : FirmChange.trainingFirms(world, person)) {
            if (FirmChange.takes(world, employer, person)) {
                return true;
            }
        }
        return false;
    }

    /** A training firm of {@code person}'s occupation, with room under its cap and not the one they left, that takes them on. */
    private static Employer taker(World world, YoungPerson person) {
        for (Employer employer : FirmChange.trainingFirms(world, person)) {
            if (FirmChange.takes(world, employer, person)) {
                return employer;
            }
        }
        throw new AssertionError("no training firm of the occupation takes them on");
    }

    /** Ends the grace of everyone in {@code world} but {@code keep}, so that only those a test sets up look for a firm. */
    private static void nobodyElseInGrace(World world, YoungPerson... keep) {
        List<YoungPerson> kept = List.of(keep);
        for (YoungPerson person : world.people) {
            if (!kept.contains(person)) {
                person.firmChangeUntil = -1;
            }
        }
    }

    /** Leaves only {@code firm} training in its occupation (no other firm offers places or has apprentices of its own listed). */
    private static void onlyFirmInOccupation(World world, Employer firm) {
        for (Employer employer : world.employers) {
            if (employer != firm && employer.occupation() == firm.occupation()) {
                employer.placesOffered = 0;
                employer.apprentices.clear();
            }
        }
    }

    @Test
    void aDissolutionKeepsTheMonthsTrainedForTheGraceMonths() {
        World world = switzerland(3);
        YoungPerson apprentice = TestWorlds.apprentice(world);
        apprentice.extensionMonths = 0;
        apprentice.trainingEnds = world.month + world.engagement.workBasedLearning().apprenticeshipMonths() - 7;
        FirmChange.open(world, apprentice);
        assertEquals(world.month + 3, apprentice.firmChangeUntil);
        assertEquals(7, apprentice.monthsTrained);
        assertTrue(FirmChange.inGrace(world, apprentice));
        world.month += 3;
        assertTrue(FirmChange.inGrace(world, apprentice), "the third month after it is still in grace");
        world.month += 1;
        assertFalse(FirmChange.inGrace(world, apprentice));
    }

    @Test
    void withoutAGraceADissolutionKeepsNothing() {
        World world = switzerland(0);
        YoungPerson apprentice = TestWorlds.apprentice(world);
        FirmChange.open(world, apprentice);
        assertEquals(-1, apprentice.firmChangeUntil);
        assertFalse(FirmChange.inGrace(world, apprentice));
    }

    @Test
    void theEconomicsFromAMonthContinueTheSamePath() {
        World world = switzerland(3);
        ApprenticeshipEconomics whole = ApprenticePlaces.applicantEconomics(world, false, 0.5);
        assertSame(whole, whole.from(0));
        int months = whole.months();
        ApprenticeshipEconomics rest = whole.from(14);
        assertEquals(months - 14, rest.months());
        assertEquals(whole.pay(14), rest.pay(0), 1e-12, "the pay of the training year reached");
        assertEquals(whole.pay(months - 1), rest.pay(months - 15), 1e-12);
        assertEquals(whole.expectedProficiency(14), rest.expectedProficiency(0), 1e-12);
        assertEquals(1.0, rest.stillTraining(0), 1e-12, "in training when it continues");
        assertEquals(whole.completion() / whole.stillTraining(14), rest.completion(), 1e-12);
        assertEquals(whole.finalProficiency(), rest.finalProficiency(), 1e-12);
        assertTrue(rest.expectedMonthsInTraining() < whole.expectedMonthsInTraining());
        double restNet = rest.expectedNetCost(1.0, 1.0);
        double laterMonths = 0;
        double reached = whole.stillTraining(14);
        for (int t = 14; t < months; t++) {
            double forgone = whole.forgone(1.0, t);
            double back = whole.returns(1.0, whole.expectedProficiency(t)) + whole.support(whole.gross(1.0, t));
            laterMonths += whole.stillTraining(t) / reached * (forgone - back);
        }
        assertEquals(laterMonths, restNet, 1e-9, "the net cost of the months left, counted from the month reached");
    }

    @Test
    void aTrainingContinuedIsShorterAndWorthMoreToTheYoungPerson() {
        World world = switzerland(3);
        YoungPerson person = TestWorlds.outOfWork(world);
        int months = world.engagement.workBasedLearning().apprenticeshipMonths();
        TrackPaths continued = TrackPaths.continuing(world, person, 12);
        assertEquals(months - 12, continued.apprenticeshipMonths());
        assertEquals(1.0, continued.apprenticeShare(), 0.0, "an apprenticeship, not a school place");
        assertEquals(TrackPaths.returning(world, person).workingLifeMonths(), continued.workingLifeMonths());
        TrackReturns.Seen seen = Enrolment.seen(world);
        person.monthsTrained = 0;
        double fromStart = FirmChange.probability(world, person, seen);
        person.monthsTrained = 24;
        assertTrue(FirmChange.probability(world, person, seen) > fromStart,
                "with two years trained, continuing is likelier chosen than from the start");
    }

    @Test
    void aFirmOfTheOccupationContinuesTheTrainingWhereItStopped() {
        World world = switzerland(3);
        Employer former = former(world);
        YoungPerson person = continuer(world, former, 14);
        double proficiency = person.proficiency;
        Employer taker = taker(world, person);
        onlyFirmInOccupation(world, taker);
        nobodyElseInGrace(world, person);
        int filled = taker.placesFilled;
        world.flows = new Flows(world.occupations.length);
        new FirmChange().run(world);
        assertEquals(Status.APPRENTICE, person.status);
        assertSame(taker, person.employer);
        assertSame(taker, person.trainingFirm);
        assertEquals(14, world.trainingMonth(person), "continued from the months trained");
        assertEquals(world.month + world.engagement.workBasedLearning().apprenticeshipMonths() - 14, person.trainingEnds);
        assertEquals(proficiency, person.proficiency, 0.0, "what they learnt is kept");
        assertEquals(-1, person.firmChangeUntil);
        assertEquals(1, world.flows.firmChanges);
        assertEquals(1, world.flows.secondContracts, "a second contract");
        assertEquals(1, world.flows.apprenticeStarts);
        assertEquals(filled, taker.placesFilled, "no place of the firm's intake is taken by it");
        assertFalse(person.onIntakePlace);
        int reopened = taker.placesReopened;
        world.endContractEarly(person);
        assertEquals(reopened, taker.placesReopened, "dissolved again, it leaves no place of the intake open");
    }

    @Test
    void aFirmTakesNoMoreThanItsRoomWhenTwoLook() {
        World world = switzerland(3);
        Employer former = former(world);
        YoungPerson first = continuer(world, former, 14);
        Employer taker = taker(world, first);
        YoungPerson second = continuer(world, former, 14);
        assertTrue(FirmChange.takes(world, taker, second) && FirmChange.takes(world, taker, first),
                "the firm would take either former apprentice");
        onlyFirmInOccupation(world, taker);
        nobodyElseInGrace(world, first, second);
        int room = FirmChange.room(world, taker);
        for (int k = 1; k < room; k++) {
            YoungPerson filler = new YoungPerson(-10 - k, world.month - 17 * 12, 0.5);
            filler.trainingEnds = world.month + 12;
            taker.apprentices.add(filler);
        }
        assertEquals(1, FirmChange.room(world, taker), "room for one");
        world.flows = new Flows(world.occupations.length);
        new FirmChange().run(world);
        assertEquals(1, world.flows.firmChanges, "one of the two is taken on");
        assertEquals(0, FirmChange.room(world, taker), "the firm is at its cap");
        assertTrue(first.status == Status.APPRENTICE ^ second.status == Status.APPRENTICE);
    }

    @Test
    void oneWithTooFewMonthsLeftForTheFirmsKeepOfferDoesNotLook() {
        World world = switzerland(3);
        Employer former = former(world);
        YoungPerson person = continuer(world, former, 14);
        int months = world.engagement.workBasedLearning().apprenticeshipMonths();
        int lead = world.scenario.labourMarket().searchBeforeLeavingMonths();
        person.monthsTrained = months - lead;
        assertTrue(FirmChange.looking(world, person), "the keep offer is due the month it continues");
        person.monthsTrained = months - lead + 1;
        assertFalse(FirmChange.looking(world, person));
    }

    @Test
    void enteringEducationEndsTheGrace() {
        World world = switzerland(3);
        Employer former = former(world);
        YoungPerson person = continuer(world, former, 14);
        person.setStatus(Status.SCHOOL_VET);
        assertEquals(-1, person.firmChangeUntil);
        person.setStatus(Status.UNEMPLOYED);
        assertFalse(FirmChange.looking(world, person), "dropping out of school later does not bring it back");
    }

    @Test
    void theDissolvingFirmAndFirmsAtTheirCapDoNotTakeThemOn() {
        World world = switzerland(3);
        Employer former = former(world);
        YoungPerson person = continuer(world, former, 14);
        former.apprentices.clear();
        former.placesOffered = 1;
        former.placesFilled = 1;
        former.placesReopened = 0;
        assertTrue(FirmChange.room(world, former) > 0, "the firm that dissolved the contract has room");
        assertFalse(FirmChange.trainingFirms(world, person).contains(former), "but is not among the firms tried");
        Employer taker = taker(world, person);
        int cap = ApprenticePlaces.cap(world, taker);
        int room = FirmChange.room(world, taker);
        assertTrue(room > 0);
        for (int k = 0; k < room; k++) {
            YoungPerson filler = new YoungPerson(-10 - k, world.month - 17 * 12, 0.5);
            filler.trainingEnds = world.month + 12;
            taker.apprentices.add(filler);
        }
        assertEquals(0, FirmChange.room(world, taker), "at its cap of " + cap);
        assertFalse(FirmChange.trainingFirms(world, person).contains(taker));
    }

    @Test
    void nobodyLooksAfterTheGrace() {
        World world = switzerland(3);
        Employer former = former(world);
        YoungPerson person = continuer(world, former, 14);
        person.firmChangeUntil = world.month - 1;
        assertFalse(FirmChange.looking(world, person));
        nobodyElseInGrace(world);
        world.flows = new Flows(world.occupations.length);
        new FirmChange().run(world);
        assertEquals(0, world.flows.firmChanges);
        assertEquals(Status.UNEMPLOYED, person.status);
    }

    @Test
    void aJobEndsTheGrace() {
        World world = switzerland(3);
        Employer former = former(world);
        YoungPerson person = continuer(world, former, 14);
        world.hire(person, former, 1.0, 0.0);
        assertEquals(-1, person.firmChangeUntil);
    }

    @Test
    void withAGraceAPartOfTheDissolversChangeFirmOverThreeSeeds() {
        double[] on = outcomes(3);
        double[] off = outcomes(0);
        assertEquals(0.0, off[0], 0.0, "no firm change without a grace");
        assertTrue(on[0] > 0.2 && on[0] < 0.8, "firm changes per dissolution with a grace: " + on[0]);
        // Most who change firm would otherwise have signed again later, from the first month
        // (7 December 2026, 12 replications at 20,000 people: 0.55 -> 0.58 second contracts per dissolution): too
        // small a difference to assert at this size.
    }

    /** Means over three seeds, from the third output year on, of firm changes and second contracts per dissolution. */
    private static double[] outcomes(int grace) {
        Scenario scenario = TestScenarios.smallPreset("switzerland-dual", "population.young_people=4000", "simulation.years=6",
                "engagement.work_based_learning.firm_change_grace_months=" + grace);
        List<List<MonthReport>> runs = TestScenarios.runs(scenario, 3);
        return new double[] {TestScenarios.meanOverRuns(runs, Metric.FIRM_CHANGES_PER_DISSOLUTION, 24),
                TestScenarios.meanOverRuns(runs, Metric.SECOND_CONTRACTS_PER_DISSOLUTION, 24)};
    }
}
