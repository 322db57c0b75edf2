package org.vetsim.model;

import org.vetsim.metrics.Metric;
import org.vetsim.metrics.OccupationMetric;
import org.vetsim.metrics.Ratio;
import org.vetsim.metrics.SizeClassMetric;

/**
 * The employer side of the month's metrics, in one pass over the employers: places offered and
 * filled, training firms, apprentices per member of staff and the share of them at large
 * employers, and the shares of employers that took
 * part in each engagement mechanism by their own choice (boards, partnerships, training centres,
 * mentors), for the economy, per occupation (the employer columns of {@code occupations.csv}) and
 * per size class (those of {@code size_classes.csv}).
 */
final class EmployerObservation {
    private int employers;
    private int offered;
    private int filled;
    private int training;
    /** Adult staff converted into apprentices and in training. */
    private int converted;
    private int board;
    private int partners;
    private int centres;
    private int mentoring;
    private long staff;
    /** Per occupation, the columns of {@link OccupationMetric} that come from employers. */
    final double[][] byOccupation;
    /** Per size class, the columns of {@link SizeClassMetric} that come from employers. */
    final double[][] bySize;

    private EmployerObservation(int occupations) {
        byOccupation = new double[occupations][OccupationMetric.values().length];
        bySize = new double[SizeClass.values().length][SizeClassMetric.values().length];
    }

    static EmployerObservation of(World world) {
        EmployerObservation o = new EmployerObservation(world.occupations.length);
        for (Employer employer : world.employers) {
            o.add(employer);
        }
        return o;
    }

    private void add(Employer employer) {
        int staffNow = employer.staff();
        int apprentices = employer.apprentices.size();
        boolean trains = apprentices > 0 || employer.convertedStaff.inTraining() > 0;
        converted += employer.convertedStaff.inTraining();
        boolean partner = employer.partnerProgramme != null;
        employers++;
        offered += employer.placesOffered;
        filled += employer.placesFilled;
        training += trains ? 1 : 0;
        board += employer.boardMember ? 1 : 0;
        partners += partner ? 1 : 0;
        centres += employer.runsCentre ? 1 : 0;
        mentoring += trains && employer.mentors ? 1 : 0;
        staff += staffNow;
        double[] occupation = byOccupation[employer.occupation().index()];
        occupation[OccupationMetric.DEMAND.ordinal()] += employer.targetStaff;
        occupation[OccupationMetric.TRAINING_FIRMS.ordinal()] += trains ? 1 : 0;
        occupation[OccupationMetric.APPRENTICES.ordinal()] += apprentices;
        occupation[OccupationMetric.APPRENTICESHIPS_OFFERED.ordinal()] += employer.placesOffered;
        occupation[OccupationMetric.APPRENTICESHIPS_FILLED.ordinal()] += employer.placesFilled;
        occupation[OccupationMetric.BOARD_MEMBERS.ordinal()] += employer.boardMember ? 1 : 0;
        double[] size = bySize[employer.sizeClass().ordinal()];
        size[SizeClassMetric.EMPLOYERS.ordinal()]++;
        size[SizeClassMetric.STAFF.ordinal()] += staffNow;
        size[SizeClassMetric.TRAINING_FIRMS.ordinal()] += trains ? 1 : 0;
        size[SizeClassMetric.APPRENTICES.ordinal()] += apprentices;
        size[SizeClassMetric.ADULT_APPRENTICES.ordinal()] += employer.convertedStaff.inTraining();
        size[SizeClassMetric.PLACES_OFFERED.ordinal()] += employer.placesOffered;
        size[SizeClassMetric.PLACES_FILLED.ordinal()] += employer.placesFilled;
        size[SizeClassMetric.BOARD_MEMBERS.ordinal()] += employer.boardMember ? 1 : 0;
        size[SizeClassMetric.PARTNERS.ordinal()] += partner ? 1 : 0;
        size[SizeClassMetric.TRAINING_CENTRES.ordinal()] += employer.runsCentre ? 1 : 0;
    }

    /** Apprentices and adult staff in training at employers of {@code size}. */
    private double trainees(SizeClass size) {
        double[] row = bySize[size.ordinal()];
        return row[SizeClassMetric.APPRENTICES.ordinal()] + row[SizeClassMetric.ADULT_APPRENTICES.ordinal()];
    }

    /** Apprentices and adult staff in training at all employers. */
    private double trainees() {
        double all = 0;
        for (SizeClass size : SizeClass.values()) {
            all += trainees(size);
        }
        return all;
    }

    void fill(World world, PopulationCounts counts, double[] v) {
        double all = Math.max(1, employers);
        v[Metric.APPRENTICESHIPS_OFFERED.ordinal()] = offered;
        v[Metric.APPRENTICESHIPS_FILLED.ordinal()] = filled;
        v[Metric.APPRENTICESHIP_FILL_RATE.ordinal()] = Ratio.of(filled, offered);
        v[Metric.TRAINING_FIRM_SHARE.ordinal()] = training / all;
        v[Metric.VET_ENTRY_SHARE.ordinal()] = world.vetEntryShare;
        v[Metric.APPRENTICES_PER_STAFF.ordinal()] = Ratio.of(counts.count(Status.APPRENTICE) + converted, staff);
        v[Metric.APPRENTICES_AT_LARGE_EMPLOYERS_SHARE.ordinal()] = Ratio.of(trainees(SizeClass.LARGE), trainees());
        v[Metric.BOARD_PARTICIPATION.ordinal()] = board / all;
        v[Metric.PARTNERSHIP_SHARE.ordinal()] = partners / all;
        v[Metric.TRAINING_CENTRE_SHARE.ordinal()] = centres / all;
        v[Metric.MENTORING_SHARE.ordinal()] = Ratio.of(mentoring, training);
    }
}
