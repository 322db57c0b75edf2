package org.vetsim.metrics;

/**
 * Five-year age groups of the youth window, the rows of {@code age_groups.csv}: 15-19, 20-24 (the
 * OECD, ILO and Eurostat youth band 15-24 is the first two) and 25-29.
 */
public enum AgeGroup {
    AGE_15_19(15, 19),
    AGE_20_24(20, 24),
    AGE_25_29(25, 29);

    /** The groups in order, held once: {@link #of} runs for every person every month. */
    private static final AgeGroup[] ALL = values();

    private final int from;
    private final int to;

    AgeGroup(int from, int to) {
        this.from = from;
        this.to = to;
    }

    /** Label used in output files, e.g. {@code 15-19}. */
    public String label() {
        return from + "-" + to;
    }

    /** The group of someone aged {@code age}, or null outside 15-29. */
    public static AgeGroup of(int age) {
        for (AgeGroup group : ALL) {
            if (age >= group.from && age <= group.to) {
                return group;
            }
        }
        return null;
    }

    /** Whether the group lies within ages 15-24. */
    public boolean youth15To24() {
        return to <= 24;
    }
}
