package org.vetsim.experiment;

/**
 * Receives progress: runs finished of the runs to do in an experiment (called from worker threads,
 * one call at a time), or months simulated of a single run.
 */
@FunctionalInterface
public interface RunProgress {
    /** {@code done} of {@code total} runs are finished. */
    void update(int done, int total);

    /** Progress that shows nothing. */
    RunProgress NONE = (done, total) -> { };
}
