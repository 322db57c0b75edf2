package org.vetsim.model;

/**
 * Counts of the events of one month (flows), filled in by the phases and read by the
 * observation at the end of the month.
 */
final class Flows {
    int entrants;
    int agedOut;
    int graduates;
    int dropouts;
    int examTakers;
    int examPasses;
    /** Those of {@link #examTakers} and {@link #examPasses} who sat the exam at the end of an apprenticeship, and at the end of a school-based programme. */
    int apprenticeExamTakers;
    int apprenticeExamPasses;
    /** Retakes of the final exam sat by apprentices who failed an earlier sitting ({@link ExamRetake}). */
    int apprenticeRetakes;
    /** Apprentices who left their training after their last sitting of the final exam, and those of them certified. */
    int apprenticesFinished;
    int apprenticesCertified;
    /** Apprentices certified after their planned end ({@link AssessmentGateway}, {@link ExamRetake}). */
    int apprenticesCertifiedPastPlannedEnd;
    int schoolExamTakers;
    int schoolExamPasses;
    double certifiedGapSum;
    int vacanciesOpen;
    int vacanciesFilled;
    int youngHires;
    int adultHires;
    int adultJobToJobMoves;
    int firstJobs;
    int firstJobMonths;
    int vetFirstJobs;
    int vetFirstJobMonths;
    int qualifiedSeekers;
    int apprenticeGraduates;
    int apprenticeDropouts;
    /** Apprenticeships started, at an intake or after it ({@link Placement}). */
    int apprenticeStarts;
    /** Apprenticeships started after the intake month, in the after-placement ({@link AfterPlacement}). */
    int afterPlacementStarts;
    /** Apprenticeships started by someone whose earlier contract ended early ({@link YoungPerson#dissolvedContract}). */
    int secondContracts;
    /** Apprenticeships continued in another firm of the occupation after a dissolution, with the months trained ({@link FirmChange}). */
    int firmChanges;
    /**
     * Apprentices without a training contract looking for a job elsewhere this month, not yet in
     * their last months of training (when a job found starts only once they finish), so that
     * another employer could hire them away now; and those of them another employer hired.
     */
    int apprenticesSearching;
    int apprenticesHiredAway;
    int apprenticesRetained;
    /** Hires into regular posts of the exam-recruiting segment this month (exam passers' posts included), and of them the young taken by rolling recruitment from out of work or education ({@link SegmentVacancy}). */
    int segmentHires;
    int segmentOpenEntries;
    int poached;
    int outsideHiresOfCertified;
    int certifiedHiresByNonTrainers;
    int layoffs;
    int dismissals;
    int inductionMonths;
    int quitsToUnemployment;
    /**
     * Posts young employees left that stay to be filled: separations of employees but layoffs
     * ({@link World#separate}) and moves to another employer ({@link World#hire}).
     */
    int postsLeftByYoung;
    int quitsToInactivity;
    /** Young employees who left their job for higher education, vocational training, military service or a stay abroad: breaks in employment of other kinds. */
    int quitsToEducationServiceOrAbroad;
    /**
     * Young employees who began paid leave at a birth ({@link Births}): the register's employment
     * spells break there, though the mother keeps her job ({@link Motherhood#leaveBegun}).
     */
    int leavesFromWork;
    /** Separations of young employees whose paid leave had begun: their spell's break was counted when the leave began. */
    int separationsOnLeave;

    /**
     * Young employees' spells that ended in a break this month, as a register of employment spells
     * counts them: quits into unemployment, inactivity, education, service or abroad, dismissals,
     * lay-offs and paid leaves begun, a separation during a leave or at its end not counted again
     * ({@link org.vetsim.metrics.Metric#YOUNG_JOB_TO_JOB_SHARE}'s breaks).
     */
    int youngBreaks() {
        return quitsToUnemployment + quitsToInactivity + quitsToEducationServiceOrAbroad + dismissals + layoffs
                + leavesFromWork - separationsOnLeave;
    }
    int births;
    int departuresAbroad;
    int hiresFromUnemployment;
    /** Young informal workers hired into a post this month ({@link InformalWork}). */
    int hiresFromInformal;
    int unemployedSeekers;
    /** Young employees searching from their job in this month's hiring (quitters with a reason to leave, {@link Separations#startsLeaving}). */
    int employedSeekers;
    /**
     * Young unemployed job seekers ({@link JobSeekers}) and those of them starting a job this
     * month ({@link JobStarts}), by {@link LicencePreparation#group}: with or without a
     * vocational certificate, with or without a job before.
     */
    final int[] seekersByCertificate = new int[4];
    final int[] startsByCertificate = new int[4];
    /** Sittings and passes of the occupation's exam by external candidates who studied for it ({@link LicencePreparation}). */
    int licenceTakers;
    int licencePasses;
    int counterOffers;
    /** Young employees hired straight from their job by another employer ({@link World#hire}). */
    int youngJobToJobMoves;
    int vetEntrantsAfterGeneral;
    /** Young people out of work without a qualification who started vocational training this month ({@link LateVetEntry}). */
    int vetEntrantsOutOfWork;
    /** Young employees without a qualification who left their job for vocational training this month ({@link LateVetEntry}). */
    int vetEntrantsFromWork;
    /** Pupils without a place who entered a measure of the transition sector this month ({@link TransitionYear}). */
    int transitionEntrants;
    /** Entrants to higher education this month, from the general track or late ({@link HigherEducation#enter}). */
    int higherEntrants;
    /** Students who left higher education this month, and those of them who left without a degree ({@link HigherEducation#enter}). */
    int higherLeavers;
    int higherLeaversWithoutDegree;
    /** Late entrants to higher education this month: from out of education, or from training begun after the general track ({@link LateHigherEntry}). */
    int higherEntrantsLate;
    /** Late applicants to higher education at this month's intake ({@link LateHigherEntry#countsAsLate}), admitted or not. */
    int higherApplicantsLate;
    /** Graduates of vocational training this month who went on to higher education at once ({@link LateHigherEntry#enterFromTraining}). */
    int higherEntrantsFromTraining;
    int educationLeavers;
    int leaversStartingWork;
    int[] vacanciesByOccupation;
    int[] unfilledByOccupation;
    /** Vacancies filled this month by occupation (hires through the market and by the entry exam). */
    int[] filledByOccupation;
    int[] qualifiedSupplyByOccupation;
    final int[] apprenticeGraduatesBySize = new int[SizeClass.values().length];
    final int[] apprenticesRetainedBySize = new int[SizeClass.values().length];
    final int[] poachedBySize = new int[SizeClass.values().length];
    final int[] firstJobsByTrack = new int[org.vetsim.metrics.Track.values().length];
    final int[] firstJobMonthsByTrack = new int[org.vetsim.metrics.Track.values().length];
    final int[] firstJobsByAge = new int[org.vetsim.metrics.AgeGroup.values().length];
    final int[] firstJobMonthsByAge = new int[org.vetsim.metrics.AgeGroup.values().length];

    Flows(int occupations) {
        vacanciesByOccupation = new int[occupations];
        unfilledByOccupation = new int[occupations];
        filledByOccupation = new int[occupations];
        qualifiedSupplyByOccupation = new int[occupations];
    }

    /**
     * An apprentice leaves the training after the last sitting of the final exam, certified
     * ({@code certified}) or not, after the planned end ({@code late}) or at it.
     */
    void countApprenticeFinish(boolean certified, boolean late) {
        apprenticesFinished++;
        if (certified) {
            apprenticesCertified++;
            apprenticesCertifiedPastPlannedEnd += late ? 1 : 0;
        }
    }

    /** One first sitting of the exam at the end of training, by an apprentice or a school-based student, passed or not. */
    void countExam(boolean apprentice, boolean passed) {
        int pass = passed ? 1 : 0;
        examTakers++;
        examPasses += pass;
        if (apprentice) {
            apprenticeExamTakers++;
            apprenticeExamPasses += pass;
        } else {
            schoolExamTakers++;
            schoolExamPasses += pass;
        }
    }
}
