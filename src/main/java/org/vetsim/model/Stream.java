package org.vetsim.model;

/**
 * The model's random processes, each drawing from its own seeded stream. Two policy arms run
 * with the same seed thus share the same cohorts, abilities and demand shocks (common random
 * numbers) even where a policy changes how many draws another process makes.
 */
public enum Stream {
    /**
     * Building firms, the adults they employ at the start, colleges and exam standards (there is
     * no initial youth population: the window fills from empty).
     */
    SETUP,
    /** Abilities of entering cohorts. */
    COHORTS,
    /** Track and occupation choice. */
    CHOICE,
    /** Learning progress, dropout and the field of study of those entering higher education. */
    LEARNING,
    /** Exam measurement error, and the fit of the job an internship host offers its graduate. */
    EXAMS,
    /** The aggregate business-cycle shock and occupations' demand shocks. */
    DEMAND,
    /** The random step of occupations' requirement levels. */
    TECHNOLOGY,
    /** Each employer's own threshold for rounding its target staff to whole workers (a keyed draw per employer). */
    STAFFING,
    /**
     * Adult staff separations and retirements, which of those retiring or laid off were searching
     * from the job, the skills of adults who lose a job, and which adults out of work retire.
     */
    ADULTS,
    /** Whether an applicant drawn for a vacancy is an adult, which adult out of work, and the adult's productivity. */
    ADULT_APPLICANTS,
    /** Which staff member is laid off. */
    LAYOFFS,
    /** Internship hosts. */
    PLACEMENTS,
    /** Screening and hiring. */
    MATCHING,
    /** Quits and job search on the job. */
    SEPARATIONS,
    /** Who of each cohort serves in the armed forces. */
    MILITARY_SERVICE,
    /** How productively each employer uses trainees (drawn only when their spread is above 0). */
    TRAINEE_USE,
    /** Changes of young people's circumstances: their value of time outside work drawn anew ({@link ParticipationChoice}). */
    PARTICIPATION,
    /** Each entrant's value of time outside work, drawn once on entering the window, in entry order (common to arms). */
    CIRCUMSTANCES,
    /** Entry-exam places and the fit of the posts the passers take ({@link EntryExam}). */
    ENTRY_EXAMS,
    /** Each young person's luck on an entry exam's day, drawn for everyone in the window at each exam (common to arms). */
    ENTRY_EXAM_SCORES,
    /** Each entrant's sex, drawn on entering the window, in entry order (common to arms; appended so no stream above changes). */
    SEX,
    /**
     * Births to young women, one draw a month for every woman in the window in the population's
     * order, and at a birth whether the mother can get care for the child ({@link Births}); nothing
     * is drawn when every fertility rate is 0.
     */
    BIRTHS,
    /** Labour migration: who can go abroad ({@link LabourMigrationChoice}). */
    LABOUR_MIGRATION,
    /**
     * Whether an open vacancy's hiring process is complete this month ({@link HiringProcess}): one
     * keyed draw per open vacancy ({@link RandomStreams#keyed}, by employer, the vacancy's slot and
     * the month, common to arms), not from the sequential generator; nothing is drawn when every
     * vacancy is decided in the month it opens.
     */
    HIRING_PROCESS,
    /**
     * Whether an adult applicant is one searching from a job ({@link AdultLabourForce#searchesFromJob}),
     * and if hired from which employer ({@link AdultLabourForce#moverFrom}): keyed draws
     * ({@link RandomStreams#keyed}) by the hiring employer, the month and the employer's count of
     * adult applicants that month, common to arms, not from the sequential generator.
     */
    ADULT_MOVES,
    /**
     * The occupation in which a job seeker without one looks for work this month, a keyed draw per
     * person and month ({@link JobSeekers#searchField}).
     */
    SEARCH_FIELD,
    /**
     * Young people out of work who choose vocational training at a yearly intake
     * ({@link LateVetEntry}): their lasting taste (a keyed draw per person) and the occupation
     * they pick (keyed per person and month).
     */
    LATE_VET_ENTRY,
    /**
     * An applicant's admission record ({@link AdmissionSignal}): a keyed normal draw per person for
     * the vocational channel (placement, {@link Placement#signal}) and one for the academic channel
     * (higher education and the academic track), the same at every intake, so two arms give the
     * same applicant the same record however many others apply.
     */
    ADMISSION_SIGNALS,
    /**
     * Young people out of education, or finishing vocational training, who apply for higher
     * education at a yearly intake ({@link LateHigherEntry}): their lasting taste (keyed per person), the
     * field and months of study of those admitted; and, where higher education admits by a yearly exam,
     * the noise of each sitting of anyone who sits it, pupils included ({@link AdmissionSignal#academic},
     * keyed per person and intake month).
     */
    LATE_HIGHER_ENTRY,
    /**
     * Adult staff converted into apprentices ({@link AdultApprentices}): whether each in training or
     * certified leaves the employer, drops out or completes this month, keyed draws by employer,
     * month and trainee (drawn only while someone is converted).
     */
    STAFF_CONVERSIONS,
    /**
     * The measurement error of an external candidate's score at their occupation's qualification
     * exam ({@link LicencePreparation}): a keyed normal draw per person and month, common to arms.
     */
    LICENCE_EXAMS,
    /**
     * Whether a hire out of work starts in the month of the decision ({@link HireStarts}): a keyed
     * draw by employer, month and the vacancy's slot, so two arms start the same hires at once
     * (drawn only when {@code same_month_start_share} is above 0).
     */
    HIRE_STARTS,
    /**
     * Whether an informal worker applies for posts this month ({@link InformalWork}): a keyed draw by
     * person and month, so two arms give the same worker the same months of search (drawn only
     * when {@code labour_market.informal_work.earnings} is above 0); and whether a person has a way
     * into informal work at all, a lasting draw keyed by person with month slot -1
     * ({@link InformalWork#hasAccess}, drawn only when {@code access_share} is below 1).
     */
    INFORMAL_WORK,
    /**
     * Whether a student's side job ends this month and whether a student looking for one is hired
     * ({@link StudentJobs}): keyed draws by person and month, common to arms (drawn only when
     * {@code labour_market.student_jobs.posts_per_young_person} is above 0).
     */
    STUDENT_JOBS,
    /**
     * The fit of an apprentice to the training firm ({@link Placement}): a keyed normal draw per
     * person and intake month, so two arms give the same apprentice the same fit however many
     * others apply or are placed before.
     */
    APPRENTICE_FIT,
    /**
     * The kind of a vacancy of an employer that recruits young entrants by exam ({@link SegmentVacancy#of}:
     * a regular post of rolling recruitment or for experienced workers, or a non-regular post): a
     * keyed draw by employer, month and the vacancy's number among the employer's vacancies decided
     * that month, common to arms for the same decision.
     */
    SEGMENT_OPENINGS,
    /**
     * The measurement error of an apprentice's retake of the final exam ({@link ExamRetake}): a
     * keyed draw by person and month, so that retakes leave the draws of first sittings as they
     * were.
     */
    RETAKE_EXAMS,
    /**
     * The measurement error of a school-based student's earlier sitting of the final exam in the
     * final school year ({@code exams.school_first_sitting_month}, {@link Graduation}): a keyed
     * normal draw by person and month, drawn only where the exam has such a sitting.
     */
    SCHOOL_SITTINGS,
    /**
     * Whether an adult applicant not searching from a job is one outside the labour force who wants
     * a job ({@link AdultLabourForce#fromInactivity}): a keyed draw by the hiring employer, the month
     * and the employer's count of adult applicants that month, common to arms; drawn only where
     * {@code labour_market.inactive_adults} is in force.
     */
    INACTIVE_APPLICANTS,
    /**
     * The order in which the places open after an intake are offered ({@link AfterPlacement}); drawn
     * only where {@code work_based_learning.after_placement_months} is above 0.
     */
    AFTER_PLACEMENT,
    /**
     * The order in which a former apprentice who may change firm tries the training firms of the
     * occupation ({@link FirmChange}); drawn only where {@code work_based_learning.firm_change_grace_months}
     * is above 0 and someone is looking.
     */
    FIRM_CHANGE
}
