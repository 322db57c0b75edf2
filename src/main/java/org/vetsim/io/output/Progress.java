package org.vetsim.io.output;

/** Receives the progress of a run, month by month (warm-up included). */
@FunctionalInterface
public interface Progress {
    void update(int monthsDone, int monthsTotal);

    /** Progress that shows nothing. */
    Progress NONE = (done, total) -> { };
}
