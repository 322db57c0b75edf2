package org.vetsim.experiment.optimise;

/**
 * One candidate a search asked for, in the order asked: by CMA-ES, by the final level-by-level
 * check, when the best ones were run again with more replications, or by the step-down from the
 * best of those on the same replications.
 *
 * @param number position in the search, from 1
 * @param stage {@code search}, {@code check}, {@code final} or {@code step-down} (or {@code borrowed},
 *              another point's finalist)
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
    /** Stage of a mix one step down from the best finalist, run with as many replications. */
    public static final String STEP_DOWN = "step-down";
    /** Stage of another point's finalist, scored for this search (never written as a run of its own). */
    public static final String BORROWED = "borrowed";

    /** The candidate. */
    public Mix mix() {
        return evaluation.mix();
    }
}
