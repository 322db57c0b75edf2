package org.vetsim.model;

import org.junit.jupiter.api.Test;
import org.vetsim.io.scenario.ScenarioLoader;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A kept graduate is valued against the outside hire the firm would otherwise make, on what each
 * has been observed to yield ({@link TrainedGraduateValue}, {@link OutsideHires}): hand-fed
 * observations of one occupation in a fresh German world.
 */
class OutsideHireValueTest {
    private static final double PRODUCTIVITY = 0.8;
    private static final double PAID = 0.7;

    private static World world() {
        World world = new World(ScenarioLoader.load(Path.of("germany-dual"), List.of("population.young_people=20000")), 1);
        world.retention.recordRent(0, 0.3, 2);
        return world;
    }

    private static double value(World world) {
        return TrainedGraduateValue.value(world, 0, PRODUCTIVITY, PAID);
    }

    private static double savedHiring(World world) {
        return world.retention.yearSurvival(0) * (TrainedGraduateValue.recruitmentCost(world) + TrainedGraduateValue.adaptation(world, 0));
    }

    /** Before any outside hire is seen, the outside post yields nothing: the value is the hiring saved plus the kept rent over the tenure. */
    @Test
    void withoutObservationsTheOutsidePostYieldsNothing() {
        World world = world();
        assertEquals(0.0, TrainedGraduateValue.outsideYield(world, 0), 0.0);
        assertEquals(savedHiring(world) + 0.15 * world.retention.expectedTenure(0), value(world), 1e-12);
    }

    /** Outside hires that yielded what kept graduates do leave only the hiring saved. */
    @Test
    void equalYieldsLeaveOnlyTheHiringSaved() {
        World world = world();
        world.outsideHires.record(0, 0.45, 3);
        assertEquals(0.15, world.outsideHires.observedRent(0, -1.0), 1e-12);
        assertEquals(savedHiring(world), value(world), 1e-12);
    }

    /** The less outside hires have yielded, the more a kept graduate is worth; one month's difference counts over the expected tenure. */
    @Test
    void valueRisesWhenOutsideHiresYieldedLess() {
        World good = world();
        good.outsideHires.record(0, 0.3, 3);
        World poor = world();
        poor.outsideHires.record(0, -0.3, 3);
        double tenure = good.retention.expectedTenure(0);
        assertTrue(value(poor) > value(good));
        assertEquals(0.2 * tenure, value(poor) - value(good), 1e-9);
    }

    /** Outside hires who leave a post to fill cost the hiring process again, at the rate they left. */
    @Test
    void outsideHiresWhoLeaveCostAnotherHiringProcess() {
        World world = world();
        Employer firm = new Employer(0, world.occupations[0], 50, 1.0);
        YoungPerson hire = employee(firm);
        double before;
        world.outsideHires.record(0, 0.45, 3);
        before = value(world);
        world.outsideHires.leaves(hire);
        world.outsideHires.record(0, 0.0, 1);
        assertEquals(0.25, world.outsideHires.leavingRate(0, -1.0), 1e-12, "one leaver over four hire-months");
        double tenure = world.retention.expectedTenure(0);
        double rentNow = 0.45 / 4;
        double expected = before + (0.15 - rentNow + 0.25 * TrainedGraduateValue.recruitmentCost(world)) * tenure;
        assertEquals(expected, value(world), 1e-9);
    }

    /** Only young employees their employer neither trained nor hosted as interns count as outside hires. */
    @Test
    void ownApprenticesAndInternsAreNotOutsideHires() {
        World world = world();
        Employer firm = new Employer(0, world.occupations[0], 50, 1.0);
        YoungPerson hire = employee(firm);
        assertTrue(OutsideHires.isOutsideHire(hire));
        hire.trainingFirm = firm;
        assertFalse(OutsideHires.isOutsideHire(hire));
        hire.trainingFirm = null;
        hire.internAt = firm;
        assertFalse(OutsideHires.isOutsideHire(hire));
        world.outsideHires.leaves(hire);
        world.outsideHires.record(0, 0.0, 1);
        assertEquals(0.0, world.outsideHires.leavingRate(0, -1.0), 0.0);
    }

    /** The value never falls below nothing, however much outside hires yielded. */
    @Test
    void valueIsAtLeastZero() {
        World world = world();
        world.outsideHires.record(0, 30.0, 3);
        assertEquals(0.0, value(world), 0.0);
    }

    private static YoungPerson employee(Employer firm) {
        YoungPerson person = new YoungPerson(1, 0, 0.0);
        person.employer = firm;
        person.setStatus(Status.EMPLOYED);
        return person;
    }
    /**
     * A hire through the market leaves its post empty for the months measured per hire in the
     * occupation, each costing the rent forgone and the output lost beyond the wage
     * ({@code empty_post_loss}); a kept graduate saves that with the hiring process.
     */
    @Test
    void postsLeftEmptyRaiseTheCostOfAHireByTheirMonthsTimesTheRentAndTheLoss() {
        World world = world();
        world.outsideHires.record(0, 0.45, 3);
        double loss = world.scenario.labourMarket().emptyPostLoss();
        assertTrue(loss > 0, "the German preset prices an empty post");
        double before = value(world);
        assertEquals(TrainedGraduateValue.recruitmentCost(world), TrainedGraduateValue.hireCost(world, 0), 1e-12,
                "no vacancy seen yet: only the hiring process");
        world.outsideHires.recordVacancies(0, 6, 10);
        assertEquals(0.6, world.outsideHires.emptyMonthsPerHire(0), 1e-12);
        assertEquals(TrainedGraduateValue.recruitmentCost(world) + 0.6 * (loss + 0.15), TrainedGraduateValue.hireCost(world, 0), 1e-12);
        assertTrue(value(world) > before, "a kept graduate, who fills the post at once, is worth more");
    }

    /** Where every post is filled within the month it falls vacant, an empty post adds nothing, whatever it would cost. */
    @Test
    void postsThatNeverStandEmptyAddNothing() {
        World world = world();
        world.outsideHires.record(0, 0.45, 3);
        world.outsideHires.recordVacancies(0, 0, 10);
        assertEquals(TrainedGraduateValue.recruitmentCost(world), TrainedGraduateValue.hireCost(world, 0), 1e-12);
    }

    /** The more an empty month costs, the more a kept graduate is worth: with no loss beyond the rent, less. */
    @Test
    void aLargerLossPerEmptyMonthRaisesTheValueOfAKeptGraduate() {
        World priced = world();
        World rentOnly = new World(ScenarioLoader.load(Path.of("germany-dual"),
                List.of("population.young_people=20000", "labour_market.empty_post_loss=0")), 1);
        rentOnly.retention.recordRent(0, 0.3, 2);
        for (World w : List.of(priced, rentOnly)) {
            w.outsideHires.record(0, 0.3, 3);
            w.outsideHires.recordVacancies(0, 6, 10);
        }
        assertTrue(value(priced) > value(rentOnly), value(priced) + " vs " + value(rentOnly));
        assertEquals(TrainedGraduateValue.recruitmentCost(rentOnly) + 0.6 * 0.1, TrainedGraduateValue.hireCost(rentOnly, 0), 1e-12,
                "without a loss, an empty month costs the rent alone");
    }
}
