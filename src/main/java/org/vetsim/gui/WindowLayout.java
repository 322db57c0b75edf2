package org.vetsim.gui;

import sim.display.Console;

import javax.swing.JFrame;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;

/**
 * Places the windows so that a first-time user sees all of them: the Console on the left, the
 * picture of the system to its right, the charts below the picture. Opens on the Model tab.
 */
final class WindowLayout {
    private static final int CONSOLE_WIDTH = 440;

    private WindowLayout() {
    }

    static void arrange(Console console, VetsimWithUI gui) {
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        int consoleWidth = Math.min(CONSOLE_WIDTH, screen.width / 3);
        console.setBounds(screen.x, screen.y, consoleWidth, screen.height);
        int left = screen.x + consoleWidth;
        int width = screen.width - consoleWidth;
        JFrame picture = gui.display().frame();
        int pictureHeight = Math.min(picture.getHeight(), screen.height * 11 / 20);
        picture.setBounds(left, screen.y, Math.min(width, picture.getWidth()), pictureHeight);
        gui.display().fitToFrame();
        JFrame charts = gui.chartsFrame().frame();
        charts.setBounds(left, screen.y + pictureHeight, width, screen.height - pictureHeight);
        int model = console.getTabPane().indexOfTab("Model");
        if (model >= 0) {
            console.getTabPane().setSelectedIndex(model);
        }
    }
}
