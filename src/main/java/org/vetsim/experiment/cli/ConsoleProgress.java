package org.vetsim.experiment.cli;

import org.vetsim.experiment.ProgressBar;
import org.vetsim.experiment.optimise.SearchListener;

import java.io.PrintWriter;

/**
 * Shows a search's progress on standard error: a line naming each phase, then a progress bar
 * (plain lines when not on a terminal) of the candidates evaluated with the best value so far.
 */
final class ConsoleProgress implements SearchListener {
    private final PrintWriter err;
    private ProgressBar bar;
    private String best = "";

    ConsoleProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void phase(String description, int total) {
        err.println("vetsim: " + description);
        err.flush();
        best = "";
        bar = new ProgressBar(err, System.console() != null, System::nanoTime, "candidates", 0).withNote(() -> best);
    }

    @Override
    public void progressed(int done, int total, String bestSoFar) {
        best = bestSoFar;
        bar.update(done, total);
    }
}
