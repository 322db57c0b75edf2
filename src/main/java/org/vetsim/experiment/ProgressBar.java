package org.vetsim.experiment;

import java.io.PrintWriter;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Shows progress on standard error: on a terminal a bar redrawn in place with the units done
 * (runs of an experiment, months of a single run), the total and the estimated time left;
 * otherwise (logs, batch jobs) a plain line at every tenth and at least every minute. It may stay
 * silent for a first delay, so that short runs print nothing.
 */
public final class ProgressBar implements RunProgress {
    private static final long MINUTE = 60_000_000_000L;
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean terminal;
    private final LongSupplier clock;
    private final long start;
    private final String unit;
    private final long delayNanos;
    private int first = -1;
    private int lastTenth = -1;
    private long lastLine;
    private Supplier<String> note = () -> "";

    /** Progress on {@code err}, as a bar if {@code terminal}. */
    public ProgressBar(PrintWriter err, boolean terminal, LongSupplier nanoClock) {
        this(err, terminal, nanoClock, "runs", 0);
    }

    /** Progress counted in {@code unit}, silent for the first {@code delayNanos}. */
    public ProgressBar(PrintWriter err, boolean terminal, LongSupplier nanoClock, String unit, long delayNanos) {
        this.err = err;
        this.terminal = terminal;
        this.clock = nanoClock;
        this.start = nanoClock.getAsLong();
        this.lastLine = start;
        this.unit = unit;
        this.delayNanos = delayNanos;
    }

    /** Progress on {@code err}, as a bar when the program runs on a terminal. */
    public static ProgressBar onConsole(PrintWriter err) {
        return new ProgressBar(err, System.console() != null, System::nanoTime);
    }

    /** Months of a single run on {@code err}, shown only once the run has taken two seconds. */
    public static ProgressBar monthsOnConsole(PrintWriter err) {
        return new ProgressBar(err, System.console() != null, System::nanoTime, "months", 2_000_000_000L);
    }

    /** Shows {@code note} (e.g. the best value so far) after the counts; returns this bar. */
    public ProgressBar withNote(Supplier<String> note) {
        this.note = note;
        return this;
    }

    @Override
    public synchronized void update(int done, int total) {
        if (first < 0) {
            first = done - 1;
        }
        long now = clock.getAsLong();
        if (now - start < delayNanos) {
            return;
        }
        if (terminal) {
            int filled = total == 0 ? WIDTH : WIDTH * done / total;
            err.printf("\r[%s%s] %d/%d %s %s%s\u001b[K", "#".repeat(filled), " ".repeat(WIDTH - filled), done, total, unit,
                    eta(now, done, total), noteText());
            if (done >= total) {
                err.println();
            }
            err.flush();
            return;
        }
        int tenth = total == 0 ? 10 : 10 * done / total;
        if (tenth != lastTenth || now - lastLine >= MINUTE || done >= total) {
            err.printf("progress: %d/%d %s (%d%%) %s%s%n", done, total, unit, total == 0 ? 100 : 100 * done / total,
                    eta(now, done, total), noteText());
            err.flush();
            lastTenth = tenth;
            lastLine = now;
        }
    }

    private String noteText() {
        String text = note.get();
        return text.isEmpty() ? "" : " " + text;
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
