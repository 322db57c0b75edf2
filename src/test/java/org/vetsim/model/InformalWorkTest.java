package org.vetsim.model;

import org.junit.jupiter.api.Test;
import org.vetsim.io.scenario.ScenarioLoader;
import org.vetsim.metrics.Metric;
import org.vetsim.metrics.MonthReport;
import org.vetsim.scenario.InformalWork;
import org.vetsim.scenario.LabourMigration;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Informal work as a choice, decided by hand on people of a settled economy (the baseline, where no
 * one works informally until the tests put informal earnings in force): one out of work takes
 * informal work when its flow beats being out of work and not otherwise, and stops when it no
 * longer pays; informal workers are employed in the ILO sense and not NEET, apply for posts at the
 * set intensity, start a post as a job seeker does, may go abroad, and leave the window at the exit
 * age without joining the adult labour force. Whole runs: switched off it changes nothing; in
 * Uzbekistan, informal earnings lower youth NEET and unemployment over several seeds.
 */
class InformalWorkTest {
    private static World settled() {
        return TestWorlds.settled(ScenarioLoader.load(Path.of("baseline"),
                List.of("population.young_people=3000", "labour_market.participation.circumstance_change_rate=0")), 1);
    }

    private static void inForce(World world, double earnings, double intensity) {
        inForce(world, earnings, intensity, 1.0);
    }

    private static void inForce(World world, double earnings, double intensity, double access) {
        world.scenario = world.scenario.withLabourMarket(world.scenario.labourMarket()
                .withInformalWork(new InformalWork(earnings, intensity, access)));
    }

    /** The first adult out of work free to choose, made free of exam plans. */
    private static YoungPerson outOfWork(World world) {
        for (YoungPerson person : world.people) {
            if ((person.status == Status.UNEMPLOYED || person.status == Status.INACTIVE) && person.offerFrom == null
                    && person.age(world.month) >= 18) {
                person.preparing = false;
                person.studying = false;
                person.appointedTo = null;
                person.serviceOwed = false;
                return person;
            }
        }
        throw new AssertionError("nobody out of work");
    }

    /** The informal-work step for {@code person} as one who left a post this month, after the month's choice. */
    private static void step(World world, YoungPerson person) {
        person.leftWorkMonth = world.month;
        stepAlone(world, person);
    }

    private static void stepAlone(World world, YoungPerson person) {
        org.vetsim.model.InformalWork choice = new org.vetsim.model.InformalWork();
        choice.begin(world);
        choice.apply(world, person);
    }

    /** The month's participation choice, then the informal-work choice, as the month runs them. */
    private static void month(World world, YoungPerson person) {
        ParticipationChoice.decide(world, person, false);
        stepAlone(world, person);
    }

    @Test
    void onlyThoseOutOfWorkWhomInformalEarningsPayMoreThanBeingOutOfWorkTakeIt() {
        World world = settled();
        YoungPerson person = outOfWork(world);
        Status before = person.status;
        double outOfWork = ParticipationChoice.outOfWorkFlow(world, person);
        inForce(world, outOfWork - 0.02, 0.0);
        step(world, person);
        assertEquals(before, person.status, "earnings a little below the out-of-work flow: they stay out of work");

        inForce(world, outOfWork + 0.02, 0.0);
        person.leftWorkMonth = world.month - 1;
        stepAlone(world, person);
        assertEquals(before, person.status, "one who did not leave a post this month made the month's choice already: the step leaves them");
        step(world, person);
        assertEquals(Status.INFORMAL, person.status, "a little above: they work informally");
        assertNull(person.employer, "without an employer");
        assertFalse(person.searchingFromInformal, "at intensity 0 they do not look for a post");
    }

    @Test
    void onlyThoseWithAWayIntoInformalWorkMayTakeItAndTheyKeepIt() {
        World world = settled();
        inForce(world, 0.5, 0.0, 0.4);
        int with = 0;
        int all = 0;
        for (YoungPerson person : world.people) {
            boolean access = org.vetsim.model.InformalWork.hasAccess(world, person);
            with += access ? 1 : 0;
            all++;
            world.month++;
            assertEquals(access, org.vetsim.model.InformalWork.hasAccess(world, person), "the same a month later");
            world.month--;
        }
        assertEquals(0.4, with / (double) all, 0.03, "about the access share of people have a way in");

        YoungPerson person = outOfWork(world);
        double outOfWork = ParticipationChoice.outOfWorkFlow(world, person);
        double earnings = outOfWork + 0.5;
        inForce(world, earnings, 0.0, 1.0);
        step(world, person);
        assertEquals(Status.INFORMAL, person.status, "open to everyone: informal work that pays is taken");
        assertEquals(earnings, LabourMigrationChoice.bestOutOfPost(world, person), 1e-12);

        inForce(world, earnings, 0.0, 0.0);
        month(world, person);
        assertTrue(person.status == Status.UNEMPLOYED || person.status == Status.INACTIVE,
                "no way in: they leave informal work and stay out of work however well it pays, " + person.status);
        step(world, person);
        assertTrue(person.status != Status.INFORMAL, "nor does one out of work without a way in take it");
        assertEquals(ParticipationChoice.outOfWorkFlow(world, person), LabourMigrationChoice.bestOutOfPost(world, person), 1e-12,
                "and it is not among what they can do at home when they weigh going abroad");
        assertTrue(LabourMigrationChoice.bestOutOfPost(world, person) < earnings);
    }

    @Test
    void anInformalWorkerStopsWhenItNoLongerPays() {
        World world = settled();
        YoungPerson person = outOfWork(world);
        double outOfWork = ParticipationChoice.outOfWorkFlow(world, person);
        inForce(world, outOfWork + 0.02, 0.0);
        month(world, person);
        assertEquals(Status.INFORMAL, person.status);
        month(world, person);
        assertEquals(Status.INFORMAL, person.status, "it still pays: they stay");
        inForce(world, outOfWork - 0.02, 0.0);
        month(world, person);
        assertTrue(person.status == Status.UNEMPLOYED || person.status == Status.INACTIVE, "it no longer pays: " + person.status);
    }

    @Test
    void informalWorkersAreEmployedInTheIloSenseWithoutAPostAndNotNeet() {
        Status informal = Status.INFORMAL;
        assertTrue(informal.employed());
        assertTrue(informal.inLabourForce());
        assertTrue(informal.civilian());
        assertFalse(informal.neet());
        assertFalse(informal.inEducation());
        assertFalse(informal.holdsPost());
        assertTrue(Status.EMPLOYED.holdsPost() && Status.APPRENTICE.holdsPost());

        World world = settled();
        YoungPerson person = outOfWork(world);
        person.setStatus(Status.INFORMAL);
        GroupObservation.Group group = new GroupObservation.Group();
        group.add(person, 0.0);
        assertEquals(1.0, group.employmentRate(), "employed in tracks.csv and age_groups.csv");
        assertEquals(0.0, group.neetRate());
        assertEquals(0.0, group.unemploymentRate());
        assertEquals(LabourForceFlows.EMPLOYED, LabourForceFlows.stateOf(person), "employed in the gross flows");
    }

    @Test
    void informalWorkersApplyForPostsAtTheSetIntensityAndAsWorkersWithoutAPost() {
        World world = settled();
        YoungPerson person = null;
        double earnings = 0;
        for (YoungPerson candidate : world.people) {
            if ((candidate.status == Status.UNEMPLOYED || candidate.status == Status.INACTIVE) && candidate.offerFrom == null) {
                candidate.failedSearchMonths = 0;
                earnings = ParticipationChoice.outOfWorkFlow(world, candidate) + 0.01;
                inForce(world, earnings, 0.5);
                if (org.vetsim.model.InformalWork.searchOption(world, candidate) > 0) {
                    person = candidate;
                    break;
                }
            }
        }
        assertNotNull(person, "someone for whom search from informal work pays");
        person.preparing = false;
        person.studying = false;
        person.appointedTo = null;
        person.serviceOwed = false;
        Status out = person.status;
        int month = world.month;
        int searching = 0;
        int months = 2000;
        for (int m = 0; m < months; m++) {
            person.setStatus(out);
            world.month = month + m;
            step(world, person);
            assertEquals(Status.INFORMAL, person.status);
            searching += person.searchingFromInformal ? 1 : 0;
        }
        assertEquals(0.5, searching / (double) months, 0.04, "they look for a post in about half the months");

        world.month = month;
        world.jobSeekers = new JobSeekers(world);
        person.searchingFromInformal = false;
        world.jobSeekers.addIfSeeking(world, person);
        assertEquals(0, world.jobSeekers.all.size(), "not searching this month: not among the job seekers");
        person.searchingFromInformal = true;
        world.jobSeekers.addIfSeeking(world, person);
        assertEquals(1, world.jobSeekers.all.size(), "searching: among them");
        assertEquals(1.0, world.jobSeekers.all.weighted(0.2), 1e-12, "applying as a worker without a post, not as one searching from a job");
    }

    @Test
    void aHiredInformalWorkerStartsThePostAsAJobSeekerWould() {
        World world = settled();
        YoungPerson person = outOfWork(world);
        inForce(world, 1.0, 0.5);
        person.setStatus(Status.INFORMAL);
        Employer employer = world.employers.get(0);
        employer.vacancies++;
        double wage = Math.max(1.0, ParticipationChoice.reservationValue(world, person)) + 0.1;
        assertTrue(ParticipationChoice.takes(world, person, wage, 0.0), "a post paying more than informal work is taken");
        assertFalse(ParticipationChoice.takes(world, person, 0.9, 0.0), "one paying less is not");
        JobOffers.promise(world, person, employer, wage, 0.0);
        world.month++;
        new JobStarts().apply(world, person);
        assertEquals(Status.EMPLOYED, person.status);
        assertEquals(employer, person.employer);
        assertTrue(employer.youngStaff.contains(person));
    }

    @Test
    void anInformalWorkerMayGoAbroadAgainstTheBestHeCanDoAtHome() {
        World world = settled();
        YoungPerson man = outOfWork(world);
        man.female = false;
        man.migrationDecided = true;
        man.canMigrate = true;
        inForce(world, 0.6, 0.5);
        man.setStatus(Status.INFORMAL);
        assertTrue(LabourMigrationChoice.free(world, man), "an informal worker is free to go");
        LabourMigration settings = new LabourMigration(3.0, 0.25, 1.5, 1.0, 12, 18, 1.0);
        double home = Math.max(ParticipationChoice.outOfWorkFlow(world, man), org.vetsim.model.InformalWork.flow(world, man));
        assertEquals(12 * (settings.monthlyNetEarnings() - home), LabourMigrationChoice.gain(world, man, settings), 1e-9);
        world.scenario = world.scenario.withLabourMarket(world.scenario.labourMarket().withMigration(settings));
        LabourMigrationChoice choice = new LabourMigrationChoice();
        choice.begin(world);
        choice.apply(world, man);
        assertEquals(Status.INFORMAL, man.status, "an informal worker chooses among the options of a month out of a post");
        ParticipationChoice.decide(world, man, false);
        assertEquals(Status.ABROAD, man.status);
    }

    @Test
    void reachingTheExitAgeInInformalWorkLeavesWithoutJoiningTheAdultLabourForce() {
        World world = settled();
        inForce(world, 0.6, 0.5);
        YoungPerson informal = outOfWork(world);
        informal.setStatus(Status.INFORMAL);
        YoungPerson unemployed = null;
        for (YoungPerson person : world.people) {
            if (person != informal && person.status == Status.UNEMPLOYED && person.offerFrom == null) {
                unemployed = person;
                break;
            }
        }
        assertNotNull(unemployed);
        int exitAge = world.scenario.population().exitAge();
        world.month = Math.max(informal.birthMonth, unemployed.birthMonth) + 12 * exitAge;
        AgeingOut ageing = new AgeingOut();
        ageing.begin(world);
        int adultsOutOfWork = world.adults.unemployed();
        ageing.apply(world, informal);
        assertTrue(informal.departed);
        assertEquals(adultsOutOfWork, world.adults.unemployed(), "an informal worker does not join the adult job seekers");
        ageing.apply(world, unemployed);
        assertEquals(adultsOutOfWork + 1, world.adults.unemployed(), "a job seeker does");
    }

    @Test
    void switchedOffItChangesNothing() {
        long seed = 5;
        List<MonthReport> a = TestScenarios.run(TestScenarios.small(), seed);
        List<MonthReport> b = TestScenarios.run(TestScenarios.small("labour_market.informal_work.search_intensity=0.9"), seed);
        TestScenarios.assertSameReports(a, b);
        for (MonthReport report : b) {
            assertEquals(0.0, report.value(Metric.YOUNG_INFORMAL_WORKERS));
        }
    }

    @Test
    void inUzbekistanInformalEarningsLowerYouthNeetAndUnemploymentOverSeveralSeeds() {
        for (long seed = 1; seed <= 3; seed++) {
            List<MonthReport> off = TestScenarios.run(uzbekistan(0.0), seed);
            List<MonthReport> on = TestScenarios.run(uzbekistan(0.4), seed);
            double neetOff = TestScenarios.mean(off, Metric.NEET_RATE, 1);
            double neetOn = TestScenarios.mean(on, Metric.NEET_RATE, 1);
            assertTrue(neetOn < neetOff, "seed " + seed + ": NEET " + neetOn + " vs " + neetOff);
            double unemploymentOff = TestScenarios.mean(off, Metric.YOUTH_UNEMPLOYMENT_RATE, 1);
            double unemploymentOn = TestScenarios.mean(on, Metric.YOUTH_UNEMPLOYMENT_RATE, 1);
            assertTrue(unemploymentOn < unemploymentOff, "seed " + seed + ": unemployment " + unemploymentOn + " vs " + unemploymentOff);
            assertTrue(TestScenarios.mean(on, Metric.YOUTH_INFORMAL_RATE, 1) > 0.05, "seed " + seed + ": some work informally");
            assertEquals(0.0, TestScenarios.mean(off, Metric.YOUTH_INFORMAL_RATE, 1));
        }
    }

    @Test
    void withLessAccessFewerWorkInformallyAndMoreAreOutOfWorkOverSeveralSeeds() {
        for (long seed = 1; seed <= 3; seed++) {
            List<MonthReport> open = TestScenarios.run(uzbekistan(0.4, 1.0), seed);
            List<MonthReport> half = TestScenarios.run(uzbekistan(0.4, 0.5), seed);
            double informalOpen = TestScenarios.mean(open, Metric.YOUTH_INFORMAL_RATE, 1);
            double informalHalf = TestScenarios.mean(half, Metric.YOUTH_INFORMAL_RATE, 1);
            assertTrue(informalHalf < informalOpen, "seed " + seed + ": informal " + informalHalf + " vs " + informalOpen);
            double neetOpen = TestScenarios.mean(open, Metric.NEET_RATE, 1);
            double neetHalf = TestScenarios.mean(half, Metric.NEET_RATE, 1);
            assertTrue(neetHalf > neetOpen, "seed " + seed + ": NEET " + neetHalf + " vs " + neetOpen);
        }
    }

    private static org.vetsim.scenario.Scenario uzbekistan(double earnings) {
        return uzbekistan(earnings, 1.0);
    }

    private static org.vetsim.scenario.Scenario uzbekistan(double earnings, double access) {
        return ScenarioLoader.load(Path.of("uzbekistan"), new ArrayList<>(List.of("population.young_people=1500", "simulation.years=3",
                "labour_market.informal_work.earnings=" + earnings, "labour_market.informal_work.access_share=" + access)));
    }

    private static void assertNull(Object value, String message) {
        assertEquals(null, value, message);
    }
}
