package org.vetsim.gui;

import org.vetsim.model.Programme;

import java.util.List;

/**
 * A college's programme in one occupation, as drawn in its occupation's row, or a group of the
 * row's other programmes drawn as one node (as the smaller firms are), so that every label has
 * room to be read. Its figures are copied from the model after each month; the getters are what
 * the inspector shows when the node is clicked.
 */
public final class ProgrammeNode {
    private final List<Programme> programmes;
    private final boolean group;
    private final double sizeScale;
    private int seats;
    private int students;
    private int interns;
    private int apprentices;
    private int partnered;

    /**
     * @param programmes the programme drawn, or the programmes of a group
     * @param group whether the node stands for several programmes
     * @param sizeScale seats at which the node reaches full size
     */
    ProgrammeNode(List<Programme> programmes, boolean group, double sizeScale) {
        this.programmes = List.copyOf(programmes);
        this.group = group;
        this.sizeScale = Math.max(1, sizeScale);
        refresh(0, 0);
    }

    /** Copies the programmes' current figures and this month's counts of their interns and apprentices. */
    void refresh(int internCount, int apprenticeCount) {
        seats = programmes.stream().mapToInt(Programme::seats).sum();
        students = programmes.stream().mapToInt(Programme::enrolled).sum();
        partnered = (int) programmes.stream().filter(p -> p.partner() != null).count();
        interns = internCount;
        apprentices = apprenticeCount;
    }

    /** The programmes the node stands for. */
    List<Programme> programmes() {
        return programmes;
    }

    boolean isGroup() {
        return group;
    }

    /** Relative size in [0, 1]: square root of seats against the node scale (0 for a programme without seats, drawn at the smallest size). */
    double relativeSize() {
        return Math.min(1.0, Math.sqrt(seats / sizeScale));
    }

    /** The short label drawn under the node: the college, or how many colleges a group holds. */
    String label() {
        return group ? "+" + programmes.size() + " colleges" : "College " + (programmes.get(0).college().id() + 1);
    }

    public String getName() {
        String occupation = programmes.get(0).occupation().name();
        return group ? programmes.size() + " more colleges' " + occupation + " programmes"
                : label() + ", " + occupation + " programme";
    }

    public int getColleges() {
        return programmes.size();
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

    public int getWithPartnerEmployer() {
        return partnered;
    }

    /** Whether a programme of the node has a partner employer (drawn with an orange frame). */
    public boolean isPartnerEmployer() {
        return partnered > 0;
    }

    @Override
    public String toString() {
        return getName();
    }
}
