package org.vetsim.model;

import org.vetsim.metrics.Metric;

/**
 * The employer side of the month's metrics, in one pass over the employers: places offered and
 * filled, training firms, apprentices per member of staff, and the shares of employers that took
 * part in each engagement mechanism by their own choice (boards, partnerships, training centres,
 * mentors).
 */
final class EmployerObservation {
    private EmployerObservation() {
    }

    static void fill(World world, PopulationCounts counts, double[] v) {
        int offered = 0;
        int filled = 0;
        int training = 0;
        int board = 0;
        int partners = 0;
        int centres = 0;
        int mentoring = 0;
        long staff = 0;
        for (Employer employer : world.employers) {
            offered += employer.placesOffered;
            filled += employer.placesFilled;
            training += employer.isTrainingFirm() ? 1 : 0;
            board += employer.boardMember ? 1 : 0;
            partners += employer.partnerProgramme != null ? 1 : 0;
            centres += employer.runsCentre ? 1 : 0;
            mentoring += employer.isTrainingFirm() && employer.mentors ? 1 : 0;
            staff += employer.staff();
        }
        double employers = Math.max(1, world.employers.size());
        v[Metric.APPRENTICESHIPS_OFFERED.ordinal()] = offered;
        v[Metric.APPRENTICESHIPS_FILLED.ordinal()] = filled;
        v[Metric.TRAINING_FIRM_SHARE.ordinal()] = training / employers;
        v[Metric.VET_ENTRY_SHARE.ordinal()] = world.vetEntryShare;
        v[Metric.APPRENTICES_PER_STAFF.ordinal()] = staff > 0 ? counts.count(Status.APPRENTICE) / (double) staff : 0.0;
        v[Metric.BOARD_PARTICIPATION.ordinal()] = board / employers;
        v[Metric.PARTNERSHIP_SHARE.ordinal()] = partners / employers;
        v[Metric.TRAINING_CENTRE_SHARE.ordinal()] = centres / employers;
        v[Metric.MENTORING_SHARE.ordinal()] = training > 0 ? mentoring / (double) training : 0.0;
    }
}
