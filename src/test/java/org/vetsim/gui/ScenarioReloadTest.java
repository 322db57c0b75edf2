package org.vetsim.gui;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vetsim.io.scenario.ScenarioLoader;
import org.vetsim.model.Status;
import org.vetsim.scenario.Scenario;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Another scenario can be loaded into the open Console, shows its legend at once and runs; the
 * charts export as PNG files.
 */
class ScenarioReloadTest {

    @BeforeEach
    void needsDisplay() {
        GuiHarness.assumeDisplay();
    }

    @Test
    void loadingAScenarioShowsItsLegendBeforePlay() throws Exception {
        try (GuiHarness harness = GuiHarness.open(GuiTestScenarios.small(1), 5)) {
            Scenario korea = ScenarioLoader.load(Path.of("scenarios/korea-corporate.yaml"), List.of("population.young_people=2000"));
            GuiHarness.onEdt(() -> harness.gui.setScenario(korea));
            assertTrue(GuiHarness.onEdtGet(() -> harness.gui.display().legend().statuses()).contains(Status.MILITARY_SERVICE),
                    "a scenario with conscription keys military service at once");
            Scenario dual = ScenarioLoader.load(Path.of("scenarios/germany-dual.yaml"), List.of("population.young_people=2000"));
            GuiHarness.onEdt(() -> harness.gui.setScenario(dual));
            assertFalse(GuiHarness.onEdtGet(() -> harness.gui.display().legend().statuses()).contains(Status.MILITARY_SERVICE),
                    "one without it does not");
        }
    }

    @Test
    void loadsAnotherScenarioAndExportsItsCharts(@TempDir Path folder) throws Exception {
        try (GuiHarness harness = GuiHarness.open(GuiTestScenarios.small(1), 5)) {
            harness.playToEnd(Duration.ofSeconds(60));
            Scenario dual = ScenarioLoader.load(Path.of("scenarios/germany-dual.yaml"),
                    List.of("population.young_people=2000", "simulation.warmup_years=1", "simulation.years=1"));
            GuiHarness.onEdt(() -> harness.gui.setScenario(dual));
            assertEquals(0, harness.gui.charts().series(0, 0).getItemCount(), "charts cleared on loading");

            harness.playToEnd(Duration.ofSeconds(60));

            assertEquals("germany-dual", harness.gui.model().scenario().name());
            assertEquals(12, harness.gui.charts().series(0, 0).getItemCount());
            List<File> files = GuiHarness.onEdtGet(() -> {
                try {
                    return harness.gui.charts().exportPng(folder, 900, 600);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertEquals(harness.gui.charts().specs().size(), files.size());
            for (File file : files) {
                BufferedImage image = ImageIO.read(file);
                assertNotNull(image, file.toString());
                assertEquals(900, image.getWidth());
            }
            GuiHarness.screenshot(harness.gui.display().frame(), Path.of("target/gui-system-germany-dual.png"));
        }
    }
}
