package org.vetsim.model;

import org.vetsim.metrics.Ratio;
import org.vetsim.metrics.SizeClassMetric;

/**
 * The rows of {@code size_classes.csv}: per employer size class, employers, staff, training
 * firms, apprentices, places and board seats, and the retention and poaching of the apprentices
 * the class trains over the last 12 months (the money columns are added by {@link TrainingBudget}).
 */
final class SizeClassObservation {
    private final TrailingWindow[] retention = windows();
    private final TrailingWindow[] poached = windows();

    /** Adds the month's retention and poaching of apprentices to the trailing windows (every month, warm-up included). */
    void push(Flows flows) {
        for (int c = 0; c < retention.length; c++) {
            retention[c].push(flows.apprenticesRetainedBySize[c], flows.apprenticeGraduatesBySize[c]);
            poached[c].push(flows.poachedBySize[c], 0);
        }
    }

    /** The rows, from the employer columns counted in {@code employers}; call after {@link #push}. */
    double[][] values(EmployerObservation employers, PopulationCounts counts) {
        double[][] values = employers.bySize;
        for (int c = 0; c < values.length; c++) {
            double[] row = values[c];
            double count = row[SizeClassMetric.EMPLOYERS.ordinal()];
            row[SizeClassMetric.TRAINING_FIRM_SHARE.ordinal()] = Ratio.of(row[SizeClassMetric.TRAINING_FIRMS.ordinal()], count);
            row[SizeClassMetric.APPRENTICE_RETENTION_RATE.ordinal()] = retention[c].reported();
            double hiredAway = poached[c].numeratorSum();
            row[SizeClassMetric.POACHING_RATE.ordinal()] = Ratio.of(hiredAway, hiredAway + counts.atTrainingFirmBySize[c]);
        }
        return values;
    }

    /** Rows of zeros, one per size class (the money columns of a month nobody sees). */
    static double[][] emptyRows() {
        return new double[SizeClass.values().length][SizeClassMetric.values().length];
    }

    private static TrailingWindow[] windows() {
        TrailingWindow[] windows = new TrailingWindow[SizeClass.values().length];
        for (int c = 0; c < windows.length; c++) {
            windows[c] = new TrailingWindow(12);
        }
        return windows;
    }
}
