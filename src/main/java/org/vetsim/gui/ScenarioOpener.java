package org.vetsim.gui;

import org.vetsim.scenario.Scenario;

import java.nio.file.Path;

/**
 * Reads the scenario file a user chose in the GUI. Throws a RuntimeException whose message is
 * written for the user (the scenario loader's {@code ScenarioException}) when it cannot.
 */
@FunctionalInterface
public interface ScenarioOpener {
    Scenario open(Path file);
}
