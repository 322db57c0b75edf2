package org.vetsim.cli;

import org.vetsim.io.output.Progress;

import java.io.PrintWriter;

/**
 * Progress on standard error for runs longer than a couple of seconds: a bar redrawn in place
 * on a terminal, a plain line every 10% otherwise (logs, CI).
 */
final class ConsoleProgress implements Progress {
    private static final long QUIET_NANOS = 2_000_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private int lastShown = -1;

    ConsoleProgress(PrintWriter err) {
        this.err = err;
        this.terminal = System.console() != null;
    }

    @Override
    public void update(int done, int total) {
        long elapsed = System.nanoTime() - start;
        if (elapsed < QUIET_NANOS) {
            return;
        }
        int percent = (int) (100L * done / Math.max(1, total));
        if (terminal) {
            if (percent != lastShown) {
                int width = 30;
                int filled = width * percent / 100;
                err.printf("\r[%s%s] %3d%%  month %d/%d  %s", "#".repeat(filled), " ".repeat(width - filled),
                        percent, done, total, eta(elapsed, done, total));
                if (done >= total) {
                    err.println();
                }
                err.flush();
            }
        } else if (percent / 10 != lastShown / 10 || (done >= total && percent != lastShown)) {
            err.printf("progress: %d%% (month %d of %d) %s%n", percent, done, total, eta(elapsed, done, total));
            err.flush();
        }
        lastShown = percent;
    }

    private static String eta(long elapsed, int done, int total) {
        if (done == 0 || done >= total) {
            return "";
        }
        long remaining = elapsed / done * (total - done) / 1_000_000_000L;
        return "ETA " + remaining + " s";
    }
}
