package org.vetsim.model;

import org.junit.jupiter.api.Test;
import org.vetsim.io.scenario.ScenarioLoader;
import org.vetsim.scenario.LabourMarketSettings;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Employers' expected openings count every separation of a young employee that leaves a post to
 * fill, moves to another employer included, at the rate observed over the last year; layoffs,
 * whose posts go with demand, and an apprentice kept on by the training firm leave none.
 */
class YoungPostLeavingTest {

    private static World settledGermany() {
        return TestWorlds.settled(ScenarioLoader.load(Path.of("germany-dual"), List.of("population.young_people=3000")), 1);
    }

    private static YoungPerson employee(World world, Employer employer) {
        YoungPerson person = new YoungPerson(-1, world.month - 22 * 12, 0.0);
        person.setStatus(Status.UNEMPLOYED);
        world.hire(person, employer, 0.5, 0.0);
        return person;
    }

    @Test
    void aHandBuiltFirmExpectsItsYoungStaffToLeaveAtTheObservedRate() {
        World world = settledGermany();
        Employer firm = world.employers.stream().max(Comparator.comparingInt(e -> e.youngStaff.size())).orElseThrow();
        int young = firm.youngStaff.size();
        assertTrue(young >= 2, "a firm with young staff: " + young);
        for (int m = 0; m < 12; m++) {
            world.youngPostLeavingWindow.push(m == 0 ? 30 : 0, 100);
        }
        firm.adultStaff = 0;
        firm.openingsMonth = Integer.MIN_VALUE;
        assertEquals(0.025, EmployerDecisions.youngPostLeavingRate(world), 1e-12, "30 posts left in 1,200 employee-months");
        assertEquals(12 * young * 0.025, EmployerDecisions.expectedOpeningsPerYear(world, firm), 1e-9,
                "openings a year: 12 x young staff x the monthly rate");
        firm.adultStaff = 40;
        firm.openingsMonth = Integer.MIN_VALUE;
        double adults = 40 * (world.adultSeparationRate(firm) + world.adults.retirementRate());
        assertEquals(12 * (adults + young * 0.025), EmployerDecisions.expectedOpeningsPerYear(world, firm), 1e-9,
                "adults add their separations and retirements");
    }

    @Test
    void beforeAnyYoungEmployeeEveryQuitAndDismissalCounts() {
        World world = new World(ScenarioLoader.load(Path.of("usa-partnership"), List.of("population.young_people=1000")), 3);
        LabourMarketSettings market = world.scenario.labourMarket();
        assertEquals(market.quitRate() + market.youngDismissalRate(), EmployerDecisions.youngPostLeavingRate(world), 0.0);
    }

    @Test
    void movesQuitsAndDismissalsLeavePostsLayoffsAndKeptApprenticesNone() {
        World world = settledGermany();
        Employer first = world.employers.get(0);
        Employer second = world.employers.get(1);
        YoungPerson person = employee(world, first);
        assertEquals(0, world.flows.postsLeftByYoung, "a hire from unemployment leaves no post");
        world.hire(person, second, 0.6, 0.0);
        assertEquals(1, world.flows.postsLeftByYoung, "a move to another employer leaves the post at the first");
        world.separate(person);
        assertEquals(2, world.flows.postsLeftByYoung, "a quit or dismissal leaves the post");
        YoungPerson laidOff = employee(world, first);
        int layoffs = world.flows.layoffs;
        world.layOff(laidOff);
        assertEquals(2, world.flows.postsLeftByYoung, "a layoff's post goes with demand");
        assertEquals(layoffs + 1, world.flows.layoffs);
        YoungPerson apprentice = new YoungPerson(-2, world.month - 19 * 12, 0.0);
        apprentice.setStatus(Status.APPRENTICE);
        apprentice.employer = first;
        first.apprentices.add(apprentice);
        first.apprentices.remove(apprentice);
        world.hire(apprentice, first, 0.5, 0.0);
        assertEquals(2, world.flows.postsLeftByYoung, "a graduate kept on takes a post, leaves none");
        world.separate(apprentice);
        assertEquals(3, world.flows.postsLeftByYoung);
    }

    @Test
    void quittersWhoSearchFromTheJobLeaveOnlyWhenHiredElsewhere() {
        double[] rates = new double[2];
        for (int share = 0; share <= 1; share++) {
            World world = TestWorlds.settled(ScenarioLoader.load(Path.of("germany-dual"),
                    List.of("population.young_people=3000", "labour_market.job_to_job_share=" + share,
                            "labour_market.young_dismissal_rate=0")), 1);
            rates[share] = EmployerDecisions.youngPostLeavingRate(world);
        }
        assertTrue(rates[1] > 0, "searching from the job, some are hired elsewhere and leave their posts: " + rates[1]);
        assertTrue(rates[1] < rates[0], "but fewer posts are left than when every quitter leaves at once: "
                + rates[1] + " against " + rates[0]);
    }
}
