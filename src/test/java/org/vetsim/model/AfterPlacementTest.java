package org.vetsim.model;

import org.junit.jupiter.api.Test;
import org.vetsim.io.scenario.ScenarioLoader;
import org.vetsim.metrics.Metric;
import org.vetsim.metrics.MonthReport;
import org.vetsim.scenario.Scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Places of an intake filled after it ({@code work_based_learning.after_placement_months},
 * {@link AfterPlacement}): a place left early by an apprentice of the intake is open again, firms
 * fill open places in the months of the window with those out of work who choose training, a
 * refill does not count as a place filled twice, and nothing happens outside the window.
 */
class AfterPlacementTest {
    private static World germany(int afterPlacementMonths) {
        return TestWorlds.settled(ScenarioLoader.load(Path.of("germany-dual"), List.of("population.young_people=2000",
                "engagement.work_based_learning.after_placement_months=" + afterPlacementMonths)), 1);
    }

    /** Moves {@code world} back to {@code sinceIntake} months after the last full year's intake, without running anything (its records reach back to then). */
    private static void monthsAfterIntake(World world, int sinceIntake) {
        world.month = 12 * (Math.floorDiv(world.month, 12) - 1) + sinceIntake;
    }

    /** Makes {@code person} an apprentice at {@code firm} who started {@code monthsAgo} months ago. */
    private static void startedAgo(World world, YoungPerson person, Employer firm, int monthsAgo) {
        person.trainingFirm = firm;
        person.extensionMonths = 0;
        person.trainingEnds = world.month - monthsAgo + world.engagement.workBasedLearning().apprenticeshipMonths();
    }

    @Test
    void aPlaceLeftEarlyIsOpenAgainOnlyForAnApprenticeOfTheLastIntake() {
        World world = germany(5);
        monthsAfterIntake(world, 3);
        YoungPerson apprentice = TestWorlds.apprentice(world);
        Employer firm = apprentice.trainingFirm;
        firm.placesReopened = 0;
        startedAgo(world, apprentice, firm, 3);
        world.endContractEarly(apprentice);
        assertEquals(1, firm.placesReopened, "started at the intake three months ago: its place is open again");
        assertTrue(apprentice.dissolvedContract);
        startedAgo(world, apprentice, firm, 1);
        world.endContractEarly(apprentice);
        assertEquals(2, firm.placesReopened, "taken in the after-placement: its place is open again");
        for (int monthsAgo : new int[] {4, 15}) {
            startedAgo(world, apprentice, firm, monthsAgo);
            world.endContractEarly(apprentice);
            assertEquals(2, firm.placesReopened, "started " + monthsAgo + " months ago, before the last intake: no place of it is left");
        }
    }

    @Test
    void withoutAnAfterPlacementNoPlaceIsReopened() {
        World world = germany(0);
        monthsAfterIntake(world, 3);
        YoungPerson apprentice = TestWorlds.apprentice(world);
        startedAgo(world, apprentice, apprentice.trainingFirm, 2);
        world.endContractEarly(apprentice);
        assertEquals(0, apprentice.trainingFirm.placesReopened);
        assertTrue(apprentice.dissolvedContract, "a later start is still a second contract");
    }

    @Test
    void openPlacesAreThoseNeverFilledAndThoseLeftEarly() {
        World world = germany(5);
        Employer firm = Intakes.trainer(world);
        for (Employer employer : world.employers) {
            employer.placesOffered = 0;
            employer.placesFilled = 0;
            employer.placesReopened = 0;
        }
        firm.placesOffered = 3;
        firm.placesFilled = 2;
        firm.placesReopened = 1;
        List<List<Employer>> open = AfterPlacement.openPlaces(world);
        assertEquals(2, open.get(firm.occupation().index()).size(), "one never filled, one left early");
        assertEquals(2, open.stream().mapToInt(List::size).sum());
    }

    @Test
    void thoseWhoChooseTrainingFillTheOpenPlacesInTheWindow() {
        World world = germany(5);
        monthsAfterIntake(world, 2);
        List<YoungPerson> choosers = choosers(world);
        assertFalse(choosers.isEmpty(), "someone out of work chooses training");
        Employer firm = trainerTaking(world, choosers);
        onlyTrainer(world, firm, 2, 0);
        List<YoungPerson> before = apprenticesAt(world, firm);
        world.flows = new Flows(world.occupations.length);
        new AfterPlacement().run(world);
        List<YoungPerson> started = apprenticesAt(world, firm);
        started.removeAll(before);
        assertFalse(started.isEmpty(), "the firm takes at least one of " + choosers.size() + " applicants");
        assertTrue(started.size() <= 2, "no more than the open places");
        for (YoungPerson person : started) {
            assertTrue(choosers.contains(person), "only those who chose training start");
            assertEquals(Status.APPRENTICE, person.status);
            assertEquals(world.month + world.engagement.workBasedLearning().apprenticeshipMonths(), person.trainingEnds,
                    "a contract of full length from now");
        }
        assertEquals(started.size(), firm.placesFilled, "places never filled count as filled");
        assertEquals(started.size(), world.flows.afterPlacementStarts);
        assertEquals(started.size(), world.flows.apprenticeStarts);
    }

    @Test
    void aRefillTakesAPlaceLeftEarlyAndIsNotASecondFill() {
        World world = germany(5);
        monthsAfterIntake(world, 1);
        Employer firm = trainerTaking(world, choosers(world));
        onlyTrainer(world, firm, 1, 1);
        firm.placesReopened = 1;
        world.flows = new Flows(world.occupations.length);
        new AfterPlacement().run(world);
        assertEquals(1, world.flows.afterPlacementStarts, "the place left early is filled");
        assertEquals(0, firm.placesReopened);
        assertEquals(1, firm.placesFilled, "the intake's fill is not counted twice");
    }

    @Test
    void noFirmTakesBackAnApprenticeWhoseContractWithItEndedEarly() {
        World world = germany(5);
        monthsAfterIntake(world, 2);
        List<YoungPerson> choosers = choosers(world);
        Employer firm = trainerTaking(world, choosers);
        onlyTrainer(world, firm, 2, 0);
        for (YoungPerson person : choosers) {
            person.dissolvedContract = true;
            person.trainingFirm = firm;
        }
        world.flows = new Flows(world.occupations.length);
        new AfterPlacement().run(world);
        assertEquals(0, world.flows.afterPlacementStarts, "every applicant left this firm early");
        assertEquals(0, firm.placesFilled);
    }

    @Test
    void theStartStatisticsAddTheAfterPlacementsStartsAtTheirAgeAtTheStartAndTheirOrigin() {
        World world = germany(5);
        ApprenticeStarts starts = new ApprenticeStarts();
        double[] v = new double[Metric.values().length];
        world.month = 12 * Math.floorDiv(world.month, 12) + 1;
        YoungPerson young = new YoungPerson(-1, world.month - 17 * 12, 0.5);
        YoungPerson older = new YoungPerson(-2, world.month - 23 * 12, 0.5);
        older.trainingFromWork = true;
        older.trainingAtOwnEmployer = true;
        YoungPerson fromAnotherJob = new YoungPerson(-3, world.month - 20 * 12 + 1, 0.5);
        fromAnotherJob.trainingFromWork = true;
        starts.startedAfterIntake(world, young);
        world.month += 1;
        starts.startedAfterIntake(world, older);
        starts.startedAfterIntake(world, fromAnotherJob);
        starts.fill(world, v);
        assertTrue(Double.isNaN(v[Metric.APPRENTICE_START_MEAN_AGE.ordinal()]), "not set before the after-placement ends");
        world.month += 3;
        starts.fill(world, v);
        assertEquals(20.0, v[Metric.APPRENTICE_START_MEAN_AGE.ordinal()], 1e-12, "17, 23 and 20 at their starts");
        assertEquals(1 / 3.0, v[Metric.APPRENTICE_STARTS_UNDER_19_SHARE.ordinal()], 1e-12);
        assertEquals(2 / 3.0, v[Metric.APPRENTICE_STARTS_FROM_WORK_SHARE.ordinal()], 1e-12, "two left a job for the place");
        assertEquals(1 / 3.0, v[Metric.EXISTING_STAFF_SHARE_OF_STARTS.ordinal()], 1e-12, "one with their own employer");
    }

    @Test
    void theFirmsNextApprenticeOfTheIntakeCountsThoseLeftEarlyAsGone() {
        World world = germany(5);
        Employer firm = Intakes.trainer(world);
        ApprenticeshipEconomics median = ApprenticePlaces.applicantEconomics(world, firm.mentors, 0.5);
        firm.placesOffered = 3;
        firm.placesFilled = 2;
        firm.placesReopened = 1;
        double refill = ApprenticePlaces.applicantValue(world, firm, median);
        firm.placesFilled = 1;
        firm.placesReopened = 0;
        assertEquals(ApprenticePlaces.applicantValue(world, firm, median), refill, 1e-12,
                "two filled, one left early: valued as the second apprentice, as with one filled");
    }

    @Test
    void nothingHappensAtTheIntakeOrAfterTheWindow() {
        for (int since : new int[] {0, 6, 11}) {
            World world = germany(5);
            monthsAfterIntake(world, since);
            Employer firm = trainerTaking(world, choosers(world));
            onlyTrainer(world, firm, 2, 0);
            world.flows = new Flows(world.occupations.length);
            new AfterPlacement().run(world);
            assertEquals(0, firm.placesFilled, since + " months after the intake");
            assertEquals(0, world.flows.afterPlacementStarts);
        }
    }

    @Test
    void moreDissolversSignAgainWithAnAfterPlacementOverThreeSeeds() {
        double[] on = secondContracts(5);
        double[] off = secondContracts(0);
        assertEquals(0.0, off[1], 0.0, "no start after the intake without it");
        assertTrue(on[1] > 0.02, "some starts after the intake with it: " + on[1]);
        assertTrue(on[0] > off[0], "second contracts per dissolution " + on[0] + " with, " + off[0] + " without");
    }

    /** Means over three seeds, from the third output year on, of second contracts per dissolution and the after-placement share. */
    private static double[] secondContracts(int months) {
        Scenario scenario = TestScenarios.smallPreset("germany-dual", "simulation.years=6",
                "engagement.work_based_learning.after_placement_months=" + months);
        List<List<MonthReport>> runs = TestScenarios.runs(scenario, 3);
        return new double[] {TestScenarios.meanOverRuns(runs, Metric.SECOND_CONTRACTS_PER_DISSOLUTION, 24),
                TestScenarios.meanOverRuns(runs, Metric.APPRENTICE_AFTER_PLACEMENT_SHARE, 24)};
    }

    /** Leaves {@code offered} places, {@code filled} of them filled, at {@code firm} and none elsewhere. */
    private static void onlyTrainer(World world, Employer firm, int offered, int filled) {
        for (Employer employer : world.employers) {
            employer.placesOffered = 0;
            employer.placesFilled = 0;
            employer.placesReopened = 0;
        }
        firm.placesOffered = offered;
        firm.placesFilled = filled;
    }

    /** A firm that would take the chooser of the best signal for a place of its intake ({@link ApprenticePlaces#takes}). */
    private static Employer trainerTaking(World world, List<YoungPerson> choosers) {
        double best = choosers.stream().mapToDouble(p -> Placement.signal(world, p)).max().orElseThrow();
        for (Employer employer : world.employers) {
            if (employer.occupation().apprenticeships() && employer.placesOffered > 0) {
                int filled = employer.placesFilled;
                employer.placesFilled = 0;
                boolean takes = ApprenticePlaces.takes(world, employer, ApprenticePlaces.applicantEconomics(world, employer.mentors, best));
                employer.placesFilled = filled;
                if (takes) {
                    return employer;
                }
            }
        }
        throw new AssertionError("no training firm takes the best of " + choosers.size() + " choosers");
    }

    /** The young apprentices of {@code firm}. */
    private static List<YoungPerson> apprenticesAt(World world, Employer firm) {
        List<YoungPerson> list = new ArrayList<>();
        for (YoungPerson person : world.people) {
            if (person.status == Status.APPRENTICE && person.employer == firm) {
                list.add(person);
            }
        }
        return list;
    }

    /** Those out of work who choose training this month ({@link LateVetEntry}). */
    private static List<YoungPerson> choosers(World world) {
        List<YoungPerson> choosers = new ArrayList<>();
        TrackReturns.Seen seen = Enrolment.seen(world);
        for (YoungPerson person : world.people) {
            if (LateVetEntry.chooses(world, person)
                    && world.streams.keyed(Stream.LATE_VET_ENTRY, person.id(), 0, 0) < LateVetEntry.probability(world, person, seen)) {
                choosers.add(person);
            }
        }
        return choosers;
    }
}
