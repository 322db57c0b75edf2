package org.vetsim.experiment.optimise;

/**
 * One candidate a search asked for, in the order asked: by CMA-ES, by the final level-by-level
 * check, or when the best ones were run again with more replications.
 *
 * @param number position in the search, from 1
 * @param stage {@code search}, {@code check} or {@code final}
 * @param restart which CMA-ES run of the search asked for it (0 for the first; -1 outside CMA-ES)
 * @param evaluation the candidate's runs
 * @param score its score
 */
public record Proposal(int number, String stage, int restart, Evaluation evaluation, Score score) {
    /** Stage of a candidate proposed by CMA-ES. */
    public static final String SEARCH = "search";
    /** Stage of a candidate proposed by the level-by-level check. */
    public static final String CHECK = "check";
    /** Stage of a best candidate run again with more replications. */
    public static final String FINAL = "final";
    /** Stage of another point's finalist, scored for this search (never written as a run of its own). */
    public static final String BORROWED = "borrowed";

    /** The candidate. */
    public Mix mix() {
        return evaluation.mix();
    }
}
