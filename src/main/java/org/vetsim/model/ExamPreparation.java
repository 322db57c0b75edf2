package org.vetsim.model;

import org.vetsim.scenario.EntryExams;

/**
 * The choice of a young person out of work to prepare for the primary segment's entry exam
 * ({@link EntryExams}) instead of searching for a job in the market (the rest of it, and the
 * segment's vacancies open to people out of work, {@link SegmentVacancy}). Preparing until
 * an exam buys the chance of passing it times what a regular segment post is worth to the person
 * (its wage, the pay rule plus the segment's premium, above the value of being out of work, which
 * counts the search a failed candidate goes back to, over the post's expected length at
 * {@code regular_quit_factor} times the young's quit rates and without dismissals), at the cost of
 * the months of preparation and of the search given up meanwhile; per month until the exam that is
 * worth {@code chance × worth / months − cost}, one of the options of a month out of a post
 * ({@link OutOfPostChoice}), set there against what a month of search adds to a month out of work,
 * with the job's surplus capitalised the same way ({@link #searchGain}; Pissarides 2000, chapter
 * 1), and against the other options. The person weighs the next exam and
 * the one after it (more months of preparation, a better chance) and takes the better. The chance
 * is that the exam-day score (general skill, plus what the months of preparation add, plus noise)
 * beats the pass mark people expect: the mean of the recent exams' lowest passing scores, so more
 * candidates make preparing less attractive next year (a queue, Harris and Todaro 1970).
 */
final class ExamPreparation {
    private ExamPreparation() {
    }

    /**
     * Whether {@code employer} recruits young entrants through the exam: a public employer, or one
     * of the segment's size (outside the exam only for its vacancies open to people out of work,
     * {@link SegmentVacancy}).
     */
    static boolean inSegment(World world, Employer employer) {
        EntryExams exams = world.scenario.labourMarket().entryExams();
        return exams.enabled() && employer != null && (employer.publicSector || employer.baseStaff() >= exams.fromStaff());
    }

    /**
     * Months of preparation, this one included, until the next exam (1 to 12): in the exam month
     * 1, since the exam is held after the month's choices, among those preparing this month.
     */
    static int monthsToExam(World world) {
        int examMonth = world.scenario.labourMarket().entryExams().examMonth();
        return Math.floorMod(examMonth - world.month, 12) + 1;
    }

    /** A candidate's expected exam score with {@code months} of preparation by the exam. */
    static double expectedScore(World world, YoungPerson person, int months) {
        EntryExams exams = world.scenario.labourMarket().entryExams();
        return person.generalSkill + exams.preparationGain() * Math.min(months, exams.preparationCapMonths());
    }

    /**
     * The chance of passing an exam held after {@code months} of preparation in all, against the
     * expected pass mark; 0 once an exam has offered no places.
     */
    static double passChance(World world, YoungPerson person, int months) {
        if (world.examHeld && world.examPlaces == 0) {
            return 0.0;
        }
        double noise = world.scenario.labourMarket().entryExams().scoreNoise();
        double z = (expectedScore(world, person, months) - world.examPassMark) / noise;
        return AdmissionSignal.normalCdf(z);
    }

    /**
     * What preparing for the better of the next two exams is worth a month, in skilled-wage
     * months: the pass chance times the surplus of a regular segment post over being out of work
     * ({@link ParticipationChoice#outOfWorkFlow}: the value of time outside work and of the search a
     * failed candidate goes back to) over the months until the exam, less the cost of a month's
     * preparation.
     */
    static double monthlyValue(World world, YoungPerson person) {
        return monthlyValue(world, person, ParticipationChoice.outOfWorkFlow(world, person));
    }

    /** {@link #monthlyValue(World, YoungPerson)} with the value of a month out of work {@code outOfWork} already known. */
    static double monthlyValue(World world, YoungPerson person, double outOfWork) {
        EntryExams exams = world.scenario.labourMarket().entryExams();
        double wage = ParticipationChoice.expectedWage(world, person);
        double regularQuits = YoungQuitRates.of(world).regularMultiplier();
        double surplus = (wage * (1 + exams.payPremium()) - outOfWork)
                * ParticipationChoice.jobMonths(world, person, regularQuits, true);
        if (surplus <= 0) {
            return Double.NEGATIVE_INFINITY;
        }
        double best = Double.NEGATIVE_INFINITY;
        for (int later = 0; later <= 1; later++) {
            int months = monthsToExam(world) + 12 * later;
            double chance = passChance(world, person, person.monthsPrepared + months);
            best = Math.max(best, chance * surplus / months);
        }
        return best - exams.preparationCost() * wage;
    }

    /**
     * What preparing this month is worth to {@code person} ({@link #monthlyValue}), or minus
     * infinity where they may not prepare: the segment does not recruit by exam, they are waiting
     * for a post they won, or they owe service. One of the options of a month out of a post
     * ({@link OutOfPostChoice}).
     */
    static double value(World world, YoungPerson person, double outOfWork) {
        if (!world.scenario.labourMarket().entryExams().enabled() || person.appointedTo != null
                || MilitaryService.owes(world, person)) {
            return Double.NEGATIVE_INFINITY;
        }
        return monthlyValue(world, person, outOfWork);
    }

    /**
     * What a month of search adds to a month out of work at home, in skilled-wage months: the
     * chance of a job times its surplus over being out of work, capitalised as the value of being
     * out of work counts it ({@link ParticipationChoice#outOfWorkFlow}; Pissarides 2000, chapter 1),
     * plus any allowance, less the search cost; 0 where search does not pay. The exam's prize is
     * a surplus over the same value, so the two compare like with like.
     */
    static double searchGain(World world, YoungPerson person) {
        return searchGain(world, person, ParticipationChoice.outOfWorkFlow(world, person));
    }

    /** {@link #searchGain(World, YoungPerson)} with the value of a month out of work {@code outOfWork} already known. */
    static double searchGain(World world, YoungPerson person, double outOfWork) {
        return outOfWork - ParticipationChoice.reservationValue(world, person);
    }
}
