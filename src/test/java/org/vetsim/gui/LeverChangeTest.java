package org.vetsim.gui;

import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vetsim.metrics.MonthReport;
import org.vetsim.scenario.Engagement;
import org.vetsim.scenario.FinancialIncentives;
import org.vetsim.scenario.Reform;
import org.vetsim.scenario.Scenario;
import sim.display.Console;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Levers changed in the Model tab while the model is paused after output month 6 are in force from
 * month 7 on, exactly as a scenario reform at month 7 would be, and are marked on the charts.
 */
class LeverChangeTest {
    private static final long SEED = 7;
    private static final int WARMUP_MONTHS = 12;

    @BeforeEach
    void needsDisplay() {
        GuiHarness.assumeDisplay();
    }

    @Test
    void aLeverChangedAfterMonthSixIsInForceFromMonthSeven() throws Exception {
        Scenario scenario = GuiTestScenarios.small(2);
        List<MonthReport> collected = new CopyOnWriteArrayList<>();
        Map<Integer, Engagement> inForce = new ConcurrentHashMap<>();
        try (GuiHarness harness = GuiHarness.open(scenario, SEED)) {
            harness.gui.addReportListener(report -> {
                collected.add(report);
                inForce.put(report.month(), harness.gui.model().engagement());
            });
            harness.console.setWhenShouldPause(WARMUP_MONTHS + 6);
            GuiHarness.onEdt(harness.console::pressPlay);
            GuiHarness.waitUntil("the Console pauses after month 6", Duration.ofSeconds(60),
                    () -> GuiHarness.onEdtGet(() -> harness.console.getPlayState() == Console.PS_PAUSED));
            assertEquals(6, collected.size());

            EngagementLevers levers = harness.gui.levers();
            levers.setApprenticeships(true);
            levers.setSubsidyPerPlace(6.0);
            assertTrue(levers.isApprenticeships(), "the Model tab shows the requested change at once");
            assertFalse(harness.gui.model().engagement().workBasedLearning().apprenticeships(),
                    "the change waits for the next month");

            GuiHarness.onEdt(harness.console::pressPause);
            GuiHarness.waitUntil("the run ends", Duration.ofSeconds(120), () -> harness.gui.model().isComplete()
                    && GuiHarness.onEdtGet(() -> harness.console.getPlayState() == Console.PS_STOPPED));
            GuiHarness.onEdt(() -> harness.gui.charts().drain());

            assertEquals(24, collected.size());
            for (int month = 1; month <= 24; month++) {
                FinancialIncentives incentives = inForce.get(month).financialIncentives();
                assertEquals(month >= 7, inForce.get(month).workBasedLearning().apprenticeships(), "month " + month);
                assertEquals(month >= 7 ? 6.0 : 0.0, incentives.subsidyPerPlace(), "month " + month);
            }
            Engagement reformed = scenario.engagement()
                    .withWorkBasedLearning(inForce.get(7).workBasedLearning())
                    .withFinancialIncentives(inForce.get(7).financialIncentives());
            List<MonthReport> scripted = GuiTestScenarios.headless(
                    scenario.withReforms(List.of(new Reform(7, scenario.withReforms(List.of()).withEngagement(reformed)))), SEED);
            for (int m = 0; m < 24; m++) {
                assertArrayEquals(scripted.get(m).values(), collected.get(m).values(), "month " + (m + 1));
            }
            XYPlot plot = (XYPlot) harness.gui.charts().generators().get(0).getChart().getPlot();
            var markers = plot.getDomainMarkers(org.jfree.ui.Layer.FOREGROUND);
            assertEquals(1, markers.size(), "the changes of one month share a marker");
            ValueMarker marker = (ValueMarker) markers.iterator().next();
            assertEquals(7.0, marker.getValue());
            assertEquals("Apprenticeships on, Subsidy per place 6", marker.getLabel());
            GuiHarness.screenshot(Path.of("target/gui-screenshot-levers.png"));
        }
    }
}
