package org.vetsim.gui;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Whether a window can be opened is decided from the display variables and the headless flag. */
class DisplayCheckTest {

    @Test
    void findsWhetherADisplayIsThere() {
        assertNotNull(DisplayCheck.problem(true, "Linux", Map.of("DISPLAY", ":0")));
        assertNotNull(DisplayCheck.problem(false, "Linux", Map.of()));
        assertNotNull(DisplayCheck.problem(false, "Linux", Map.of("DISPLAY", " ")));
        assertNull(DisplayCheck.problem(false, "Linux", Map.of("DISPLAY", ":99")));
        assertNull(DisplayCheck.problem(false, "Linux", Map.of("WAYLAND_DISPLAY", "wayland-0")));
        assertNull(DisplayCheck.problem(false, "Windows 11", Map.of()));
        assertNull(DisplayCheck.problem(false, "Mac OS X", Map.of()));
    }

}
