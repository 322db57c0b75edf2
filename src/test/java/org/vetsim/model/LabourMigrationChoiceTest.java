package org.vetsim.model;

import org.junit.jupiter.api.Test;
import org.vetsim.io.scenario.ScenarioLoader;
import org.vetsim.metrics.Metric;
import org.vetsim.metrics.MonthReport;
import org.vetsim.scenario.LabourMigration;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Young men's choice to work abroad, decided by hand on people of a settled economy (the baseline,
 * where no one migrates until the tests put migration settings in force): a man out of work goes
 * when a stay abroad is worth more than staying, not when it is worth less; an employee weighs the
 * job he gives up; women, boys under the minimum age, men owing military service and men without a
 * network stay; a migrant returns to look for work when the stay ends. Whole runs: switched off it
 * draws nothing and changes nothing; higher earnings abroad send more young men abroad over
 * several seeds; migrants are outside the resident population of the rates.
 */
class LabourMigrationChoiceTest {
    private static World settled() {
        return TestWorlds.settled(ScenarioLoader.load(Path.of("baseline"),
                List.of("population.young_people=3000", "labour_market.participation.circumstance_change_rate=0")), 1);
    }

    private static LabourMigration migration(double earnings, double network) {
        return new LabourMigration(earnings, 0.25, 1.5, 1.5, 12, 18, network);
    }

    private static void inForce(World world, LabourMigration settings) {
        world.scenario = world.scenario.withLabourMarket(world.scenario.labourMarket().withMigration(settings));
    }

    /** Makes {@code person} a man of 22 who can go abroad. */
    private static YoungPerson youngMan(World world, YoungPerson person) {
        person.female = false;
        person.serviceOwed = false;
        person.migrationDecided = true;
        person.canMigrate = true;
        return person;
    }

    /**
     * A young man of 18 or over in work, not looking for another job from it, whose job, after
     * {@code failedMonths} months of search in vain, is worth clearly more to him than his best time
     * out of a post: one who has a job to lose.
     */
    private static YoungPerson employeeWithAJobToLose(World world, int failedMonths) {
        for (YoungPerson person : world.people) {
            if (person.status != Status.EMPLOYED || person.age(world.month) < 18 || person.female || person.searchingOnJob) {
                continue;
            }
            int before = person.failedSearchMonths;
            person.failedSearchMonths = failedMonths;
            if (world.wageOf(person) + person.jobFit - LabourMigrationChoice.bestOutOfPost(world, person) > 0.05) {
                return person;
            }
            person.failedSearchMonths = before;
        }
        throw new AssertionError("nobody with a job to lose");
    }

    private static YoungPerson adultOutOfWork(World world) {
        for (YoungPerson person : world.people) {
            if ((person.status == Status.UNEMPLOYED || person.status == Status.INACTIVE) && person.age(world.month) >= 18
                    && person.offerFrom == null) {
                return person;
            }
        }
        throw new AssertionError("nobody out of work aged 18 or more");
    }

    private static void step(World world, YoungPerson person) {
        LabourMigrationChoice choice = new LabourMigrationChoice();
        choice.begin(world);
        choice.apply(world, person);
    }

    /**
     * The month's two steps for {@code person}, as the month runs them: returns and an employee's
     * choice ({@link LabourMigrationChoice}), then the choice of one out of a post, a stay abroad among
     * its options ({@link OutOfPostChoice}, within the participation choice).
     */
    private static void month(World world, YoungPerson person) {
        step(world, person);
        ParticipationChoice.decide(world, person, false);
    }

    /** Earnings abroad at which a stay abroad is worth {@code margin} a month more than staying out of work. */
    private static double earningsFor(World world, YoungPerson person, double margin) {
        LabourMigration probe = migration(1.0, 1.0);
        double atOne = LabourMigrationChoice.gain(world, person, probe) / probe.stayMonths();
        return 1.0 + (margin - atOne) / (1 - probe.costShare());
    }

    @Test
    void aManOutOfWorkGoesWhenAStayAbroadIsWorthMoreThanStayingAndNotOtherwise() {
        World world = settled();
        YoungPerson man = youngMan(world, adultOutOfWork(world));
        inForce(world, migration(earningsFor(world, man, -0.05), 1.0));
        month(world, man);
        assertTrue(man.status == Status.UNEMPLOYED || man.status == Status.INACTIVE,
                "a stay worth a little less than staying: he stays, " + man.status);

        inForce(world, migration(earningsFor(world, man, 0.05), 1.0));
        int month = world.month;
        month(world, man);
        assertEquals(Status.ABROAD, man.status, "a stay worth a little more: he goes");
        assertEquals(month + 12, man.abroadUntil, "for the stay's months");
        assertFalse(man.status.civilian(), "abroad he is outside the resident population of the rates");
    }

    @Test
    void anEmployeeWeighsTheJobHeGivesUpAndLeavesItWhenHeGoes() {
        World world = settled();
        YoungPerson man = youngMan(world, employeeWithAJobToLose(world, 120));
        Employer employer = man.employer;
        double job = world.wageOf(man) + man.jobFit;
        LabourMigration justAboveTheWage = migration((job + 0.01 + 1.5 / 12) / 0.75, 1.0);
        assertTrue(justAboveTheWage.monthlyNetEarnings() > job, "net earnings abroad above the wage and fit");
        inForce(world, new LabourMigration(justAboveTheWage.earningsAbroad(), 0.25, 1.5, 1.0, 12, 18, 1.0));
        assertTrue(LabourMigrationChoice.gain(world, man, world.scenario.labourMarket().migration()) < 0,
                "a little more a month abroad does not make up for the job he would lose at his return (he knows from long "
                        + "search how hard another is to find)");
        step(world, man);
        assertEquals(Status.EMPLOYED, man.status, "so he keeps his job");

        double outOfWork = LabourMigrationChoice.bestOutOfPost(world, man);
        double lost = Math.max(0.0, job - outOfWork) * ParticipationChoice.jobMonths(world, man);
        double net = outOfWork + (lost + 1) / 12;
        LabourMigration worthIt = migration((net + 1.5 / 12) / 0.75, 1.0);
        inForce(world, new LabourMigration(worthIt.earningsAbroad(), 0.25, 1.5, 1.0, 12, 18, 1.0));
        assertEquals(1.0, LabourMigrationChoice.gain(world, man, world.scenario.labourMarket().migration()), 1e-6,
                "a year abroad worth the job's surplus over being out of work over its months, and one month more");
        int staff = employer.youngStaff.size();
        step(world, man);
        assertEquals(Status.ABROAD, man.status, "earnings abroad above what he loses with the job: he goes");
        assertEquals(staff - 1, employer.youngStaff.size(), "and his post is free");
        assertEquals(null, man.employer);
    }

    @Test
    void womenAndMenWithoutANetworkStay() {
        World world = settled();
        inForce(world, migration(5.0, 1.0));
        YoungPerson woman = youngMan(world, adultOutOfWork(world));
        woman.female = true;
        month(world, woman);
        assertTrue(woman.status != Status.ABROAD, "women do not migrate in the model");

        woman.female = false;
        woman.canMigrate = false;
        month(world, woman);
        assertTrue(woman.status != Status.ABROAD, "without a network he stays");

        woman.canMigrate = true;
        month(world, woman);
        assertEquals(Status.ABROAD, woman.status, "with one, the same man goes for a stay that pays this well");
    }

    @Test
    void aManOwingMilitaryServiceStays() {
        World world = TestWorlds.settled(ScenarioLoader.load(Path.of("baseline"),
                List.of("population.young_people=2000", "military_service.share=0.3")), 1);
        inForce(world, migration(5.0, 1.0));
        YoungPerson man = youngMan(world, adultOutOfWork(world));
        man.serviceOwed = true;
        month(world, man);
        assertTrue(man.status != Status.ABROAD, "a man owing military service stays");
        man.serviceOwed = false;
        month(world, man);
        assertEquals(Status.ABROAD, man.status, "once he owes none, he goes");
    }

    @Test
    void aBoyIsDrawnOnlyOnceHeReachesTheMinimumAgeAndNoneCanGoWithoutANetworkShare() {
        World world = settled();
        YoungPerson boy = null;
        for (YoungPerson person : world.people) {
            if (person.age(world.month) < 18 && !person.female) {
                boy = person;
                break;
            }
        }
        assertTrue(boy != null, "a boy under 18");
        inForce(world, migration(5.0, 1.0));
        step(world, boy);
        assertFalse(boy.migrationDecided, "under the minimum age nothing is drawn");

        YoungPerson man = adultOutOfWork(world);
        man.female = false;
        man.migrationDecided = false;
        inForce(world, migration(5.0, 0.0));
        month(world, man);
        assertTrue(man.status != Status.ABROAD, "a network share of 0 is migration switched off");
        assertFalse(man.migrationDecided);
    }

    @Test
    void aMigrantReturnsToLookForWorkWhenTheStayEnds() {
        World world = settled();
        YoungPerson man = youngMan(world, adultOutOfWork(world));
        man.hadJob = false;
        man.leftEducation = Math.max(0, world.month - 6);
        inForce(world, migration(5.0, 1.0));
        month(world, man);
        assertEquals(Status.ABROAD, man.status);
        world.month = man.abroadUntil - 1;
        month(world, man);
        assertEquals(Status.ABROAD, man.status, "still abroad the month before the stay ends");
        world.month = man.abroadUntil;
        step(world, man);
        assertEquals(Status.UNEMPLOYED, man.status, "back home and looking for work");
        assertTrue(man.hadJob, "work abroad is work experience");
        ParticipationChoice.decide(world, man, false);
        assertTrue(man.status != Status.ABROAD, "he does not leave again in the month he is back, however well a stay pays");
        world.month++;
        month(world, man);
        assertEquals(Status.ABROAD, man.status, "from the next month he may");
    }

    @Test
    void switchedOffItDrawsNothingAndChangesNothing() {
        long seed = 5;
        VetModel off = new VetModel(TestScenarios.small(), seed);
        VetModel noNetwork = new VetModel(TestScenarios.small("labour_market.migration.earnings_abroad=3",
                "labour_market.migration.cost_share=0.1", "labour_market.migration.network_share=0"), seed);
        VetModel noEarnings = new VetModel(TestScenarios.small("labour_market.migration.network_share=1",
                "labour_market.migration.trip_cost=1", "labour_market.migration.hours_ratio=2"), seed);
        List<MonthReport> a = new ArrayList<>();
        List<MonthReport> b = new ArrayList<>();
        List<MonthReport> c = new ArrayList<>();
        off.addListener(a::add);
        noNetwork.addListener(b::add);
        noEarnings.addListener(c::add);
        off.runToEnd();
        noNetwork.runToEnd();
        noEarnings.runToEnd();
        TestScenarios.assertSameReports(a, b);
        TestScenarios.assertSameReports(a, c);
        long untouched = new RandomStreams(seed).get(Stream.LABOUR_MIGRATION).nextLong();
        assertEquals(untouched, noNetwork.world().random(Stream.LABOUR_MIGRATION).nextLong(), "no network: the stream was not drawn");
        assertEquals(untouched, noEarnings.world().random(Stream.LABOUR_MIGRATION).nextLong(), "no earnings: the stream was not drawn");
    }

    @Test
    void higherEarningsAbroadSendMoreYoungMenAbroadOverSeveralSeeds() {
        for (long seed = 1; seed <= 3; seed++) {
            List<MonthReport> low = TestScenarios.run(TestScenarios.small(abroad(1.2)), seed);
            List<MonthReport> high = TestScenarios.run(TestScenarios.small(abroad(2.0)), seed);
            double lowShare = TestScenarios.mean(low, Metric.WORKING_ABROAD_RATE, 1);
            double highShare = TestScenarios.mean(high, Metric.WORKING_ABROAD_RATE, 1);
            assertTrue(highShare > lowShare, "seed " + seed + ": abroad " + highShare + " vs " + lowShare);
            assertTrue(highShare < 0.5 * (1 - Demography.FEMALE_SHARE) + 0.01, "at most the half of the men with a network");
            double residents = TestScenarios.mean(high, Metric.YOUTH_UNEMPLOYMENT_RATE, 1);
            double ministry = TestScenarios.mean(high, Metric.YOUTH_UNEMPLOYMENT_RATE_MIGRANTS_EMPLOYED, 1);
            assertTrue(ministry < residents, "counting migrants employed lowers the rate: " + ministry + " vs " + residents);
        }
    }

    private static String[] abroad(double earnings) {
        return new String[] {"labour_market.migration.earnings_abroad=" + earnings, "labour_market.migration.cost_share=0.27",
            "labour_market.migration.trip_cost=1.4", "labour_market.migration.hours_ratio=1.5",
            "labour_market.migration.network_share=0.5"};
    }
}
