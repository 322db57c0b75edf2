package org.vetsim.model;

import org.vetsim.metrics.SizeClassMetric;

/**
 * The rows of {@code size_classes.csv}: per employer size class, employers, staff, training
 * firms, apprentices, places and board seats, and the retention and poaching of the apprentices
 * the class trains over the last 12 months (the money columns are added by {@link TrainingBudget}).
 */
final class SizeClassObservation {
    private final TrailingWindow[] retention = windows();
    private final TrailingWindow[] poached = windows();

    double[][] values(World world, Flows flows, PopulationCounts counts) {
        int classes = SizeClass.values().length;
        double[][] values = new double[classes][SizeClassMetric.values().length];
        for (Employer employer : world.employers) {
            double[] row = values[employer.sizeClass().ordinal()];
            row[SizeClassMetric.EMPLOYERS.ordinal()]++;
            row[SizeClassMetric.STAFF.ordinal()] += employer.staff();
            row[SizeClassMetric.TRAINING_FIRMS.ordinal()] += employer.isTrainingFirm() ? 1 : 0;
            row[SizeClassMetric.APPRENTICES.ordinal()] += employer.apprentices.size();
            row[SizeClassMetric.PLACES_OFFERED.ordinal()] += employer.placesOffered;
            row[SizeClassMetric.BOARD_MEMBERS.ordinal()] += employer.boardMember ? 1 : 0;
            row[SizeClassMetric.PARTNERS.ordinal()] += employer.partnerProgramme != null ? 1 : 0;
            row[SizeClassMetric.TRAINING_CENTRES.ordinal()] += employer.runsCentre ? 1 : 0;
        }
        for (int c = 0; c < classes; c++) {
            double[] row = values[c];
            double employers = row[SizeClassMetric.EMPLOYERS.ordinal()];
            row[SizeClassMetric.TRAINING_FIRM_SHARE.ordinal()] = employers > 0
                    ? row[SizeClassMetric.TRAINING_FIRMS.ordinal()] / employers : 0.0;
            retention[c].push(flows.apprenticesRetainedBySize[c], flows.apprenticeGraduatesBySize[c]);
            poached[c].push(flows.poachedBySize[c], 0);
            row[SizeClassMetric.APPRENTICE_RETENTION_RATE.ordinal()] = retention[c].ratio();
            double hiredAway = poached[c].numeratorSum();
            row[SizeClassMetric.POACHING_RATE.ordinal()] = hiredAway > 0
                    ? hiredAway / (hiredAway + counts.atTrainingFirmBySize[c]) : 0.0;
        }
        return values;
    }

    private static TrailingWindow[] windows() {
        TrailingWindow[] windows = new TrailingWindow[SizeClass.values().length];
        for (int c = 0; c < windows.length; c++) {
            windows[c] = new TrailingWindow(12);
        }
        return windows;
    }
}
