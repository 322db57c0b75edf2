package org.vetsim.model;

/**
 * An occupation whose skill requirements move with technology. The requirement level is a
 * position on a line that drifts upwards; skill learned at an older level is worth
 * {@code exp(-lag / obsolescenceScale)} of skill at the current level.
 */
public final class Occupation {
    private final int index;
    private final String name;
    private final double driftPerMonth;
    private final boolean apprenticeships;
    private final boolean schoolBased;
    private final double[] requirementHistory;
    private double requirement;
    private double demandShock;
    private double examStandard;
    private int standardRevisedMonth;

    Occupation(int index, String name, double driftPerYear, int months, boolean apprenticeships, boolean schoolBased) {
        this.index = index;
        this.name = name;
        this.apprenticeships = apprenticeships;
        this.schoolBased = schoolBased;
        this.driftPerMonth = driftPerYear / 12.0;
        this.requirementHistory = new double[months + 1];
    }

    public int index() {
        return index;
    }

    public String name() {
        return name;
    }

    /** Whether the occupation may be learnt as an apprenticeship (false: only in school-based programmes). */
    public boolean apprenticeships() {
        return apprenticeships;
    }

    /**
     * Whether colleges offer school places in the occupation (false: its programmes hold no seats and
     * teach only apprentices' part-time classes).
     */
    public boolean schoolBased() {
        return schoolBased;
    }

    /** Current requirement level. */
    public double requirement() {
        return requirement;
    }

    /** Requirement level {@code monthsAgo} months before {@code month} (never before month 0). */
    public double requirementAt(int month, int monthsAgo) {
        return requirementHistory[Math.max(0, month - monthsAgo)];
    }

    double driftPerMonth() {
        return driftPerMonth;
    }

    void advance(int month, double step) {
        requirement += step;
        requirementHistory[month] = requirement;
    }

    /** Relative deviation of this occupation's labour demand from trend (AR(1)). */
    public double demandShock() {
        return demandShock;
    }

    void setDemandShock(double shock) {
        demandShock = shock;
    }

    /** Requirement level the qualification exam currently tests. */
    public double examStandard() {
        return examStandard;
    }

    int standardRevisedMonth() {
        return standardRevisedMonth;
    }

    void reviseStandard(double level, int month) {
        examStandard = level;
        standardRevisedMonth = month;
    }
}
