package org.vetsim.gui;

import org.vetsim.scenario.Scenario;
import sim.display.Console;

import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;

/**
 * The way into the GUI from outside it: whether a window can be opened here, and opening the
 * MASON Console on a scenario with the picture of the system and the live charts arranged beside
 * it. The command line calls this; the GUI knows nothing of the command line.
 */
public final class ConsoleWindow {
    private ConsoleWindow() {
    }

    /** Why no window can be opened here (no display, or Java runs headless), or null when one can. */
    public static String displayProblem() {
        return DisplayCheck.problem();
    }

    /**
     * Opens the Console on {@code scenario}; call it on the Swing event thread.
     *
     * @param scenario the scenario the first Play runs
     * @param seed the seed of the first run
     * @param opener reads the scenario files the user opens from the menu
     * @param onClosed runs when the Console window has closed
     * @throws java.awt.HeadlessException or {@link java.awt.AWTError} when no window can be opened
     */
    public static void open(Scenario scenario, long seed, ScenarioOpener opener, Runnable onClosed) {
        VetsimWithUI gui = new VetsimWithUI(scenario, seed, opener);
        Console console = new Console(gui);
        WindowLayout.arrange(console, gui);
        console.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent event) {
                onClosed.run();
            }
        });
        console.setVisible(true);
    }
}
