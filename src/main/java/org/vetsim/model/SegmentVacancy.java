package org.vetsim.model;

import org.vetsim.scenario.EntryExams;

/**
 * The kind of a vacancy decided in the month's hiring, and so whom it screens and whether it pays
 * the primary segment's premium. An employer outside the exam-recruiting segment has ordinary
 * vacancies only. A segment employer ({@link ExamPreparation#inSegment}) holds regular posts
 * (open-ended, paid the premium), which come free at {@code regular_separation_rate} over its
 * {@code regular_post_share} of posts, and non-regular ones (fixed-term, part-time, dispatched),
 * which carry the rest of its expected openings ({@link EmployerDecisions#expectedOpeningsPerYear}).
 * Of the regular openings the exam fills {@code entrant_share} ({@link EntryExam}), rolling
 * recruitment of young entrants {@code open_hiring_share}, and experienced workers the rest, so a
 * vacancy left to the month's hiring is of each kind in proportion to the openings of that kind
 * left to it; a keyed draw by employer, month and the vacancy's number among the employer's
 * vacancies decided this month, so the same vacancy is of the same kind each time it is screened.
 * Korea: in 2019 firms of 300 or more kept about 0.75 of their own staff on open-ended contracts
 * (MOEL's employment-type disclosure; 0.84 in the workers' survey), public employers about 0.74,
 * and regular posts in the segment come free at about 0.43% a month, against 2.8% for all the
 * workers of Korea's 300+ establishments (docs/research/korea-regular-turnover.md). A graduate a
 * segment employer keeps after training or an internship gets a regular post, outside this count
 * of openings.
 */
enum SegmentVacancy {
    /** An employer outside the segment: screens everyone looking for work. */
    ORDINARY(true, true, true),
    /** A regular post open to young entrants outside the exam only: no adults. */
    ROLLING_ENTRY(true, false, true),
    /** A regular post for experienced workers: adults and those searching from a job or an apprenticeship. */
    EXPERIENCED(false, true, true),
    /** A non-regular post: screens everyone, paid the pay rule without the segment's premium. */
    NON_REGULAR(true, true, false);

    private final boolean screensOutOfWork;
    private final boolean screensAdults;
    private final boolean regular;

    SegmentVacancy(boolean screensOutOfWork, boolean screensAdults, boolean regular) {
        this.screensOutOfWork = screensOutOfWork;
        this.screensAdults = screensAdults;
        this.regular = regular;
    }

    /** Whether the vacancy screens young people out of work (and students about to leave education). */
    boolean screensOutOfWork() {
        return screensOutOfWork;
    }

    /** Whether the vacancy screens adults. */
    boolean screensAdults() {
        return screensAdults;
    }

    /** Whether the post is regular: at a segment employer, paid the segment's premium. */
    boolean regular() {
        return regular;
    }

    /** The kind of {@code employer}'s vacancy numbered {@code slot} among those decided this month. */
    static SegmentVacancy of(World world, Employer employer, int slot) {
        if (!ExamPreparation.inSegment(world, employer)) {
            return ORDINARY;
        }
        EntryExams exams = world.scenario.labourMarket().entryExams();
        double all = EmployerDecisions.expectedOpeningsPerYear(world, employer);
        double regular = regularOpeningsPerYear(world, employer);
        double left = all - exams.entrantShare() * regular;
        double rolling;
        double experienced;
        if (all > 0 && left > 0) {
            rolling = exams.openHiringShare() * regular / left;
            experienced = (1 - exams.entrantShare() - exams.openHiringShare()) * regular / left;
        } else {
            double rest = 1 - exams.entrantShare();
            rolling = rest > 0 ? exams.openHiringShare() / rest : 0.0;
            experienced = 1 - rolling;
        }
        double u = world.streams.keyed(Stream.SEGMENT_OPENINGS, employer.id(), world.month, slot);
        if (u < rolling) {
            return ROLLING_ENTRY;
        }
        return u < rolling + experienced ? EXPERIENCED : NON_REGULAR;
    }

    /**
     * The regular openings {@code employer} expects in a year: its staff times the regular posts'
     * share and their separation rate, at most all the openings it expects (every opening regular
     * where regular posts would turn over faster than its posts do).
     */
    static double regularOpeningsPerYear(World world, Employer employer) {
        EntryExams exams = world.scenario.labourMarket().entryExams();
        double staff = employer.adultStaff + employer.youngStaff.size();
        double regular = 12 * staff * exams.regularPostShare() * exams.regularSeparationRate();
        return Math.min(regular, EmployerDecisions.expectedOpeningsPerYear(world, employer));
    }

    /**
     * The share of a segment employer's openings that young people out of work may take: the
     * non-regular ones and the regular ones of rolling recruitment, where regular openings are
     * {@code regularShare} of all.
     */
    static double reachableShare(EntryExams exams, double regularShare) {
        return 1 - (1 - exams.openHiringShare()) * Math.min(1, regularShare);
    }
}
