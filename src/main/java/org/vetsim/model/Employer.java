package org.vetsim.model;

import java.util.List;

/**
 * A firm in one occupation. Its labour demand follows the business cycle; it hires young people
 * by screening applicants, employs adults who are not modelled individually, and at each intake
 * chooses how far to take part in each engagement mechanism ({@link EmployerChoice}: mentors,
 * apprenticeship places, intern places, a training centre, a college partnership, a curriculum
 * board seat).
 */
public final class Employer {
    private final int id;
    private final Occupation occupation;
    private final int baseStaff;
    private final SizeClass sizeClass;
    private final double trainingCostFactor;
    private double productiveUse = 1.0;

    int adultStaff;
    /** Adult staff searching from the job, who leave when another employer hires them ({@link AdultLabourForce}). */
    int adultsSearchingOnJob;
    /** Whether this employer is on the adult labour force's list of origins of movers. */
    boolean moverOrigin;
    /** Expected openings a year as the staff stood at the start of {@link #openingsMonth} ({@link EmployerDecisions#expectedOpeningsPerYear}). */
    double openingsPerYear;
    int openingsMonth = Integer.MIN_VALUE;
    final StaffList youngStaff = new StaffList();
    final StaffList apprentices = new StaffList();
    int targetStaff;
    int vacancies;
    /**
     * Posts held for people hired who have not started: students who start when they finish
     * education, young job seekers and adults who start next month ({@link JobStarts}).
     */
    int promisedHires;
    /** Adults hired here this month who start next month (included in {@link #promisedHires}). */
    int adultStarters;
    /**
     * Students hired ahead of the openings this employer expects, who start when they finish
     * education ({@link AheadHiring}). No post is held for them: they are not counted as staff
     * before they start.
     */
    final java.util.ArrayList<YoungPerson> startersAhead = new java.util.ArrayList<>();
    /**
     * Starters hired ahead who arrived while the employer was above target, and whom it keeps
     * until attrition makes room: not counted in its excess staff, so no one is laid off for them
     * ({@link LabourDemand}).
     */
    int startersAbsorbing;
    /** Young people who passed the entry exam for a place here and wait for a post ({@link EntryExam}), first come first served. */
    final java.util.ArrayDeque<YoungPerson> appointees = new java.util.ArrayDeque<>();
    /** A public-sector employer, which recruits young entrants by the entry exam whatever its size ({@link ExamPreparation#inSegment}). */
    boolean publicSector;
    int placesOffered;
    int placesFilled;
    /**
     * Places of the last intake left early by their apprentices (of the intake, or taken after it)
     * and not yet filled again, open for the after-placement ({@link AfterPlacement}); kept only
     * while it is in force.
     */
    int placesReopened;

    /** Places of the last intake still open: never filled, or left early and not filled again ({@link AfterPlacement}). */
    int intakePlacesOpen() {
        return placesOffered - placesFilled + placesReopened;
    }
    /**
     * The firm's fill experience, places offered and filled at the intakes that taught something,
     * each earlier intake weighted down by {@link FillExpectation#MEMORY} ({@link FillExpectation}).
     */
    double experiencedOffered;
    double experiencedFilled;
    int internPlaces;
    boolean boardMember;
    boolean runsCentre;
    int inductionMonths;
    boolean mentors;
    Programme partnerProgramme;
    /** Adult staff converted into apprentices, in training or certified ({@link StaffConversion}). */
    final ConvertedStaff convertedStaff = new ConvertedStaff();

    Employer(int id, Occupation occupation, int baseStaff, double trainingCostFactor) {
        this.id = id;
        this.occupation = occupation;
        this.baseStaff = baseStaff;
        this.sizeClass = SizeClass.of(baseStaff);
        this.trainingCostFactor = trainingCostFactor;
        this.adultStaff = baseStaff;
        this.targetStaff = baseStaff;
    }

    public int id() {
        return id;
    }

    public Occupation occupation() {
        return occupation;
    }

    public SizeClass sizeClass() {
        return sizeClass;
    }

    /** Trend staff level. */
    public int baseStaff() {
        return baseStaff;
    }

    /**
     * The adult job seeker {@code seeker} ({@link AdultSeekerPool}) is hired for one of this
     * employer's vacancies: the post is held for them and they start next month ({@link JobStarts}).
     */
    void hireAdult(AdultLabourForce adults, int seeker) {
        adults.hired(seeker);
        adultStarters++;
        promisedHires++;
        vacancies--;
    }

    /**
     * An adult searching from a job at another employer, or one outside the labour force, is hired
     * for one of this employer's vacancies and starts at once.
     */
    void hireAdultAtOnce() {
        adultStaff++;
        vacancies--;
    }

    /** Staff employed now (adults and young, apprentices excluded). */
    public int staff() {
        return adultStaff + youngStaff.size();
    }

    public int adultStaff() {
        return adultStaff;
    }

    /** Young employees, in the order they were hired. */
    public List<YoungPerson> youngStaff() {
        return List.copyOf(youngStaff);
    }

    public int apprenticeCount() {
        return apprentices.size();
    }

    public int vacancies() {
        return vacancies;
    }

    public int targetStaff() {
        return targetStaff;
    }

    /** Apprenticeship places offered for the coming intake. */
    public int placesOffered() {
        return placesOffered;
    }

    /** Whether the firm trains apprentices now. */
    public boolean isTrainingFirm() {
        return !apprentices.isEmpty();
    }

    /** Whether the firm sits on a curriculum board this year. */
    public boolean isBoardMember() {
        return boardMember;
    }

    /** Idiosyncratic factor on the firm's training cost (log-normal around 1). */
    double trainingCostFactor() {
        return trainingCostFactor;
    }

    /**
     * Idiosyncratic factor on the productive returns of the firm's apprentices and interns
     * (log-normal around 1): how much of the firm's work trainees can do.
     */
    double productiveUse() {
        return productiveUse;
    }

    /** Sets the factor on the productive returns of the firm's trainees (drawn when the firm is created). */
    void setProductiveUse(double factor) {
        productiveUse = factor;
    }

    /** Whether the firm runs a corporate training centre for its new hires. */
    public boolean runsTrainingCentre() {
        return runsCentre;
    }

    /** Whether the firm gives its apprentices mentors. */
    public boolean mentorsApprentices() {
        return mentors;
    }

    /** College programme the firm has a partnership contract with, or null. */
    public Programme partnerProgramme() {
        return partnerProgramme;
    }

}
