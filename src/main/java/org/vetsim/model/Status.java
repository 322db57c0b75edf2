package org.vetsim.model;

/**
 * What a young person is doing in a month. Exactly one status holds at a time. Labour-force
 * categories follow the ILO: apprentices count as employed; students in full-time education
 * are outside the labour force; NEET are the unemployed and the inactive not in education.
 */
public enum Status {
    /** In general (academic) upper-secondary education. */
    GENERAL_EDUCATION,
    /** In higher education. */
    HIGHER_EDUCATION,
    /** A student in a school-based vocational programme. */
    SCHOOL_VET,
    /** An apprentice: work-based vocational training under a contract with an employer. */
    APPRENTICE,
    /** Employed (not as an apprentice). */
    EMPLOYED,
    /** Without work, searching and available (ILO unemployed). */
    UNEMPLOYED,
    /** Neither in education nor employed nor searching. */
    INACTIVE,
    /**
     * Serving in the armed forces as a conscript ({@code military_service}): outside the civilian
     * population of labour force surveys, so neither employed, unemployed, inactive nor NEET.
     */
    MILITARY_SERVICE,
    /**
     * Working abroad as a labour migrant ({@code labour_market.migration}): outside the resident
     * population of labour force surveys, so neither employed, unemployed, inactive nor NEET in
     * the rates (the Uzbek Ministry of Employment counts migrants as employed; the metric
     * {@code youth_unemployment_rate_migrants_employed} follows that convention).
     */
    ABROAD,
    /**
     * Working informally ({@code labour_market.informal_work}): own-account or family work, day
     * labour, without a post at a modelled employer ({@link InformalWork}). Employed in the ILO
     * sense, so in the labour force, civilian and not NEET; but with no employer, no wage from one,
     * no tenure and no post to quit or lose ({@link #holdsPost} is false).
     */
    INFORMAL;

    /** Whether the person is in education or training. */
    public boolean inEducation() {
        return this == GENERAL_EDUCATION || this == HIGHER_EDUCATION || this == SCHOOL_VET || this == APPRENTICE;
    }

    /** Whether the person is employed in the ILO sense (apprentices and informal workers included). */
    public boolean employed() {
        return this == EMPLOYED || this == APPRENTICE || this == INFORMAL;
    }

    /**
     * Whether the person holds a post at a modelled employer, as an employee or an apprentice: the
     * employed less the informal workers, who have no employer to search from or be bid for.
     */
    public boolean holdsPost() {
        return this == EMPLOYED || this == APPRENTICE;
    }

    /** Whether the person belongs to the labour force (employed or unemployed). */
    public boolean inLabourForce() {
        return employed() || this == UNEMPLOYED;
    }

    /**
     * Whether the person belongs to the resident civilian population that labour force surveys
     * cover (conscripts and migrants working abroad do not).
     */
    public boolean civilian() {
        return this != MILITARY_SERVICE && this != ABROAD;
    }

    /** Whether the person is neither in employment nor in education or training. */
    public boolean neet() {
        return this == UNEMPLOYED || this == INACTIVE;
    }
}
