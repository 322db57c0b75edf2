package org.vetsim.gui;

import java.util.function.LongSupplier;

/**
 * How fast the output months pass on screen, so that a person can change a lever and watch its
 * effect: a few months a second by default, or full speed. The warm-up months always run at full
 * speed (they are not charted). The model thread waits here between months, holding no lock, so
 * the levers, Pause and Stop answer at once.
 */
final class Pace {
    /** Full speed: no waiting. */
    static final int FULL_SPEED = 0;
    /** The paces offered, in months a second. */
    static final int[] CHOICES = {1, 2, 4, 12};
    /** The pace a run starts at: a 20-year run takes a minute. */
    static final int DEFAULT = 4;

    /** Waits a number of nanoseconds; interrupted waits end early. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(long nanos) throws InterruptedException;
    }

    private final LongSupplier clock;
    private final Sleeper sleeper;
    private volatile int monthsPerSecond = DEFAULT;
    private long lastMonth = Long.MIN_VALUE;

    /** A pace on the system clock. */
    Pace() {
        this(System::nanoTime, nanos -> Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000)));
    }

    Pace(LongSupplier clock, Sleeper sleeper) {
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** Months a second, or {@link #FULL_SPEED}. */
    int monthsPerSecond() {
        return monthsPerSecond;
    }

    /** Sets the pace: months a second, or {@link #FULL_SPEED}. */
    void set(int newMonthsPerSecond) {
        monthsPerSecond = Math.max(FULL_SPEED, newMonthsPerSecond);
    }

    /**
     * Called on the model thread before each month: waits, if the month is an output month and
     * the pace is not full speed, until a month's time has passed since the last output month.
     */
    void beforeMonth(boolean outputMonth) {
        int pace = monthsPerSecond;
        if (!outputMonth || pace == FULL_SPEED) {
            lastMonth = clock.getAsLong();
            return;
        }
        long interval = 1_000_000_000L / pace;
        long wait = lastMonth == Long.MIN_VALUE ? 0 : lastMonth + interval - clock.getAsLong();
        if (wait > 0) {
            try {
                sleeper.sleep(Math.min(wait, interval));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        lastMonth = clock.getAsLong();
    }

    /** A new run starts: its first month does not wait. */
    void restart() {
        lastMonth = Long.MIN_VALUE;
    }
}
