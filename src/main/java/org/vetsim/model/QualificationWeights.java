package org.vetsim.model;

/**
 * How much each adult skill record counts when adults are drawn from the records, by whether it
 * reached the exit age without a vocational certificate or a degree: the weights that give the
 * adult labour force the published share of the unqualified ({@code labour_market.adult_unqualified_share},
 * a labour force survey's share of the adults in the labour force without either) where the
 * model's own cohorts, who are the records, hold another share. The difference stands for the
 * adults the model's cohorts do not contain (immigrants, cohorts schooled before the run), who are
 * taken to hold the skills of the model's own adults with the same status. An unqualified record
 * counts share / kept share, a qualified one (1 - share) / (1 - kept share); both count 1 where the
 * share is not given (negative) or the records hold only one kind.
 *
 * @param unqualified the weight of a record without a qualification
 * @param qualified the weight of a record with one
 */
record QualificationWeights(double unqualified, double qualified) {
    /** Every record counts once. */
    static final QualificationWeights EVEN = new QualificationWeights(1.0, 1.0);

    /**
     * The weights that give {@code unqualifiedKept} unqualified records of {@code size} the share
     * {@code share} of the unqualified; {@link #EVEN} where {@code share} is negative (not given) or
     * the records are all of one kind.
     */
    static QualificationWeights of(double share, int unqualifiedKept, int size) {
        if (share < 0 || unqualifiedKept <= 0 || unqualifiedKept >= size) {
            return EVEN;
        }
        double kept = unqualifiedKept / (double) size;
        return new QualificationWeights(share / kept, (1 - share) / (1 - kept));
    }

    /** The weight of a record of {@code qualification} ({@link AdultQualification}). */
    double of(byte qualification) {
        return AdultQualification.qualified(qualification) ? qualified : unqualified;
    }

    /** Whether every record counts once. */
    boolean even() {
        return unqualified == 1.0 && qualified == 1.0;
    }
}
