package org.vetsim.model;

import ec.util.MersenneTwisterFast;
import org.vetsim.scenario.Engagement;
import org.vetsim.scenario.LabourMarketSettings;
import org.vetsim.scenario.Scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The state of one simulated economy: occupations, colleges, employers and the young people,
 * the month, the engagement mechanisms in force and the month's flows. The phases of
 * {@link MonthlyCycle} read and change it; nothing here touches files, consoles or screens.
 */
public final class World {
    Scenario scenario;
    final List<org.vetsim.scenario.Reform> reforms;
    final RandomStreams streams;
    final SkillModel skills;
    final Occupation[] occupations;
    final List<College> colleges = new ArrayList<>();
    final List<Programme> programmes = new ArrayList<>();
    final List<List<Programme>> programmesByOccupation = new ArrayList<>();
    final List<Employer> employers = new ArrayList<>();
    final List<List<Employer>> employersByOccupation = new ArrayList<>();
    final List<YoungPerson> people = new ArrayList<>();
    final List<YoungPerson> entrants = new ArrayList<>();
    final LabourMarketSignals signals;
    final TrailingWindow examWindow = new TrailingWindow(12);
    /** Exam passes over takers at the end of an apprenticeship, and at the end of a school-based programme, last 12 months. */
    final TrailingWindow apprenticeExamWindow = new TrailingWindow(12);
    final TrailingWindow schoolExamWindow = new TrailingWindow(12);
    final TrailingWindow pastPlannedEndWindow = new TrailingWindow(12);
    final TrailingWindow retakeWindow = new TrailingWindow(12);
    final TrailingWindow eventualPassWindow = new TrailingWindow(12);
    /** Young people the exam segment hired from out of work or education outside its exam, over its hires, last 12 months. */
    final TrailingWindow segmentEntryWindow = new TrailingWindow(12);
    /** Late entrants to higher education over all its entrants ({@link LateHigherEntry}). */
    final TrailingWindow lateHigherWindow = new TrailingWindow(12);
    /** Leavers of higher education without a degree over all its leavers, last 12 months. */
    final TrailingWindow higherLeaverWindow = new TrailingWindow(12);
    /** Running mean ability of the entrants to higher education, the reference of the non-completion gradient ({@link HigherEducation#enter}). */
    final EntrantAbilityMean higherEntrantAbility = new EntrantAbilityMean(HigherEducation.INITIAL_ENTRANT_ABILITY);
    /** VET graduates going straight on to higher education over all VET graduates ({@link LateHigherEntry#enterFromTraining}). */
    final TrailingWindow vetToHigherWindow = new TrailingWindow(12);
    final TrailingWindow certifiedGapWindow = new TrailingWindow(12);
    final TrailingWindow firstJobWindow = new TrailingWindow(12);
    /** Hires of young job seekers out of unemployment over the unemployed job seekers, the last 12 months. */
    final TrailingWindow jobFindingWindow = new TrailingWindow(12);
    /**
     * Starts of young people out of work over the unemployed job seekers, the last 12 months, by
     * {@link LicencePreparation#group} (with or without a vocational certificate, with or without
     * a job before): the job-finding rates by certificate that young people weigh when they
     * consider studying for a licence ({@link LicencePreparation}).
     */
    final TrailingWindow[] findingByCertificate = {new TrailingWindow(12), new TrailingWindow(12), new TrailingWindow(12),
            new TrailingWindow(12)};
    final TrailingWindow jobOnLeavingWindow = new TrailingWindow(12);
    /** Apprentices hired away in mid-training over the apprentices who looked for a job elsewhere, last 12 months ({@link ApprenticeshipOutlook#expectedLoss}). */
    final TrailingWindow apprenticeLossWindow = new TrailingWindow(12);
    final TrailingWindow vetFirstJobWindow = new TrailingWindow(12);
    final TrailingWindow retentionWindow = new TrailingWindow(12);
    final TrailingWindow apprenticeDropoutWindow = new TrailingWindow(12);
    final TrailingWindow afterPlacementWindow = new TrailingWindow(12);
    final TrailingWindow secondContractWindow = new TrailingWindow(12);
    final TrailingWindow firmChangeWindow = new TrailingWindow(12);
    final TrailingWindow poachingWindow = new TrailingWindow(12);
    final TrailingWindow outsideHiringWindow = new TrailingWindow(12);
    final TrailingWindow youngHireWindow = new TrailingWindow(12);
    /** Young employees' moves to another employer over all their separations, last 12 months ({@link org.vetsim.metrics.Metric#YOUNG_JOB_TO_JOB_SHARE}). */
    final TrailingWindow youngJobToJobWindow = new TrailingWindow(12);
    /**
     * Posts young employees left over their number at the ends of the months, the last 12 months:
     * every separation that leaves a post to fill (quits, dismissals and ends of contracts, moves to
     * another employer, leaving for inactivity, abroad or for military service), not layoffs, whose
     * posts go, nor ageing out, which keeps the post as adult staff ({@link Flows#postsLeftByYoung}).
     */
    final TrailingWindow youngPostLeavingWindow = new TrailingWindow(12);
    final int outputStart;
    final int totalMonths;
    Engagement engagement;
    Engagement pendingEngagement;
    boolean engagementChanged;
    Flows flows;
    /** Who started an apprenticeship at the last intake, by age and origin. */
    final ApprenticeStarts apprenticeStarts = new ApprenticeStarts();
    int month;
    int nextPersonId;
    double meanProductivity = 0.5;
    /**
     * The pass mark of the entry exam that young people expect: the lowest passing scores of the
     * recent exams, averaged ({@link EntryExam}); 0 (anyone passes) before the first exam.
     */
    double examPassMark;
    /** Whether an entry exam has been held, and how many places it offered, and how many sat and passed the latest. */
    boolean examHeld;
    int examPlaces;
    int examCandidates;
    int examPasses;
    /**
     * Per occupation, the entry grade of its pay scale: the mean productivity the pay rule rewards
     * in the young employees who joined their employer in the last twelve months.
     */
    final double[] payScaleAnchor;
    double cycleShock;
    double demandIndex = 1.0;
    /** Recent apprentice graduates' mean productivity at their training firm (moving average). */
    double graduateProductivity = 0.6;
    /** Their mean paid productivity there ({@link #paidProductivity}; moving average). */
    double graduatePaidProductivity = 0.6;
    double vetEntryShare;
    /** Share of the last intake's vocational entrants who started an apprenticeship (what pupils expect). */
    double apprenticeShareOfVetEntrants;
    /** Young people who applied for a vocational place (apprenticeship or college seat) at the last intake. */
    int intakeApplicants;
    /** First-choice applicants for a vocational place per occupation at the last intake. */
    final int[] intakeApplicantsByOccupation;
    int lastSeekers;
    JobSeekers jobSeekers;
    /** The young's quit rates by tenure of the current labour-market settings ({@link YoungQuitRates#of}). */
    YoungQuitRates quitRates;
    double[] boardShare;
    final double[] alignment;
    final double[] occupationStaff;
    /** Share of the places offered at the last intake that were filled, per occupation ({@link FillExpectation}). */
    final double[] occupationFillRate;
    AdultLabourForce adults;
    /** The side jobs open to students and the count of those held, by which employers' demand is cut ({@link StudentJobs}). */
    final StudentJobPool studentJobPool = new StudentJobPool();
    /** Employers' trend staff summed: all the jobs at a demand index of 1, students' side jobs included (set once at the build). */
    int trendJobs;
    private final AdultSeparationRates adultSeparationRates = new AdultSeparationRates();
    final RetentionMarket retention;
    /** What employers have seen of the young people they hired from outside ({@link TrainedGraduateValue}). */
    final OutsideHires outsideHires;
    final TrackReturns trackReturns;
    /** The earnings of each occupation's certified leavers and degree holders, as pupils see them. */
    final OccupationReturns occupationReturns;
    /**
     * The signal down to which higher education has lately admitted, as pupils expect it
     * ({@link HigherEducation#expectedCutoff}; {@link TrackChoice#CERTAIN_ADMISSION} or
     * {@link TrackChoice#NO_ADMISSION} when the last intake admitted everyone or no one).
     */
    double admissionCutoff;
    /** What employers expect of an apprenticeship and of converting staff ({@link ApprenticeshipOutlook}). */
    private final ApprenticeshipOutlook outlook = new ApprenticeshipOutlook(this);

    World(Scenario scenario, long seed) {
        this.scenario = scenario;
        this.reforms = scenario.reforms();
        this.streams = new RandomStreams(seed);
        this.skills = new SkillModel(scenario);
        this.outputStart = scenario.simulation().warmupYears() * 12;
        this.totalMonths = scenario.simulation().totalMonths();
        this.engagement = scenario.engagement();
        int n = scenario.occupations().size();
        this.occupations = new Occupation[n];
        for (int i = 0; i < n; i++) {
            var spec = scenario.occupations().get(i);
            occupations[i] = new Occupation(i, spec.name(),
                    spec.techDrift() * scenario.technology().driftMultiplier(), totalMonths, spec.apprenticeships(),
                    spec.schoolBased());
            employersByOccupation.add(new ArrayList<>());
            programmesByOccupation.add(new ArrayList<>());
        }
        this.signals = new LabourMarketSignals(n, totalMonths);
        this.flows = new Flows(n);
        this.boardShare = new double[n];
        this.alignment = new double[n];
        this.occupationStaff = new double[n];
        this.occupationFillRate = new double[n];
        this.intakeApplicantsByOccupation = new int[n];
        java.util.Arrays.fill(occupationFillRate, 1.0);
        this.payScaleAnchor = new double[n];
        java.util.Arrays.fill(payScaleAnchor, meanProductivity);
        java.util.Arrays.fill(alignment, 1.0);
        var market = scenario.labourMarket();
        double firstYearQuits = LabourMarketSettings.firstYearQuitRate(market.quitRate(), market.quitFirstYearRatio());
        double keptQuits = firstYearQuits / market.quitFirstYearRatio();
        this.retention = new RetentionMarket(n, keptQuits, keptQuits,
                RetentionMarket.windowMonths(scenario.population().youngPeople()));
        this.outsideHires = new OutsideHires(n, RetentionMarket.windowMonths(scenario.population().youngPeople()));
        this.trackReturns = new TrackReturns(totalMonths);
        this.occupationReturns = new OccupationReturns(n, totalMonths);
        this.admissionCutoff = TrackChoice.initialCutoff(scenario.education());
    }

    public Scenario scenario() {
        return scenario;
    }

    /** Month since the start of the run, warm-up included (0-based). */
    public int month() {
        return month;
    }

    /** Output month, 1-based, as in the month column; 0 or less during the warm-up. */
    public int outputMonth() {
        return month - outputStart + 1;
    }

    public boolean inWarmup() {
        return month < outputStart;
    }

    public Engagement engagement() {
        return engagement;
    }

    public List<Occupation> occupations() {
        return List.of(occupations);
    }

    public List<College> colleges() {
        return Collections.unmodifiableList(colleges);
    }

    public List<Programme> programmes() {
        return Collections.unmodifiableList(programmes);
    }

    public List<Employer> employers() {
        return Collections.unmodifiableList(employers);
    }

    public List<YoungPerson> people() {
        return Collections.unmodifiableList(people);
    }

    public SkillModel skills() {
        return skills;
    }

    /** The costs and returns of an apprentice of median ability, with mentors or without ({@link ApprenticeshipOutlook#apprentice}). */
    ApprenticeshipEconomics apprenticeshipEconomics(boolean mentored) {
        return outlook.apprentice(mentored);
    }

    /** The costs and returns of converting an employee, with mentors or without ({@link ApprenticeshipOutlook#convertedStaff}). */
    ApprenticeshipEconomics convertedStaffEconomics(boolean mentored) {
        return outlook.convertedStaff(mentored);
    }

    /** The monthly chance employers expect an apprentice to be hired away ({@link ApprenticeshipOutlook#expectedLoss}). */
    double expectedApprenticeLoss() {
        return outlook.expectedLoss();
    }

    MersenneTwisterFast random(Stream stream) {
        return streams.get(stream);
    }

    /**
     * The wage {@code person} earns at their employer: apprentice pay in training, otherwise
     * {@link #employeeWage}.
     */
    double wageOf(YoungPerson person) {
        if (person.status == Status.APPRENTICE) {
            return engagement.workBasedLearning().payRatio(trainingMonth(person));
        }
        return employeeWage(person, skills.specificSkill(person, person.occupation));
    }

    /**
     * The wage of {@code person} as an employee of their employer, given their occupation-specific
     * skill {@code specific} for the job: the pay rule on what they would produce at another firm
     * plus the share of the returns to their firm-specific skill that the employer passes on
     * ({@code labour_market.firm_skill_wage_share}, Becker 1962, Hashimoto 1981), times one plus
     * the primary segment's premium at an employer that recruits by entry exam
     * ({@link ExamPreparation#inSegment}), or the outside offer their employer matched (or they
     * were hired at), whichever is higher.
     */
    double employeeWage(YoungPerson person, double specific) {
        return employeeWageAt(person, paidProductivity(person, specific));
    }

    /** {@link #employeeWage} of {@code person} whose paid productivity is {@code paid}. */
    double employeeWageAt(YoungPerson person, double paid) {
        return Math.max(wage(paid, person.occupation.index()) * payFactor(person), person.wageFloor);
    }

    /** The monthly rate at which the adult staff of {@code employer} leave: its size class's ({@link AdultSeparationRates}). */
    double adultSeparationRate(Employer employer) {
        return adultSeparationRates.of(scenario.labourMarket(), employer);
    }

    /**
     * What {@code employer} pays on the pay rule, as a factor: one plus the primary segment's
     * premium at an employer that recruits young entrants by exam ({@link ExamPreparation#inSegment}),
     * else 1.
     */
    double payFactor(Employer employer) {
        return ExamPreparation.inSegment(this, employer) ? 1 + scenario.labourMarket().entryExams().payPremium() : 1.0;
    }

    /** What {@code person}'s employer pays them on the pay rule, as a factor: its {@link #payFactor} in a regular post, else 1. */
    private double payFactor(YoungPerson person) {
        return person.regularPost ? payFactor(person.employer) : 1.0;
    }

    /** The wage {@code employer} pays a worker of (paid) {@code productivity} in its occupation in a regular post: the pay rule times its {@link #payFactor}. */
    double wageAt(Employer employer, double productivity) {
        return wageAt(employer, productivity, true);
    }

    /** {@link #wageAt(Employer, double)} in a regular post ({@code regular}) or a non-regular one, which the pay rule pays without a premium. */
    double wageAt(Employer employer, double productivity, boolean regular) {
        return wage(productivity, employer.occupation().index()) * (regular ? payFactor(employer) : 1.0);
    }

    /**
     * The productivity the pay rule rewards in {@code person}: what they would produce at another
     * firm plus the share of what their firm-specific skill adds that is passed on.
     */
    double paidProductivity(YoungPerson person, double specific) {
        double elsewhere = skills.productivity(person, specific, false);
        double here = skills.productivity(person, specific, true);
        return elsewhere + scenario.labourMarket().firmSkillWageShare() * (here - elsewhere);
    }

    /**
     * The month of training {@code apprentice} is in (0-based), counted back from the end of the
     * apprenticeship at its current length and any extension past it ({@link AssessmentGateway});
     * an extension's months count as the last month's.
     */
    int trainingMonth(YoungPerson apprentice) {
        int months = engagement.workBasedLearning().apprenticeshipMonths();
        return Math.max(0, Math.min(months - 1, months + apprentice.extensionMonths - (apprentice.trainingEnds - month)));
    }

    /**
     * Wage of a worker of (paid) productivity {@code productivity} in {@code occupation}, in
     * skilled-wage units: the occupation's pay scale starts at its entry grade, what the people it
     * hires produce, and passes on only {@code 1 - wage_compression} of each skill above (or below)
     * it: the compressed wage structure of Acemoglu and Pischke (1999), w(t) - w(0) < f(t) - f(0),
     * that collective agreements set by sector and occupation (Dustmann and Schoenberg 2009). A
     * worker whose skills outsiders see and bid for is paid more through matched offers.
     */
    double wage(double productivity, int occupation) {
        double compression = scenario.labourMarket().wageCompression();
        return (1 - compression) * productivity + compression * payScaleAnchor[occupation];
    }

    /**
     * Starts an employment spell of {@code person} at {@code employer} at a wage of at least
     * {@code wage} (the offer that won the person), in a job of fit {@code fit}. A hire of a firm
     * with a corporate training centre (mechanism 7) gets induction training, unless the firm
     * trained the person itself as an apprentice.
     */
    void hire(YoungPerson person, Employer employer, double wage, double fit) {
        hire(person, employer, wage, fit, true);
    }

    /** {@link #hire(YoungPerson, Employer, double, double)} in a regular post ({@code regular}) or a non-regular one ({@link SegmentVacancy}). */
    void hire(YoungPerson person, Employer employer, double wage, double fit, boolean regular) {
        person.jobFit = fit;
        if (person.employer != null) {
            person.employer.youngStaff.remove(person);
            if (person.status == Status.EMPLOYED && person.employer != employer) {
                outsideHires.leaves(person);
                flows.postsLeftByYoung++;
                if (!Motherhood.leaveBegun(this, person)) {
                    flows.youngJobToJobMoves++; // from a leave, the spell broke when it began
                }
            }
        }
        person.enterOccupation(employer.occupation(), employer.occupation().requirement());
        person.employer = employer;
        person.regularPost = regular;
        person.firmSkill = 0.0;
        var centres = engagement.corporateTrainingCentres();
        boolean induction = centres.enabled() && employer.runsCentre && person.trainingFirm != employer;
        person.inducted = induction;
        person.inductionLeft = induction ? centres.inductionMonths() : 0;
        person.hiredMonth = month;
        person.wageFloor = wage;
        person.searchingOnJob = false;
        person.keepCommitted = false;
        person.failedSearchMonths = 0;
        person.leaveEnds = -1;
        person.firmChangeUntil = -1;
        person.awaitingIntakeUntil = -1;
        person.setStatus(Status.EMPLOYED);
        employer.youngStaff.add(person);
    }

    /**
     * {@code person}, if employed, leaves the job for higher education, vocational training
     * ({@link LateVetEntry}), military service or a stay abroad: a separation that ends in a break
     * ({@link Flows#quitsToEducationServiceOrAbroad}).
     */
    void leaveJobForElsewhere(YoungPerson person) {
        if (person.status == Status.EMPLOYED) {
            separate(person);
            flows.quitsToEducationServiceOrAbroad++;
        }
    }

    /**
     * Ends the employment or apprenticeship of {@code person}, who becomes a job seeker; an
     * employee leaves a post to fill ({@link Flows#postsLeftByYoung}).
     */
    void separate(YoungPerson person) {
        if (person.status == Status.EMPLOYED) {
            outsideHires.leaves(person);
            flows.postsLeftByYoung++;
        }
        endSpell(person);
    }

    /**
     * Records that {@code apprentice}'s contract ends early (dissolved, or hired away), before they
     * leave the firm: a later apprenticeship of theirs is a second contract, and where firms fill
     * places after the intake ({@link AfterPlacement}) the place of an apprentice of the last intake
     * (or taken after it) is open again; a training continued in another firm ({@link FirmChange})
     * held no place of that firm's intake, so none opens.
     */
    void endContractEarly(YoungPerson apprentice) {
        apprentice.dissolvedContract = true;
        if (engagement.workBasedLearning().afterPlacementMonths() > 0 && apprentice.trainingFirm != null
                && apprentice.onIntakePlace && trainingMonth(apprentice) <= Math.floorMod(month, 12)) {
            apprentice.trainingFirm.placesReopened++;
        }
    }

    /** Lays off the young employee {@code person}, whose post goes with the fall in demand: a job seeker now. */
    void layOff(YoungPerson person) {
        endSpell(person);
        flows.layoffs++;
    }

    private void endSpell(YoungPerson person) {
        if (Motherhood.leaveBegun(this, person)) {
            flows.separationsOnLeave++;
        }
        JobOffers.lapse(person);
        Employer employer = person.employer;
        if (employer != null) {
            employer.youngStaff.remove(person);
            employer.apprentices.remove(person);
        }
        person.employer = null;
        person.regularPost = true;
        person.firmSkill = 0.0;
        person.searchingOnJob = false;
        person.keepCommitted = false;
        person.leaveEnds = -1;
        person.leftWorkMonth = month;
        person.setStatus(Status.UNEMPLOYED);
    }

    /** Records that {@code person} starts a first job {@code months} after leaving education. */
    void recordFirstJob(YoungPerson person, int months) {
        if (person.hadJob) {
            return;
        }
        person.hadJob = true;
        flows.firstJobs++;
        flows.firstJobMonths += months;
        flows.firstJobsByTrack[person.track.ordinal()]++;
        flows.firstJobMonthsByTrack[person.track.ordinal()] += months;
        org.vetsim.metrics.AgeGroup group = org.vetsim.metrics.AgeGroup.of(person.age(month));
        if (group != null) {
            flows.firstJobsByAge[group.ordinal()]++;
            flows.firstJobMonthsByAge[group.ordinal()] += months;
        }
        if (person.completedVet && (person.track == org.vetsim.metrics.Track.APPRENTICESHIP
                || person.track == org.vetsim.metrics.Track.SCHOOL_VET)) {
            flows.vetFirstJobs++;
            flows.vetFirstJobMonths += months;
        }
    }

    /** Marks the end of education: the person starts searching for a first job. */
    void leaveEducation(YoungPerson person) {
        person.programme = null;
        person.leftEducation = month;
        person.vetPlanned = false;
        person.setStatus(Status.UNEMPLOYED);
    }
}
