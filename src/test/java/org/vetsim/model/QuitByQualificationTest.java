package org.vetsim.model;

import org.junit.jupiter.api.Test;
import org.vetsim.io.scenario.ScenarioException;
import org.vetsim.io.scenario.ScenarioLoader;
import org.vetsim.metrics.Metric;
import org.vetsim.metrics.MonthReport;
import org.vetsim.scenario.LabourMarketSettings;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Young employees without a vocational certificate or a degree quit at their own, higher rate. */
class QuitByQualificationTest {

    private static YoungPerson certified(World world) {
        YoungPerson person = new YoungPerson(1, 0, 0.0);
        person.certifiedIn = world.occupations[0];
        return person;
    }

    private static YoungPerson graduate(World world) {
        YoungPerson person = new YoungPerson(2, 0, 0.0);
        person.degreeIn = world.occupations[1];
        return person;
    }

    @Test
    void theUnqualifiedQuitAtTheRatioTimesTheQualifiedRate() {
        World world = TestWorlds.settled(TestScenarios.small("labour_market.quit_rate=0.03",
                "labour_market.unqualified_quit_ratio=2.5"), 1);
        LabourMarketSettings market = world.scenario.labourMarket();
        assertEquals(0.03, market.quitRate(certified(world).qualified()), 1e-12, "a vocational certificate");
        assertEquals(0.03, market.quitRate(graduate(world).qualified()), 1e-12, "a degree");
        assertEquals(0.075, market.quitRate(new YoungPerson(3, 0, 0.0).qualified()), 1e-12, "neither");
    }

    @Test
    void aJobIsWorthFewerMonthsToOneWhoWillLeaveItSooner() {
        World world = TestWorlds.settled(TestScenarios.small("labour_market.unqualified_quit_ratio=2.5"), 1);
        YoungPerson unqualified = new YoungPerson(3, 0, 0.0);
        assertTrue(ParticipationChoice.jobMonths(world, unqualified) < ParticipationChoice.jobMonths(world, certified(world)));
        World alike = TestWorlds.settled(TestScenarios.small(), 1);
        assertEquals(ParticipationChoice.jobMonths(alike, certified(alike)), ParticipationChoice.jobMonths(alike, unqualified), 1e-12,
                "at a ratio of 1 qualification does not matter");
    }

    @Test
    void moreUnqualifiedQuitsSendMoreYoungEmployeesIntoUnemployment() {
        for (long seed = 1; seed <= 3; seed++) {
            List<MonthReport> alike = TestScenarios.run(TestScenarios.small(), seed);
            List<MonthReport> apart = TestScenarios.run(TestScenarios.small("labour_market.unqualified_quit_ratio=3"), seed);
            assertTrue(TestScenarios.mean(apart, Metric.FLOW_E_TO_U_15_24, 13) > TestScenarios.mean(alike, Metric.FLOW_E_TO_U_15_24, 13),
                    "seed " + seed + ": more young employees become unemployed");
        }
    }

    @Test
    void aRatioThatWouldPushTheUnqualifiedRateAboveOneHalfIsRejected() {
        String message = assertThrows(ScenarioException.class, () -> ScenarioLoader.loadDefault(
                List.of("labour_market.quit_rate=0.2", "labour_market.unqualified_quit_ratio=3"))).getMessage();
        assertTrue(message.contains("unqualified_quit_ratio") && message.contains("0.6"), message);
    }
}
