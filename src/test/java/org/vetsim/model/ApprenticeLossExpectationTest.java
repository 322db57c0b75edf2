package org.vetsim.model;

import org.junit.jupiter.api.Test;
import org.vetsim.io.scenario.ScenarioLoader;
import org.vetsim.scenario.Scenario;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What employers without training contracts expect to lose of an apprentice to other employers in
 * a month: the chance that an apprentice looks for another job ({@code breach_rate}) times the
 * share of the apprentices who looked over the last year that another employer hired, as they
 * have seen it; where none looked, times the young job seekers' finding rate at the applications
 * of one searching from a job. Under training contracts nothing, and converted adult staff, who
 * leave at the adult separation rate, are not expected to be hired away as apprentices.
 */
class ApprenticeLossExpectationTest {
    private static World built(String contracts) {
        Scenario scenario = ScenarioLoader.load(Path.of("uk-partnership"), List.of("population.young_people=2000",
                "engagement.cooperation_contracts.training_contracts=" + contracts));
        World world = new World(scenario, 3);
        new WorldBuilder(world).build();
        return world;
    }

    @Test
    void whereNobodyLookedTheSearchChanceTimesTheFindingRateOfOneSearchingFromAJob() {
        World world = built("false");
        double breach = world.engagement.cooperationContracts().breachRate();
        double intensity = world.scenario.labourMarket().onTheJobSearchIntensity();
        assertEquals(breach * ParticipationChoice.marketFindingRate(world) * intensity, world.expectedApprenticeLoss(), 1e-12);
        assertTrue(world.expectedApprenticeLoss() < breach, "less than the chance of looking");
    }

    @Test
    void thenTheShareOfThoseWhoLookedWhomAnotherEmployerHiredAndItMovesTheExpectedCompletion() {
        World world = built("false");
        double breach = world.engagement.cooperationContracts().breachRate();
        world.apprenticeLossWindow.push(3, 100);
        assertEquals(breach * 0.03, world.expectedApprenticeLoss(), 1e-12);
        double seldom = world.apprenticeshipEconomics(false).completion();
        world.apprenticeLossWindow.push(97, 100);
        assertEquals(breach * 0.5, world.expectedApprenticeLoss(), 1e-12, "over the whole window");
        double often = world.apprenticeshipEconomics(false).completion();
        assertTrue(often < seldom - 0.1, "completion expected " + seldom + " then " + often);
    }

    @Test
    void withTrainingContractsNobodyIsExpectedToBeHiredAway() {
        World world = built("true");
        double before = world.apprenticeshipEconomics(false).completion();
        world.apprenticeLossWindow.push(90, 100);
        assertEquals(0.0, world.expectedApprenticeLoss(), 0.0);
        assertEquals(before, world.apprenticeshipEconomics(false).completion(), 0.0);
    }

    @Test
    void convertedStaffAreAdultEmployeesWhomNoApprenticeLossAwaits() {
        World world = built("false");
        double staff = world.convertedStaffEconomics(false).completion();
        world.apprenticeLossWindow.push(90, 100);
        assertEquals(staff, world.convertedStaffEconomics(false).completion(), 0.0, "their leaving is the adult separation rate");
        assertTrue(world.apprenticeshipEconomics(false).completion() < staff - 0.1, "an apprentice may be hired away");
    }

    @Test
    void aRunCountsTheApprenticesWhoLookedAndThoseHiredAway() {
        // half the apprentices look each month, so that some are hired away within the year
        World world = TestWorlds.settled(ScenarioLoader.load(Path.of("uk-partnership"), List.of("population.young_people=5000",
                "simulation.warmup_years=20", "engagement.cooperation_contracts.breach_rate=0.5")), 1);
        assertTrue(world.apprenticeLossWindow.denominatorSum() > 0, "apprentices without contracts looked for other jobs");
        assertTrue(world.apprenticeLossWindow.numeratorSum() > 0, "and other employers hired some of them: " + world.apprenticeLossWindow.numeratorSum() + " of " + world.apprenticeLossWindow.denominatorSum());
        assertTrue(world.apprenticeLossWindow.ratio() < 0.5, "but far from all: " + world.apprenticeLossWindow.ratio());
        assertTrue(world.expectedApprenticeLoss() < world.engagement.cooperationContracts().breachRate());
    }
}
