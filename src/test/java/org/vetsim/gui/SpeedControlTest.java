package org.vetsim.gui;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import sim.display.Console;

import javax.swing.JToggleButton;
import java.awt.Component;
import java.awt.Container;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The speed control sits at the top of the Model tab, beside the levers, with the default pace
 * chosen; one click gives full speed; a run at a chosen pace takes at least a month's time per
 * output month.
 */
class SpeedControlTest {

    @BeforeEach
    void needsDisplay() {
        GuiHarness.assumeDisplay();
    }

    @Test
    void theModelTabOffersPacesAndFullSpeedOneClickAway() throws Exception {
        try (GuiHarness harness = GuiHarness.openAtDefaultPace(GuiTestScenarios.small(1), 5)) {
            List<JToggleButton> buttons = GuiHarness.onEdtGet(() -> speedButtons(harness.console));
            assertEquals(Pace.CHOICES.length + 1, buttons.size(), "the paces and full speed");
            JToggleButton selected = buttons.stream().filter(JToggleButton::isSelected).findFirst().orElseThrow();
            assertEquals(Pace.DEFAULT + " a second", selected.getName());
            JToggleButton full = buttons.get(buttons.size() - 1);
            assertEquals("full speed", full.getName());
            GuiHarness.onEdt(full::doClick);
            assertEquals(Pace.FULL_SPEED, harness.gui.pace().monthsPerSecond());
            GuiHarness.onEdt(buttons.get(Pace.CHOICES.length - 1)::doClick);
            assertEquals(12, harness.gui.pace().monthsPerSecond());

            long start = System.nanoTime();
            harness.playToEnd(Duration.ofSeconds(60));
            double seconds = (System.nanoTime() - start) / 1e9;
            assertTrue(seconds >= 11 / 12.0, "12 output months at 12 a second took " + seconds + " s");
        }
    }

    private static List<JToggleButton> speedButtons(Console console) {
        int model = console.getTabPane().indexOfTab("Model");
        List<JToggleButton> found = new ArrayList<>();
        collect((Container) console.getTabPane().getComponentAt(model), found);
        return found;
    }

    private static void collect(Container container, List<JToggleButton> found) {
        for (Component child : container.getComponents()) {
            if (child instanceof JToggleButton button && button.getParent() instanceof SpeedControl) {
                found.add(button);
            }
            if (child instanceof Container inner) {
                collect(inner, found);
            }
        }
    }
}
