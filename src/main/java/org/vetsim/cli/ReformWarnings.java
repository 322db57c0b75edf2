package org.vetsim.cli;

import org.vetsim.scenario.Reform;
import org.vetsim.scenario.Scenario;

import java.io.PrintWriter;

/** Warns about reforms that lie beyond the run and so never take effect. */
final class ReformWarnings {
    private ReformWarnings() {
    }

    static void print(Scenario scenario, PrintWriter err) {
        int months = scenario.simulation().outputMonths();
        for (Reform reform : scenario.reforms()) {
            if (reform.month() > months) {
                err.printf("vetsim: warning: the reform at month %d lies beyond the %d output months and will not take effect%n",
                        reform.month(), months);
            }
        }
        err.flush();
    }
}
