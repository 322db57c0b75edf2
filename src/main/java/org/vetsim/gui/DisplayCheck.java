package org.vetsim.gui;

import java.awt.GraphicsEnvironment;
import java.util.Locale;
import java.util.Map;

/** Tells, before any window is made, whether the GUI has a screen to open on, and if not, why. */
final class DisplayCheck {
    private DisplayCheck() {
    }

    /** Why no window can be opened here, or null when a display seems available. */
    static String problem() {
        return problem(GraphicsEnvironment.isHeadless(), System.getProperty("os.name", ""), System.getenv());
    }

    static String problem(boolean headless, String osName, Map<String, String> environment) {
        String os = osName.toLowerCase(Locale.ROOT);
        boolean x11 = !os.startsWith("windows") && !os.startsWith("mac");
        if (x11 && blank(environment.get("DISPLAY")) && blank(environment.get("WAYLAND_DISPLAY"))) {
            return "there is no display (the DISPLAY environment variable is not set)";
        }
        if (headless) {
            return "Java runs headless (java.awt.headless=true)";
        }
        return null;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
