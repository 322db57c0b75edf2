package org.vetsim.model;

/**
 * Employer size classes by staff, as in the EU's SME definition (Commission Recommendation
 * 2003/361/EC): micro 1-9, small 10-49, medium 50-249, large 250 and more.
 */
public enum SizeClass {
    MICRO(1, 9),
    SMALL(10, 49),
    MEDIUM(50, 249),
    LARGE(250, 1500);

    private final int minStaff;
    private final int maxStaff;

    SizeClass(int minStaff, int maxStaff) {
        this.minStaff = minStaff;
        this.maxStaff = maxStaff;
    }

    public int minStaff() {
        return minStaff;
    }

    /** Largest staff drawn for a new firm of this class (large firms are capped for the draw). */
    public int maxStaff() {
        return maxStaff;
    }

    /** Mean staff of a firm drawn uniformly within the class. */
    public double meanStaff() {
        return (minStaff + maxStaff) / 2.0;
    }

    /** The class of a firm with {@code staff} employees. */
    public static SizeClass of(int staff) {
        if (staff >= LARGE.minStaff) {
            return LARGE;
        }
        if (staff >= MEDIUM.minStaff) {
            return MEDIUM;
        }
        return staff >= SMALL.minStaff ? SMALL : MICRO;
    }

    /** Lower-case name used in output files. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
