package org.vetsim.model;

import org.junit.jupiter.api.Test;
import org.vetsim.io.scenario.ScenarioLoader;
import org.vetsim.scenario.Parenthood;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Young mothers' participation choice, decided by hand on people of a settled economy: the
 * childcare cost and the value of caring herself against a job, the re-decision when the child
 * reaches the care age, paid leave that keeps the job until it ends (and breaks the register's
 * employment spell once), and a mother who cannot get care. The economy is the baseline without births; the tests make mothers and set the
 * parenthood settings in force.
 */
class MotherhoodTest {
    private static final int CARE_AGE = 36;

    private static World settled() {
        return TestWorlds.settled(ScenarioLoader.load(Path.of("baseline"),
                List.of("population.young_people=3000", "labour_market.participation.circumstance_change_rate=0")), 1);
    }

    /** Puts parenthood settings in force: no births drawn (the tests make mothers), this cost, value of own care and leave. */
    private static void inForce(World world, double childcareCost, double careValue, int leaveMonths) {
        world.scenario = world.scenario.withParenthood(new Parenthood(0, 0, 0, CARE_AGE, childcareCost, careValue, leaveMonths, 1.0));
    }

    private static YoungPerson employee(World world, YoungPerson not) {
        for (YoungPerson person : world.people) {
            if (person.status == Status.EMPLOYED && person != not && !person.female) {
                return person;
            }
        }
        throw new AssertionError("nobody employed");
    }

    /** The first young man in work who is looking for another job from it. */
    private static YoungPerson leavingEmployee(World world) {
        for (YoungPerson person : world.people) {
            if (person.status == Status.EMPLOYED && !person.female && person.searchingOnJob) {
                return person;
            }
        }
        throw new AssertionError("nobody leaving a job");
    }

    /** Makes {@code person} a woman whose youngest child was born {@code monthsAgo} months ago. */
    private static YoungPerson mother(World world, YoungPerson person, int monthsAgo, boolean careAvailable) {
        person.female = true;
        person.youngestChildBorn = world.month - monthsAgo;
        person.careAvailable = careAvailable;
        return person;
    }

    private static void valueAt(World world, YoungPerson person, double value) {
        person.nonMarketFactor = value / (world.scenario.labourMarket().participation().nonMarketValue() * world.meanProductivity);
    }

    @Test
    void aMotherWithCostlyChildcareStaysHomeAndWithCheapChildcareLooksForWorkAndTakesIt() {
        World world = settled();
        YoungPerson mother = mother(world, TestWorlds.outOfWork(world), 6, true);
        double wage = ParticipationChoice.expectedWage(world, mother);
        valueAt(world, mother, 0.3 * wage);
        inForce(world, 0.0, 0.0, 0);
        ParticipationChoice.decide(world, mother, false);
        assertEquals(Status.UNEMPLOYED, mother.status, "free care and no value put on caring herself: she searches as anyone would");

        inForce(world, 0.8 * wage, 0.0, 0);
        ParticipationChoice.decide(world, mother, false);
        assertEquals(Status.INACTIVE, mother.status, "childcare costing most of the wage she expects: she stays home");
        assertFalse(ParticipationChoice.takes(world, mother, wage, 0.0), "nor does she take a job at that wage");

        inForce(world, 0.1 * wage, 0.0, 0);
        ParticipationChoice.decide(world, mother, false);
        assertEquals(Status.UNEMPLOYED, mother.status, "cheap childcare: she looks for work");
        assertTrue(ParticipationChoice.takes(world, mother, wage, 0.0), "and takes a job at the wage she expects");

        double productivity = world.meanProductivity;
        inForce(world, 0.0, wage / productivity, 0);
        ParticipationChoice.decide(world, mother, false);
        assertEquals(Status.INACTIVE, mother.status, "free care, but caring herself is worth the wage to her: she stays home");
    }

    @Test
    void whenHerChildReachesTheCareAgeAMotherWhoStayedHomeDecidesAgain() {
        World world = settled();
        YoungPerson mother = mother(world, TestWorlds.outOfWork(world), CARE_AGE - 1, true);
        double wage = ParticipationChoice.expectedWage(world, mother);
        valueAt(world, mother, 0.3 * wage);
        inForce(world, 2 * wage, 0.2, 0);
        ParticipationChoice.decide(world, mother, false);
        assertEquals(Status.INACTIVE, mother.status, "a month before the care age the cost keeps her home");
        int month = world.month;
        world.month++;
        ParticipationChoice.decide(world, mother, false);
        assertEquals(Status.UNEMPLOYED, mother.status, "at the care age care is generally available: she looks for work");
        assertEquals(0.0, Motherhood.costOfWorking(world, mother), 0.0);
        world.month = month;
    }

    @Test
    void aMotherEmployedAtTheBirthKeepsHerJobThroughPaidLeaveAndThenChooses() {
        World world = settled();
        YoungPerson costly = employee(world, null);
        YoungPerson cheap = employee(world, costly);
        Employer employer = costly.employer;
        double wage = world.wageOf(costly) + Math.abs(costly.jobFit);
        int month = world.month;
        inForce(world, 5 * wage, 0.0, 6);
        costly.female = true;
        Births.born(world, costly, true);
        assertEquals(month + 6, costly.leaveEnds);
        for (int m = 0; m < 6; m++) {
            assertTrue(Motherhood.onLeave(world, costly));
            ParticipationChoice.decide(world, costly, true);
            assertEquals(Status.EMPLOYED, costly.status, "on paid leave in month " + m + ": she keeps the job, whatever her circumstances");
            world.month++;
        }
        assertFalse(Motherhood.onLeave(world, costly));
        ParticipationChoice.decide(world, costly, false);
        assertEquals(Status.INACTIVE, costly.status, "when the leave ends, care costing more than the job: she leaves it");
        assertFalse(employer.youngStaff.contains(costly), "off the staff list");

        world.month = month;
        inForce(world, 0.0, 0.0, 6);
        cheap.female = true;
        Births.born(world, cheap, true);
        world.month += 6;
        ParticipationChoice.decide(world, cheap, false);
        assertEquals(Status.EMPLOYED, cheap.status, "free care: she goes back to the job");
        world.month = month;
    }

    /** Breaks of employment spells as the register counts them, from the month's flows so far. */
    private static int breaks(World world) {
        return world.flows.youngBreaks();
    }

    @Test
    void aPaidLeaveBreaksTheRegistersSpellOnceWhetherTheMotherGoesBackOrLeaves() {
        World world = settled();
        YoungPerson leaving = employee(world, null);
        YoungPerson back = employee(world, leaving);
        double wage = world.wageOf(leaving) + Math.abs(leaving.jobFit);
        int month = world.month;
        inForce(world, 5 * wage, 0.0, 6);
        leaving.female = true;
        int before = breaks(world);
        Births.born(world, leaving, true);
        assertEquals(before + 1, breaks(world), "the spell breaks when her leave begins");
        world.month += 6;
        assertTrue(Motherhood.leaveBegun(world, leaving), "in the month her leave ends");
        ParticipationChoice.decide(world, leaving, false);
        assertEquals(Status.INACTIVE, leaving.status);
        assertEquals(before + 1, breaks(world), "leaving the job when the leave ends is the same break");

        world.month = month;
        inForce(world, 0.0, 0.0, 6);
        back.female = true;
        Births.born(world, back, true);
        world.month += 6;
        ParticipationChoice.decide(world, back, false);
        assertEquals(Status.EMPLOYED, back.status, "free care: she goes back");
        assertEquals(before + 2, breaks(world), "going back after the leave: one break");
        world.month++;
        assertFalse(Motherhood.leaveBegun(world, back), "back at work");
        world.layOff(back);
        assertEquals(before + 3, breaks(world), "a later separation is a break of its own");
        world.month = month;
    }

    /** A man in work, made a woman whose child is born now, under the settings of childcare cost {@code cost} and {@code leave} months of paid leave. */
    private static YoungPerson birthAtWork(World world, YoungPerson not, double cost, int leave) {
        YoungPerson mother = employee(world, not);
        mother.female = true;
        inForce(world, cost, 0.0, leave);
        Births.born(world, mother, true);
        return mother;
    }

    @Test
    void aBirthDuringHerLeaveExtendsItWithoutASecondBreak() {
        World world = settled();
        int before = breaks(world);
        YoungPerson mother = birthAtWork(world, null, 0.0, 6);
        int month = world.month;
        world.month += 4;
        Births.born(world, mother, true);
        assertEquals(world.month + 6, mother.leaveEnds, "the leave runs from the second birth");
        assertEquals(before + 1, breaks(world), "one absence, one break");
        world.month = month;
    }

    @Test
    void hiredAwayAsHerLeaveEndsSheMakesNoDirectMove() {
        World world = settled();
        YoungPerson mother = birthAtWork(world, null, 0.0, 6);
        Employer other = world.employers.stream().filter(e -> e != mother.employer).findFirst().orElseThrow();
        int month = world.month;
        world.month += 6;
        int moves = world.flows.youngJobToJobMoves;
        int before = breaks(world);
        world.hire(mother, other, world.wageOf(mother), mother.jobFit);
        assertEquals(moves, world.flows.youngJobToJobMoves, "her spell broke when the leave began: no direct move");
        assertEquals(before, breaks(world), "and no second break");
        YoungPerson colleague = employee(world, mother);
        Employer third = world.employers.stream().filter(e -> e != colleague.employer).findFirst().orElseThrow();
        world.hire(colleague, third, world.wageOf(colleague), colleague.jobFit);
        assertEquals(moves + 1, world.flows.youngJobToJobMoves, "an employee not on leave moves directly");
        world.month = month;
    }

    @Test
    void withoutPaidLeaveABirthBreaksNoSpell() {
        World world = settled();
        int before = breaks(world);
        YoungPerson mother = birthAtWork(world, null, 0.0, 0);
        assertFalse(Motherhood.leaveBegun(world, mother));
        assertEquals(before, breaks(world), "no leave, no break");
        world.layOff(mother);
        assertEquals(before + 1, breaks(world), "her separation is the break");
    }

    @Test
    void withoutPaidLeaveAMotherChoosesInTheMonthOfTheBirth() {
        World world = settled();
        YoungPerson mother = employee(world, null);
        mother.female = true;
        inForce(world, 5 * (world.wageOf(mother) + Math.abs(mother.jobFit)), 0.0, 0);
        Births.born(world, mother, true);
        assertFalse(Motherhood.onLeave(world, mother));
        ParticipationChoice.decide(world, mother, false);
        assertEquals(Status.INACTIVE, mother.status);
    }

    @Test
    void aMotherWhoCannotGetCareCannotWorkUntilTheCareAge() {
        World world = settled();
        YoungPerson mother = mother(world, TestWorlds.outOfWork(world), CARE_AGE - 1, false);
        double wage = ParticipationChoice.expectedWage(world, mother);
        valueAt(world, mother, 0.1 * wage);
        inForce(world, 0.0, 0.0, 0);
        ParticipationChoice.decide(world, mother, false);
        assertEquals(Status.INACTIVE, mother.status, "no care to be had: not available for work");
        assertFalse(ParticipationChoice.takes(world, mother, 100 * wage, 0.0), "whatever the wage");
        mother.careAvailable = true;
        ParticipationChoice.decide(world, mother, false);
        assertEquals(Status.UNEMPLOYED, mother.status, "the same mother with care to be had searches");
        mother.careAvailable = false;
        int month = world.month;
        world.month++;
        ParticipationChoice.decide(world, mother, false);
        assertEquals(Status.UNEMPLOYED, mother.status, "from the care age she searches");
        world.month = month;
    }

    @Test
    void aMotherOnPaidLeaveDoesNotQuitEvenWhereOthersDo() {
        World world = settled();
        YoungPerson mother = employee(world, null);
        Employer employer = mother.employer;
        world.scenario = ScenarioLoader.load(Path.of("baseline"), List.of("population.young_people=3000",
                "labour_market.participation.circumstance_change_rate=0", "labour_market.quit_rate=0.5"))
                .withParenthood(new Parenthood(0, 0, 0, CARE_AGE, 0.0, 0.0, 6, 1.0));
        mother.female = true;
        Births.born(world, mother, true);
        Separations separations = new Separations();
        separations.begin(world);
        for (int i = 0; i < 20; i++) {
            separations.apply(world, mother);
        }
        assertEquals(Status.EMPLOYED, mother.status);
        assertTrue(employer.youngStaff.contains(mother) && !mother.searchingOnJob, "on leave she neither quits nor searches");
        int quit = 0;
        int others = 0;
        for (YoungPerson other : world.people) {
            if (others < 100 && other != mother && other.status == Status.EMPLOYED && !other.female && !other.searchingOnJob) {
                others++;
                separations.apply(world, other);
                quit += other.searchingOnJob || other.status != Status.EMPLOYED ? 1 : 0;
            }
        }
        assertEquals(100, others, "a hundred other employees");
        assertTrue(quit > 0, "with a quit rate of one half others quit: " + quit + " of 100");
    }

    @Test
    void aMotherWhoWasLeavingHerJobStopsSearchingWhenHerLeaveBegins() {
        World world = settled();
        YoungPerson mother = leavingEmployee(world);
        world.scenario = world.scenario.withParenthood(new Parenthood(0, 0, 0, CARE_AGE, 0.0, 0.0, 6, 1.0));
        mother.female = true;
        Births.born(world, mother, true);
        assertEquals(Status.EMPLOYED, mother.status);
        assertTrue(!mother.searchingOnJob, "on leave she looks for no other job");
        assertTrue(Motherhood.onLeave(world, mother));
    }

    @Test
    void aWomanWhoseChildIsBornBeforeAJobSheAcceptedStartsChoosesAgainWhenItStarts() {
        World world = settled();
        inForce(world, 0.0, 0.0, 6);
        YoungPerson person = TestWorlds.outOfWork(world);
        person.setStatus(Status.UNEMPLOYED);
        Employer employer = world.employers.get(0);
        JobOffers.promise(world, person, employer, 0.7, 0.05);
        person.female = true;
        world.month++;
        Births.born(world, person, false);
        JobOffers.start(world, person);
        assertEquals(world.month, person.leaveEnds, "she chooses this month");
        ParticipationChoice.decide(world, person, false);
        assertEquals(Status.INACTIVE, person.status, "without care for the child she cannot work");
        world.month--;
    }

    @Test
    void aMotherOnPaidLeaveLearnsNothingAtWorkAndLearnsAgainWhenSheIsBack() {
        World world = settled();
        inForce(world, 0.0, 0.0, 12);
        YoungPerson mother = mother(world, employee(world, null), 1, true);
        mother.firmSkill = 0.2;
        mother.proficiency = 0.3;
        mother.leaveEnds = world.month + 11;
        WorkplaceLearning learning = new WorkplaceLearning();
        learning.begin(world);
        learning.apply(world, mother);
        assertEquals(0.2, mother.firmSkill, 0.0, "no firm-specific skill learnt on leave");
        assertEquals(0.3, mother.proficiency, 0.0, "no proficiency learnt on leave");
        mother.leaveEnds = world.month;
        learning.apply(world, mother);
        assertTrue(mother.firmSkill > 0.2, "back at work she learns again");
    }
}
