package org.vetsim.model;

/**
 * A school-based vocational programme for one occupation at one college: seats, teaching
 * quality and a curriculum that teaches the requirements as they stood at its last revision.
 * Where the country trains the occupation only in firms ({@link Occupation#schoolBased} false) the
 * programme holds no seats and teaches only the apprentices' part-time classes.
 */
public final class Programme {
    private final College college;
    private final Occupation occupation;
    private final double teachingQuality;
    private int seats;
    private int applications;
    private int enrolled;
    private int intakeLeft;
    private double curriculumLevel;
    private int revisedMonth;
    private final java.util.List<Employer> partners = new java.util.ArrayList<>();

    Programme(College college, Occupation occupation, double teachingQuality, int seats) {
        this.college = college;
        this.occupation = occupation;
        this.teachingQuality = teachingQuality;
        this.seats = occupation.schoolBased() ? seats : 0;
    }

    public College college() {
        return college;
    }

    public Occupation occupation() {
        return occupation;
    }

    public double teachingQuality() {
        return teachingQuality;
    }

    public int seats() {
        return seats;
    }

    /** Sets the seats, at least one where the occupation is taught at school, none where it is not. */
    void setSeats(int seats) {
        this.seats = occupation.schoolBased() ? Math.max(1, seats) : 0;
    }

    /** First-choice applications in the last intake. */
    public int applications() {
        return applications;
    }

    void setApplications(int applications) {
        this.applications = applications;
    }

    /**
     * Opens this school year's intake: a college admits one year's share of its seats (seats over
     * programme years), and no more than the seats left free by the students who stay on
     * ({@code graduating} of the enrolled finish this month and free their seats).
     */
    void openIntake(int programmeMonths, int graduating) {
        int yearly = (int) Math.ceil(seats * 12.0 / programmeMonths);
        intakeLeft = Math.max(0, Math.min(yearly, seats - enrolled + graduating));
    }

    /** Cuts this school year's intake to at most {@code most} places. */
    void limitIntake(int most) {
        intakeLeft = Math.max(0, Math.min(intakeLeft, most));
    }

    /** Places still open in this school year's intake. */
    int intakeLeft() {
        return intakeLeft;
    }

    /** Admits one student of this year's intake; false when the intake is full. */
    boolean admit() {
        if (intakeLeft <= 0) {
            return false;
        }
        intakeLeft--;
        enrolled++;
        return true;
    }

    /** Students currently enrolled. */
    public int enrolled() {
        return enrolled;
    }

    void addEnrolled(int delta) {
        enrolled += delta;
    }

    /** Requirement level the curriculum teaches. */
    public double curriculumLevel() {
        return curriculumLevel;
    }

    int revisedMonth() {
        return revisedMonth;
    }

    void revise(double level, int month) {
        curriculumLevel = level;
        revisedMonth = month;
    }

    /** Employers with a partnership contract with this programme. */
    public java.util.List<Employer> partners() {
        return java.util.Collections.unmodifiableList(partners);
    }

    /** The first partner employer, or null. */
    public Employer partner() {
        return partners.isEmpty() ? null : partners.get(0);
    }

    void addPartner(Employer partner) {
        partners.add(partner);
    }

    void removePartner(Employer partner) {
        partners.remove(partner);
    }

}
