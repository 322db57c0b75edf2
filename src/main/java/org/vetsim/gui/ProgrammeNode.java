package org.vetsim.gui;

import org.vetsim.model.Programme;

/**
 * A college's programme in one occupation, as drawn in its occupation's row. Its figures are
 * copied from the model after each month; the getters are what the inspector shows when the node
 * is clicked.
 */
public final class ProgrammeNode {
    private final Programme programme;
    private final double sizeScale;
    private int seats;
    private int students;
    private int interns;
    private int apprentices;
    private boolean partnered;

    /** @param sizeScale seats at which the node reaches full size */
    ProgrammeNode(Programme programme, double sizeScale) {
        this.programme = programme;
        this.sizeScale = Math.max(1, sizeScale);
        refresh(0, 0);
    }

    /** Copies the programme's current figures and this month's counts of its interns and apprentices. */
    void refresh(int internCount, int apprenticeCount) {
        seats = programme.seats();
        students = programme.enrolled();
        partnered = programme.partner() != null;
        interns = internCount;
        apprentices = apprenticeCount;
    }

    Programme programme() {
        return programme;
    }

    /** Relative size in (0, 1]: square root of seats against the node scale. */
    double relativeSize() {
        return Math.min(1.0, Math.sqrt(seats / sizeScale));
    }

    /** The short label drawn under the node. */
    String label() {
        return "College " + (programme.college().id() + 1);
    }

    public String getName() {
        return label() + ", " + programme.occupation().name() + " programme";
    }

    public int getSeats() {
        return seats;
    }

    public int getStudents() {
        return students;
    }

    public int getInterns() {
        return interns;
    }

    public int getApprenticesAtSchool() {
        return apprentices;
    }

    public boolean isPartnerEmployer() {
        return partnered;
    }

    @Override
    public String toString() {
        return getName();
    }
}
