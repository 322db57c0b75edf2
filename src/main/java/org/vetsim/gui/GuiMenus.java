package org.vetsim.gui;

import org.vetsim.scenario.Scenario;
import sim.display.Console;

import javax.swing.JFileChooser;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.filechooser.FileNameExtensionFilter;
import java.awt.Component;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The Console's Scenario menu (open another scenario file, export the charts as PNG). Hides the
 * File menu's checkpoint, sweep and optimisation items, which do not apply to vetsim.
 */
final class GuiMenus {
    private static final Set<String> HIDDEN = Set.of("New Simulation...", "Open...", "Save", "Save As...",
            "Sweep Parameters", "Optimize");
    private static final int PNG_WIDTH = 900;
    private static final int PNG_HEIGHT = 600;

    private GuiMenus() {
    }

    static void install(Console console, VetsimWithUI gui) {
        console.setNewMenuAllowed(false);
        JMenu file = console.getJMenuBar().getMenu(0);
        for (int i = 0; i < file.getItemCount(); i++) {
            JMenuItem item = file.getItem(i);
            if (item != null && HIDDEN.contains(item.getText())) {
                item.setEnabled(false);
                item.setVisible(false);
            }
        }
        JMenu menu = new JMenu("Scenario");
        JMenuItem open = new JMenuItem("Open Scenario File...");
        open.addActionListener(event -> openScenario(console, gui));
        JMenuItem export = new JMenuItem("Export Charts as PNG...");
        export.addActionListener(event -> exportCharts(gui, console));
        menu.add(open);
        menu.add(export);
        console.getJMenuBar().add(menu, 1);
        console.getJMenuBar().revalidate();
    }

    /** Lets the user choose a scenario file; stops the run and loads it, or shows why it cannot. */
    static void openScenario(Console console, VetsimWithUI gui) {
        JFileChooser chooser = new JFileChooser(startFolder("scenarios"));
        chooser.setDialogTitle("Open a vetsim scenario");
        chooser.setFileFilter(new FileNameExtensionFilter("Scenario files (*.yaml, *.yml)", "yaml", "yml"));
        if (chooser.showOpenDialog(console) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path file = chooser.getSelectedFile().toPath();
        Scenario scenario;
        try {
            scenario = gui.opener().open(file);
        } catch (RuntimeException e) {
            JOptionPane.showMessageDialog(console, e.getMessage(), "Cannot open " + file.getFileName(),
                    JOptionPane.ERROR_MESSAGE);
            return;
        }
        console.pressStop();
        gui.setScenario(scenario);
        if (console.getModelInspector() != null) {
            console.getModelInspector().updateInspector();
        }
    }

    /** Lets the user choose a folder and saves every chart there as a PNG file. */
    static void exportCharts(VetsimWithUI gui, Component parent) {
        JFileChooser chooser = new JFileChooser(startFolder("output"));
        chooser.setDialogTitle("Export the charts as PNG files into a folder");
        chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        if (chooser.showSaveDialog(parent) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        try {
            Path folder = chooser.getSelectedFile().toPath();
            Files.createDirectories(folder);
            List<File> files = gui.charts().exportPng(folder, PNG_WIDTH, PNG_HEIGHT);
            JOptionPane.showMessageDialog(parent, "Saved " + files.size() + " charts in " + folder,
                    "Charts exported", JOptionPane.INFORMATION_MESSAGE);
        } catch (IOException e) {
            JOptionPane.showMessageDialog(parent, "Could not save the charts: " + e.getMessage(),
                    "Export failed", JOptionPane.ERROR_MESSAGE);
        }
    }

    private static File startFolder(String name) {
        File folder = new File(name);
        return folder.isDirectory() ? folder : new File(".");
    }
}
