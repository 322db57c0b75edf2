package org.vetsim.gui;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vetsim.metrics.MonthReport;
import org.vetsim.scenario.Scenario;

import javax.swing.JMenu;
import javax.swing.JMenuBar;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The Console opens and runs 24 months; every chart series holds 24 points; with untouched
 * levers the reports and the charted values equal those of a headless run with the same seed.
 */
class ConsoleRunTest {
    private static final long SEED = 42;

    @BeforeEach
    void needsDisplay() {
        GuiHarness.assumeDisplay();
    }

    @Test
    void runsTwentyFourMonthsAndChartsWhatAHeadlessRunReports() throws Exception {
        Scenario scenario = GuiTestScenarios.small(2);
        List<MonthReport> headless = GuiTestScenarios.headless(scenario, SEED);
        List<MonthReport> collected = new CopyOnWriteArrayList<>();
        try (GuiHarness harness = GuiHarness.open(scenario, SEED)) {
            harness.gui.addReportListener(collected::add);
            harness.playToEnd(Duration.ofSeconds(120));

            assertEquals(24, collected.size());
            for (int m = 0; m < 24; m++) {
                MonthReport gui = collected.get(m);
                MonthReport alone = headless.get(m);
                assertEquals(alone.month(), gui.month());
                assertArrayEquals(alone.values(), gui.values(), "month " + alone.month());
                for (int o = 0; o < alone.byOccupation().length; o++) {
                    assertArrayEquals(alone.byOccupation()[o], gui.byOccupation()[o]);
                }
            }
            LiveCharts charts = harness.gui.charts();
            for (int c = 0; c < charts.specs().size(); c++) {
                ChartSpec spec = charts.specs().get(c);
                for (int s = 0; s < spec.series().size(); s++) {
                    var series = charts.series(c, s);
                    assertEquals(24, series.getItemCount(), spec.title() + ": " + spec.series().get(s).name());
                    for (int m = 0; m < 24; m++) {
                        assertEquals(m + 1, series.getX(m).intValue());
                        assertEquals(spec.series().get(s).value().applyAsDouble(headless.get(m)),
                                series.getY(m).doubleValue(), 0.0, spec.title() + " month " + (m + 1));
                    }
                }
            }
            GuiHarness.screenshot(Path.of("target/gui-screenshot.png"));
            JMenuBar menus = harness.console.getJMenuBar();
            JMenu scenarioMenu = menus.getMenu(1);
            assertEquals("Scenario", scenarioMenu.getText());
            assertEquals(List.of("Open Scenario File...", "Export Charts as PNG..."),
                    List.of(scenarioMenu.getItem(0).getText(), scenarioMenu.getItem(1).getText()));
            JMenu file = menus.getMenu(0);
            for (int i = 0; i < file.getItemCount(); i++) {
                if (file.getItem(i) != null && file.getItem(i).getText().startsWith("Save")) {
                    assertFalse(file.getItem(i).isVisible(), "MASON's checkpoint items are hidden");
                }
            }
            assertEquals("Model", harness.console.getTabPane().getTitleAt(
                    harness.console.getTabPane().getSelectedIndex()), "opens on the Model tab");
        }
    }
}
