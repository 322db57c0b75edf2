package org.vetsim.gui;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vetsim.metrics.MonthReport;
import org.vetsim.scenario.Scenario;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The Console opens, runs 24 months, and charts what a headless run with the same seed reports. */
class ConsoleRunTest {
    private static final long SEED = 42;

    @BeforeAll
    static void needsDisplay() {
        GuiHarness.assumeDisplay();
    }

    @Test
    void runsTwentyFourMonthsAndChartsEveryOne() throws Exception {
        Scenario scenario = GuiTestScenarios.small(2);
        List<MonthReport> collected = new CopyOnWriteArrayList<>();
        try (GuiHarness harness = GuiHarness.open(scenario, SEED)) {
            harness.gui.addReportListener(collected::add);
            harness.playToEnd(Duration.ofSeconds(60));
            assertEquals(24, collected.size());
            LiveCharts charts = harness.gui.charts();
            for (int c = 0; c < charts.specs().size(); c++) {
                for (int s = 0; s < charts.specs().get(c).series().size(); s++) {
                    assertEquals(24, charts.series(c, s).getItemCount(), charts.specs().get(c).title());
                }
            }
            GuiHarness.screenshot(Path.of("target/gui-screenshot.png"));
            GuiHarness.screenshot(harness.gui.display().frame(), Path.of("target/gui-system.png"));
            GuiHarness.screenshot(harness.gui.chartsFrame().frame(), Path.of("target/gui-charts.png"));
            GuiHarness.screenshot(harness.console, Path.of("target/gui-console.png"));
        }
    }
}
