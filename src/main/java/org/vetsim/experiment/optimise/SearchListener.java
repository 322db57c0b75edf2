package org.vetsim.experiment.optimise;

/** Receives a search's progress: phases, and candidates done with a note on the best so far. */
public interface SearchListener {
    /** A phase begins: {@code description} in words, {@code total} candidates planned. */
    void phase(String description, int total);

    /** {@code done} candidates of the phase are evaluated; {@code best} describes the best so far. */
    void progressed(int done, int total, String best);

    /** A listener that shows nothing. */
    SearchListener QUIET = new SearchListener() {
        @Override
        public void phase(String description, int total) {
        }

        @Override
        public void progressed(int done, int total, String best) {
        }
    };
}
