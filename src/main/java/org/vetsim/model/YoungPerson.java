package org.vetsim.model;

import org.vetsim.metrics.Track;

/**
 * A young person followed from the end of lower-secondary school until leaving the youth window:
 * student, apprentice, worker, job seeker or inactive. Holds three kinds of skill: general skill,
 * occupation-specific skill (a proficiency and the requirement level it was learned at, its
 * vintage) and firm-specific skill at the current employer.
 */
public final class YoungPerson {
    final int id;
    final int birthMonth;
    final double ability;
    final double abilityScore;

    Status status;
    Track track = Track.GENERAL;
    /**
     * Entered vocational training at the entry age (the vocational path), or chose it and attended a
     * measure of the transition sector for want of a place ({@link TransitionYear}): no general-track
     * qualification either way.
     */
    boolean enteredVet;
    /** Entered vocational training after finishing the general track. */
    boolean vetAfterGeneral;
    /** Field of a higher-education degree, or null. */
    Occupation degreeIn;
    boolean admittedToHigher;
    /**
     * Admitted to higher education at the intake in which their vocational training ends
     * ({@link LateHigherEntry#finishing}): they sit the exam and enter at graduation.
     */
    boolean studyAdmitted;
    /** A pupil who chose VET and is in further general schooling until their vocational programme begins. */
    boolean vetBound;
    /** A general-track pupil who plans, before the school year ends, to apply for vocational training at the intake ({@link SchoolYearEnd}). */
    boolean vetPlanned;
    /** The end (at an intake) of the schooling or programme for which the person planned when to leave ({@link SchoolYearEnd}), or -1. */
    int yearEndPlannedFor = -1;
    /** The month the person left education at a school year's end, before the next intake ({@link SchoolYearEnd}), or -1. */
    int yearEndLeaving = -1;
    /** The month a school-based student passed the earlier sitting of the exam in the programme's final year ({@link Graduation}), or -1. */
    int earlySittingPassed = -1;
    /** Has attended a measure of the transition sector after finding no place ({@link TransitionYear}; at most once). */
    boolean transitionYear;
    /** Whether an apprenticeship contract of theirs ended early (dissolved, or hired away): a later start is a second contract. */
    boolean dissolvedContract;
    /**
     * The last month in which a former apprentice whose contract was dissolved may still be taken on
     * by another firm of the occupation with the months trained ({@link FirmChange}), or -1.
     */
    int firmChangeUntil = -1;
    /** Months of training a firm taking them on in that time continues from ({@link FirmChange}). */
    int monthsTrained;
    /**
     * Whether the current training was entered from a job, left for it ({@link Placement}), and whether at the
     * same employer (an existing employee among the starts).
     */
    boolean trainingFromWork;
    boolean trainingAtOwnEmployer;
    /** Whether the apprenticeship holds a place of its firm's intake (false for one continued after a dissolution, {@link FirmChange}). */
    boolean onIntakePlace;
    /** An apprentice who accepted the training firm's offer to keep them after training ({@link KeepCommitment}). */
    boolean keepCommitted;
    double generalSkill;
    Occupation occupation;
    double proficiency;
    double vintage;
    double firmSkill;
    Occupation certifiedIn;
    /** Whether the certificate was issued on a standard set with employers ({@link QualificationExam#employerSet}). */
    boolean employerCertificate;
    Programme programme;
    Employer employer;
    Employer trainingFirm;
    int trainingEnds;
    /** Months the apprenticeship has run or will run past its planned end ({@link AssessmentGateway}, {@link ExamRetake}). */
    int extensionMonths;
    /** Retakes of the final exam the apprentice has chosen so far in this apprenticeship ({@link ExamRetake}). */
    int retakes;
    int leftEducation = -1;
    /** The month the person last left a post or an apprenticeship, came back from abroad or ended military service, or -1. */
    int leftWorkMonth = -1;
    boolean hadJob;
    boolean completedVet;
    int hiredMonth;
    double wageFloor;
    /**
     * Whether the current job is a regular post, paid the primary segment's premium at a segment
     * employer; false for a non-regular post there ({@link SegmentVacancy}); true again once the
     * job ends and at the start of an apprenticeship (a graduate kept on gets a regular post).
     */
    boolean regularPost = true;
    int inductionLeft;
    boolean inducted;
    boolean searchingOnJob;
    /** An informal worker who applies for formal posts this month ({@link InformalWork}). */
    boolean searchingFromInformal;
    /** A student with a side job this month ({@link StudentJobs}): employed in the ILO sense, still in education. */
    boolean sideJob;
    /** A student who looked for a side job this month and has none ({@link StudentJobs}): unemployed in the ILO sense, still in education. */
    boolean sideSearch;
    /** Months a student has looked for a side job in vain since they last held one ({@link StudentJobs}). */
    int failedSideSearchMonths;
    /** The month a side job lined up before a vacation starts ({@link StudentJobs}), or -1: none lined up. */
    int vacationJobStarts = -1;
    /** The vacation of the job lined up ({@link StudentJobPool#SCHOOL} or {@link StudentJobPool#HIGHER}). */
    int vacationJobGroup;
    /** The occupation whose seekers' pool the person joined this month ({@link JobSeekers#searchField}), or null. */
    Occupation searchingIn;
    int matchedMonth = -1;
    int allPoolIndex = -1;
    int occupationPoolIndex = -1;
    boolean intern;
    boolean departed;
    Employer internAt;
    Programme graduatedFrom;
    /** The employer whose offer this student accepted before leaving education; the job starts when they finish. */
    Employer offerFrom;
    /** Whether the offer was made ahead of an opening the employer expects, holding no post ({@link AheadHiring}). */
    boolean offerAhead;
    double offerWage;
    double offerFit;
    /** Whether the accepted offer is of a regular post ({@link #regularPost}). */
    boolean offerRegular = true;
    /** What the person values in the current job beyond its wage (its fit), in wage units. */
    double jobFit;
    /** Month higher education began (for when a conscript student takes leave to serve). */
    int studyStart;
    /** Whether this higher-education student will leave without a degree, drawn at entry ({@link HigherEducation#enter}). */
    boolean leavesWithoutDegree;
    /** Last month in which one who left higher education without a degree waits for a training place ({@link DropoutTraining}); -1: not waiting. */
    int awaitingIntakeUntil = -1;
    /** Whether it has been drawn if this person serves in the armed forces ({@link MilitaryService}). */
    boolean serviceDecided;
    /** Drawn to serve and not yet called up: a student defers, no one applies for a job or is kept meanwhile. */
    boolean serviceOwed;
    /** Months beyond the months of study before service after which a conscript student takes leave (0-11). */
    int leaveOffset;
    /** Months in which the current military service began and ends. */
    int serviceStarted;
    int serviceEnds;
    /** A student serving on leave from higher education, who resumes the studies afterwards. */
    boolean studyLeave;
    /**
     * What a month outside work and search is worth to this person now, as a factor (mean 1) on
     * the scenario's mean value of non-market time: drawn on entry, drawn anew when their
     * circumstances change ({@link ParticipationChoice}).
     */
    double nonMarketFactor = 1.0;
    /** Drawn on entering the window; only women have children in the model ({@link Births}). */
    boolean female;
    /** Birth month of the youngest child, or {@link #NO_CHILD}. */
    int youngestChildBorn = NO_CHILD;
    /** Whether the mother can get care for her youngest child while it is under the care age (drawn at its birth). */
    boolean careAvailable;
    /** The month in which the paid leave of a mother employed at her youngest child's birth ends, or -1. */
    int leaveEnds = -1;
    /** Whether it has been drawn if this young man can go abroad to work ({@link LabourMigrationChoice}). */
    boolean migrationDecided;
    /** A young man with a network abroad, who can go there to work. */
    boolean canMigrate;
    /** The month in which a migrant's stay abroad ends. */
    int abroadUntil;
    /** Labour-force state at the end of last month ({@link LabourForceFlows}), or {@link LabourForceFlows#NONE}. */
    byte lastLabourState = LabourForceFlows.NONE;
    /** Months of failed search in the person's belief about their chance of a job. */
    int failedSearchMonths;
    /** The last month in which an employer offered the person a job while they were out of work or in education. */
    int lastOfferMonth = -2;
    /** Out of work and preparing for the primary segment's entry exam this month ({@link ExamPreparation}). */
    boolean preparing;
    /** Months the person has prepared for the entry exam since they last passed it. */
    int monthsPrepared;
    /** Out of work and studying for the qualification exam of their occupation this month ({@link LicencePreparation}). */
    boolean studying;
    /** Preparing full time this month for a re-sitting of the university entrance exam ({@link ResitPreparation}). */
    boolean resitPreparing;
    /** Months of that preparation since the last sitting: they raise the next sitting's score ({@link AdmissionSignal#academic}). */
    int resitMonthsPrepared;
    /** Months worked as an employee in the current occupation (the work experience that admits to its exam as an external candidate). */
    int monthsInOccupation;
    /** The segment employer whose entry exam the person passed and where they wait for a post ({@link EntryExam}). */
    Employer appointedTo;
    /** The employer's staff or apprentice list the person is on, and the neighbours there ({@link StaffList}). */
    StaffList staffList;
    YoungPerson staffPrevious;
    YoungPerson staffNext;

    /** The birth month of the youngest child of someone without children. */
    static final int NO_CHILD = Integer.MIN_VALUE;

    YoungPerson(int id, int birthMonth, double abilityScore) {
        this.id = id;
        this.birthMonth = birthMonth;
        this.abilityScore = abilityScore;
        this.ability = 0.5 * (1.0 + org.apache.commons.math3.special.Erf.erf(abilityScore / Math.sqrt(2.0)));
    }

    public int id() {
        return id;
    }

    /** Ability percentile in (0,1). */
    public double ability() {
        return ability;
    }

    public Status status() {
        return status;
    }

    /** The track the person is in or last completed, or NONE after leaving one uncompleted. */
    public Track track() {
        return track;
    }

    /** Age in whole years at {@code month}. */
    public int age(int month) {
        return (month - birthMonth) / 12;
    }

    public double generalSkill() {
        return generalSkill;
    }

    /** Occupation trained or working in; null for someone with general education only. */
    public Occupation occupation() {
        return occupation;
    }

    public double proficiency() {
        return proficiency;
    }

    /** Requirement level at which the occupation-specific skill was learned. */
    public double vintage() {
        return vintage;
    }

    public double firmSkill() {
        return firmSkill;
    }

    /** Occupation of the qualification certificate held, or null. */
    public Occupation certifiedIn() {
        return certifiedIn;
    }

    public Employer employer() {
        return employer;
    }

    public Programme programme() {
        return programme;
    }

    /** The employer hosting this person's internship now, or null. */
    public Employer internHost() {
        return intern ? internAt : null;
    }

    /** Whether this person is an intern in a firm this month. */
    public boolean isIntern() {
        return intern;
    }

    /** Has the person a vocational certificate or a degree (not unqualified)? */
    boolean qualified() {
        return certifiedIn != null || degreeIn != null;
    }

    /** Whether this person is a woman (drawn on entering the window). */
    public boolean female() {
        return female;
    }

    /** Whether this person is a mother whose youngest child is younger than {@code careAgeMonths} at {@code month}. */
    public boolean hasChildUnder(int careAgeMonths, int month) {
        return youngestChildBorn != NO_CHILD && month - youngestChildBorn < careAgeMonths;
    }

    void setStatus(Status newStatus) {
        status = newStatus;
        if (newStatus.inEducation()) {
            firmChangeUntil = -1;
            awaitingIntakeUntil = -1;
        }
    }

    /**
     * Makes {@code newOccupation} the person's occupation, for a job or a training: one who moves to
     * a new occupation starts it without its skill, learnt from requirement level {@code level};
     * one who stays in or returns to their own keeps what they learnt of it.
     */
    void enterOccupation(Occupation newOccupation, double level) {
        if (occupation != newOccupation) {
            occupation = newOccupation;
            proficiency = 0.0;
            vintage = level;
            monthsInOccupation = 0;
        }
    }

    /** Adds proficiency learned at requirement level {@code level}, keeping a vintage-weighted mix. */
    void learn(double gain, double level) {
        if (gain <= 0) {
            return;
        }
        double before = proficiency;
        double after = Math.min(1.0, before + gain);
        if (after > 0) {
            vintage = blendedVintage(before, vintage, after, level);
        }
        proficiency = after;
    }

    /**
     * The requirement level of proficiency {@code after} made of {@code before} learnt at
     * {@code vintage} and the rest learnt at {@code level} (a proficiency-weighted mean).
     */
    static double blendedVintage(double before, double vintage, double after, double level) {
        return (before * vintage + (after - before) * level) / after;
    }

    /**
     * Whether a labour force survey counts the person as employed: in work ({@link Status#employed}:
     * employees, apprentices, informal workers) or a student with a side job.
     */
    boolean surveyEmployed() {
        return status.employed() || sideJob;
    }

    /**
     * Whether a labour force survey counts the person as unemployed: a job seeker out of education,
     * or a student looking for a side job.
     */
    boolean surveyUnemployed() {
        return status == Status.UNEMPLOYED || sideSearch;
    }
}
