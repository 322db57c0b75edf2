package org.vetsim.gui;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pace of a GUI run, on a simulated clock: output months pass at the chosen months a second,
 * so a 20-year run takes about a minute at the default pace; the warm-up and full speed never
 * wait; a change of pace applies from the next month.
 */
class PaceTest {
    private static final long MILLI = 1_000_000L;
    private static final long STEP_TIME = 5 * MILLI;

    private long now;
    private final List<Long> waits = new ArrayList<>();
    private Pace pace;

    @BeforeEach
    void simulatedClock() {
        pace = new Pace(() -> now, nanos -> {
            waits.add(nanos);
            now += nanos;
        });
    }

    /** Runs {@code warmup} then {@code output} months, each taking {@value #STEP_TIME} ns of work. */
    private void run(int warmup, int output) {
        pace.restart();
        for (int m = 0; m < warmup + output; m++) {
            pace.beforeMonth(m >= warmup);
            now += STEP_TIME;
        }
    }

    @Test
    void aTwentyYearRunTakesAboutAMinuteAtTheDefaultPace() {
        assertEquals(4, pace.monthsPerSecond(), "a few months a second by default");
        now = 0;
        run(180, 240);
        double seconds = now / 1e9;
        assertTrue(seconds >= 60 && seconds <= 62, seconds + " s");
        assertEquals(240, waits.size(), "every output month waits for its turn");
        for (long wait : waits) {
            assertEquals(250 * MILLI - STEP_TIME, wait);
        }
    }

    @Test
    void theWarmUpAndFullSpeedNeverWait() {
        run(180, 0);
        assertEquals(List.of(), waits, "warm-up");
        pace.set(Pace.FULL_SPEED);
        run(12, 240);
        assertEquals(List.of(), waits, "full speed");
    }

    @Test
    void aNewPaceAppliesFromTheNextMonth() {
        pace.set(1);
        pace.restart();
        pace.beforeMonth(true);
        now += STEP_TIME;
        pace.beforeMonth(true);
        assertEquals(List.of(1000 * MILLI - STEP_TIME), waits);
        pace.set(Pace.FULL_SPEED);
        now += STEP_TIME;
        pace.beforeMonth(true);
        assertEquals(1, waits.size(), "no wait once at full speed");
    }
}
