package org.vetsim.gui;

import org.junit.jupiter.api.Assumptions;
import org.vetsim.scenario.Scenario;
import sim.display.Console;

import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Opens the vetsim Console in the test JVM and drives it; closes it without the Console's
 * System.exit. GUI tests are skipped, with the reason shown, only when no display can be had.
 */
public final class GuiHarness implements AutoCloseable {
    final VetsimWithUI gui;
    final Console console;

    private GuiHarness(VetsimWithUI gui, Console console) {
        this.gui = gui;
        this.console = console;
    }

    /** Skips the calling test, with a visible reason, when there is no display to draw on. */
    public static void assumeDisplay() {
        String noScreen = DisplayCheck.problem(false, System.getProperty("os.name", ""), System.getenv());
        Assumptions.assumeTrue(noScreen == null, () -> "GUI test skipped: " + noScreen + "; run the tests under xvfb-run -a");
        Assumptions.assumeFalse(GraphicsEnvironment.isHeadless(),
                "GUI test skipped: the test JVM runs headless (java.awt.headless=true) although there is a display; "
                        + "run the tests with -Dvetsim.headless=false, e.g. xvfb-run -a mvn verify -Dvetsim.headless=false");
    }

    /**
     * Opens the Console on {@code scenario} with its windows arranged on the screen, at full speed
     * (the pace a person follows has tests of its own).
     */
    static GuiHarness open(Scenario scenario, long seed) {
        GuiHarness harness = openAtDefaultPace(scenario, seed);
        harness.gui.pace().set(Pace.FULL_SPEED);
        return harness;
    }

    /** Opens the Console on {@code scenario} as a user gets it, at the default pace. */
    static GuiHarness openAtDefaultPace(Scenario scenario, long seed) {
        VetsimWithUI gui = new VetsimWithUI(scenario, seed, GuiTestScenarios::read);
        Console console = onEdtGet(() -> {
            Console c = new Console(gui);
            WindowLayout.arrange(c, gui);
            c.setVisible(true);
            return c;
        });
        return new GuiHarness(gui, console);
    }

    /** Waits until {@code condition} holds, failing after {@code timeout}. */
    public static void waitUntil(String what, Duration timeout, BooleanSupplier condition) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting until " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    /** Runs {@code action} on the Swing event thread and returns its result. */
    public static <T> T onEdtGet(Supplier<T> action) {
        AtomicReference<T> result = new AtomicReference<>();
        try {
            SwingUtilities.invokeAndWait(() -> result.set(action.get()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (InvocationTargetException e) {
            throw new AssertionError(e.getCause());
        }
        return result.get();
    }

    public static void onEdt(Runnable action) {
        onEdtGet(() -> {
            action.run();
            return null;
        });
    }

    /** Plays the simulation and waits until the Console stops by itself at the end of the run. */
    void playToEnd(Duration timeout) {
        onEdt(console::pressPlay);
        waitUntil("the run ends", timeout, () -> gui.model().isComplete()
                && onEdtGet(() -> console.getPlayState() == Console.PS_STOPPED));
        onEdt(() -> gui.charts().drain());
    }

    /** Saves a picture of the whole screen. */
    static void screenshot(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        onEdt(() -> { });
        Thread.sleep(500);
        Rectangle screen = new Rectangle(java.awt.Toolkit.getDefaultToolkit().getScreenSize());
        BufferedImage image = new Robot().createScreenCapture(screen);
        ImageIO.write(image, "png", file.toFile());
    }

    /** Saves a picture of one window. */
    static void screenshot(JFrame frame, Path file) throws IOException, java.awt.AWTException {
        Files.createDirectories(file.getParent());
        Rectangle bounds = onEdtGet(frame::getBounds);
        ImageIO.write(new Robot().createScreenCapture(bounds), "png", file.toFile());
    }

    @Override
    public void close() {
        onEdt(() -> {
            console.pressStop();
            gui.quit();
            for (Object frame : console.getAllFrames()) {
                ((JFrame) frame).dispose();
            }
            Console.allControllers.remove(console);
            console.dispose();
        });
    }
}
