package org.vetsim.experiment;

import java.util.List;
import java.util.Locale;

/**
 * The outcome of one run (one scenario or design point, one replication): its seed, status and
 * wall time, and the value of each recorded metric in each output month.
 *
 * @param arm the scenario or design point, from 0
 * @param replication the replication, from 0
 * @param seed the seed the model ran with
 * @param status whether the run completed
 * @param wallSeconds wall-clock time of the run
 * @param message why the run failed (empty when it did not)
 * @param metrics column names of the recorded metrics
 * @param values {@code values[month - 1][metric]}, empty for a failed run
 */
public record RunRecord(int arm, int replication, long seed, Status status, double wallSeconds, String message,
                        List<String> metrics, double[][] values) {

    /** Whether a run completed. */
    public enum Status {
        OK, FAILED;

        /** Lower-case name for CSV files. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public RunRecord {
        metrics = List.copyOf(metrics);
        message = message.replace('\n', ' ').replace('\r', ' ');
    }

    /** Whether the run completed. */
    public boolean ok() {
        return status == Status.OK;
    }

    /** Number of output months recorded. */
    public int months() {
        return values.length;
    }

    /** The monthly series of the metric in column {@code metric}. */
    public double[] series(int metric) {
        double[] series = new double[values.length];
        for (int m = 0; m < values.length; m++) {
            series[m] = values[m][metric];
        }
        return series;
    }
}
