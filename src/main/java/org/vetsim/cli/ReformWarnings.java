package org.vetsim.cli;

import org.vetsim.scenario.Reform;
import org.vetsim.scenario.Scenario;

import java.io.PrintWriter;

/** Warns about reforms that lie beyond the run and so never take effect. */
public final class ReformWarnings {
    private ReformWarnings() {
    }

    /** Prints one warning line per reform of {@code scenario} that lies beyond its run. */
    public static void print(Scenario scenario, PrintWriter err) {
        int months = scenario.simulation().outputMonths();
        for (Reform reform : scenario.reformsBeyondRun()) {
            err.printf("vetsim: warning: %s: the reform at month %d lies beyond the %d output months and will not take effect%n",
                    scenario.name(), reform.month(), months);
        }
        err.flush();
    }
}
