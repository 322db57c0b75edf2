package org.vetsim.cli;

import org.vetsim.scenario.Scenario;

import java.io.PrintWriter;

/** Prints a scenario's warnings ({@link Scenario#warnings}): a warm-up shorter than the model needs, occupations that cannot be learnt in vocational training, reforms beyond the run. */
public final class ScenarioWarnings {
    private ScenarioWarnings() {
    }

    /** Prints one line per warning of {@code scenario}. */
    public static void print(Scenario scenario, PrintWriter err) {
        for (String warning : scenario.warnings()) {
            err.println("vetsim: warning: " + warning);
        }
        err.flush();
    }
}
