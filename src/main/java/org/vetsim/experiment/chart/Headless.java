package org.vetsim.experiment.chart;

/**
 * Prepares AWT for off-screen drawing. Charts never need a display, so unless
 * {@code java.awt.headless} is set to {@code true} or {@code false} it is set to {@code true}: a
 * missing or malformed value would otherwise make AWT look for an X server, and fail where
 * there is none. This class refers to no AWT class, since AWT reads the setting once, when its
 * first class (even {@code java.awt.Color}) is initialised; after that it has no effect.
 */
public final class Headless {
    private Headless() {
    }

    /** Sets {@code java.awt.headless=true} unless it holds a valid value already. */
    public static void prefer() {
        String value = System.getProperty("java.awt.headless");
        if (!"true".equals(value) && !"false".equals(value)) {
            System.setProperty("java.awt.headless", "true");
        }
    }
}
