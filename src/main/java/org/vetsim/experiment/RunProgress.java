package org.vetsim.experiment;

/** Receives the progress of an experiment: runs finished of the runs to do. Called from worker threads, one call at a time. */
@FunctionalInterface
public interface RunProgress {
    /** {@code done} of {@code total} runs are finished. */
    void update(int done, int total);

    /** Progress that shows nothing. */
    RunProgress NONE = (done, total) -> { };
}
