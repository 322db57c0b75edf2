package org.vetsim.gui;

import org.vetsim.model.Employer;

import java.util.List;

/**
 * An employer drawn on its own, or the smaller employers of an occupation drawn as one group. Its
 * figures are copied from the model after each month; the getters are what the inspector shows
 * when the node is clicked.
 */
public final class FirmNode {
    private final List<Employer> employers;
    private final boolean group;
    private final String occupation;
    private final double sizeScale;
    private int staff;
    private int apprentices;
    private int trainingFirms;
    private int boardMembers;
    private int partnerships;
    private int youngEmployees;
    private int placesOffered;

    /**
     * @param employers the employers the node stands for
     * @param group whether it is drawn as a group of firms
     * @param sizeScale staff at which the node reaches full size
     */
    FirmNode(List<Employer> employers, boolean group, String occupation, double sizeScale) {
        this.employers = List.copyOf(employers);
        this.group = group;
        this.occupation = occupation;
        this.sizeScale = Math.max(1, sizeScale);
        refresh();
    }

    /** Copies the employers' current figures. */
    void refresh() {
        staff = apprentices = trainingFirms = boardMembers = partnerships = youngEmployees = placesOffered = 0;
        for (Employer employer : employers) {
            staff += employer.staff();
            apprentices += employer.apprenticeCount();
            trainingFirms += employer.isTrainingFirm() ? 1 : 0;
            boardMembers += employer.isBoardMember() ? 1 : 0;
            partnerships += employer.partnerProgramme() != null ? 1 : 0;
            youngEmployees += employer.youngStaff().size();
            placesOffered += employer.placesOffered();
        }
    }

    boolean isGroup() {
        return group;
    }

    /** Relative size in (0, 1]: square root of staff against the node scale. */
    double relativeSize() {
        return Math.min(1.0, Math.sqrt(staff / sizeScale));
    }

    public String getName() {
        return group ? employers.size() + " smaller " + occupation + " firms"
                : "Employer " + employers.get(0).id() + " (" + occupation + ")";
    }

    public int getFirms() {
        return employers.size();
    }

    public int getStaff() {
        return staff;
    }

    public int getApprentices() {
        return apprentices;
    }

    public int getApprenticePlacesOffered() {
        return placesOffered;
    }

    public int getTrainingFirms() {
        return trainingFirms;
    }

    public int getCurriculumBoardMembers() {
        return boardMembers;
    }

    public int getPartnershipContracts() {
        return partnerships;
    }

    public int getYoungEmployees() {
        return youngEmployees;
    }

    @Override
    public String toString() {
        return getName();
    }
}
