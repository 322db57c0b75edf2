package org.vetsim.cli;

import org.junit.jupiter.api.Test;
import org.vetsim.gui.GuiHarness;
import org.vetsim.gui.VetsimWithUI;
import picocli.CommandLine;
import sim.display.Console;

import java.awt.Frame;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code vetsim gui}: one clear line and exit 2 without a display; with one, it returns only when the Console closes. */
class GuiCommandTest {

    @Test
    void withoutADisplayItFailsWithOneLineAndExitCodeTwo() {
        GuiCommand command = new GuiCommand();
        command.displayProblem = () -> "there is no display (the DISPLAY environment variable is not set)";
        StringWriter err = new StringWriter();
        CommandLine commandLine = new CommandLine(command);
        commandLine.setErr(new PrintWriter(err, true));

        int code = commandLine.execute();

        assertEquals(2, code);
        String[] lines = err.toString().strip().split("\\R");
        assertEquals(1, lines.length, err.toString());
        assertTrue(lines[0].startsWith("vetsim: error: cannot open the GUI: there is no display"), lines[0]);
        assertTrue(lines[0].contains("xvfb-run") && lines[0].contains("vetsim run"), lines[0]);
    }

    @Test
    void opensTheConsoleAndReturnsOnlyWhenItCloses() throws Exception {
        GuiHarness.assumeDisplay();
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> new CommandLine(new GuiCommand()).execute(
                "--seed", "3", "--set", "population.young_people=2000", "--set", "simulation.years=1"));
        GuiHarness.waitUntil("the Console opens", Duration.ofSeconds(60), () -> console().isPresent());
        Console console = console().orElseThrow();
        Thread.sleep(300);
        assertFalse(exit.isDone(), "gui returned while the Console was open");
        VetsimWithUI gui = (VetsimWithUI) console.getSimulation();
        assertEquals(3, gui.seed());
        assertEquals(2000, gui.scenario().population().youngPeople());

        GuiHarness.onEdt(() -> {
            gui.quit();
            for (Object frame : console.getAllFrames()) {
                ((Frame) frame).dispose();
            }
            Console.allControllers.remove(console);
            console.dispose();
        });
        assertEquals(0, exit.get(30, TimeUnit.SECONDS));
    }

    private static Optional<Console> console() {
        return Arrays.stream(Frame.getFrames()).filter(f -> f instanceof Console && f.isDisplayable() && f.isVisible())
                .map(f -> (Console) f).findFirst();
    }
}
