package org.vetsim.experiment;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * Shows experiment progress on standard error: on a terminal a bar redrawn in place with the
 * runs done, the total and the estimated time left; otherwise (logs, batch jobs) a plain line at
 * every tenth of the runs and at least every minute.
 */
public final class ProgressBar implements RunProgress {
    private static final long MINUTE = 60_000_000_000L;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean terminal;
    private final LongSupplier clock;
    private final long start;
    private int first = -1;
    private int lastTenth = -1;
    private long lastLine;

    /** Progress on {@code err}, as a bar if {@code terminal}. */
    public ProgressBar(PrintWriter err, boolean terminal, LongSupplier nanoClock) {
        this.err = err;
        this.terminal = terminal;
        this.clock = nanoClock;
        this.start = nanoClock.getAsLong();
        this.lastLine = start;
    }

    /** Progress on {@code err}, as a bar when the program runs on a terminal. */
    public static ProgressBar onConsole(PrintWriter err) {
        return new ProgressBar(err, System.console() != null, System::nanoTime);
    }

    @Override
    public synchronized void update(int done, int total) {
        if (first < 0) {
            first = done - 1;
        }
        long now = clock.getAsLong();
        if (terminal) {
            int filled = total == 0 ? WIDTH : WIDTH * done / total;
            err.printf("\r[%s%s] %d/%d runs %s", "#".repeat(filled), " ".repeat(WIDTH - filled), done, total, eta(now, done, total));
            if (done >= total) {
                err.println();
            }
            err.flush();
            return;
        }
        int tenth = total == 0 ? 10 : 10 * done / total;
        if (tenth != lastTenth || now - lastLine >= MINUTE || done >= total) {
            err.printf("progress: %d/%d runs (%d%%) %s%n", done, total, total == 0 ? 100 : 100 * done / total, eta(now, done, total));
            err.flush();
            lastTenth = tenth;
            lastLine = now;
        }
    }

    private String eta(long now, int done, int total) {
        int doneHere = done - first;
        if (doneHere <= 0 || done >= total) {
            return "";
        }
        long seconds = (now - start) / doneHere * (total - done) / 1_000_000_000L;
        return seconds >= 3600 ? String.format("ETA %dh%02dm", seconds / 3600, seconds / 60 % 60)
                : String.format("ETA %dm%02ds", seconds / 60, seconds % 60);
    }
}
