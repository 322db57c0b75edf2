package org.vetsim.cli;

import org.vetsim.experiment.SeedSequence;
import org.vetsim.gui.ConsoleWindow;
import org.vetsim.scenario.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import javax.swing.SwingUtilities;
import java.awt.AWTError;
import java.awt.HeadlessException;
import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

/**
 * {@code vetsim gui [SCENARIO]}: opens the MASON Console on a scenario, with the live charts, the
 * picture of the system and the policy levers, and returns only when the Console window closes
 * (the Console's Quit ends the program itself). Without a display it fails with one line, exit 2.
 */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = {"Open the live GUI (MASON Console): watch charts and a picture of colleges, employers and "
                + "young people, and change policy levers while the model runs.",
                "Needs a display; on a server use `vetsim run`, or run the GUI under xvfb-run."})
public final class GuiCommand implements Callable<Integer> {
    @CommandLine.Mixin
    ScenarioOptions scenarioOptions = new ScenarioOptions();

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (default: the scenario's simulation.seed).")
    Long seed;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Why no window can be opened, or null; replaced in tests. */
    Supplier<String> displayProblem = ConsoleWindow::displayProblem;

    @Override
    public Integer call() throws InterruptedException, InvocationTargetException {
        Scenario scenario = scenarioOptions.load();
        ScenarioWarnings.print(scenario, spec.commandLine().getErr());
        long used = seed != null ? SeedSequence.checkGiven(seed) : scenario.simulation().seed();
        String problem = displayProblem.get();
        if (problem != null) {
            return cannotOpen(problem);
        }
        CountDownLatch closed = new CountDownLatch(1);
        try {
            SwingUtilities.invokeAndWait(() -> ConsoleWindow.open(scenario, used, scenarioOptions::loadOther, closed::countDown));
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof HeadlessException || e.getCause() instanceof AWTError) {
                return cannotOpen(e.getCause().getMessage());
            }
            throw e;
        } catch (HeadlessException | AWTError e) {
            return cannotOpen(e.getMessage());
        }
        closed.await();
        return ExitCodes.OK;
    }

    private int cannotOpen(String why) {
        spec.commandLine().getErr().println("vetsim: error: cannot open the GUI: " + why.replaceAll("\\.$", "")
                + "; use `vetsim run` without a display, or start the GUI under xvfb-run");
        spec.commandLine().getErr().flush();
        return ExitCodes.BAD_INPUT;
    }
}
