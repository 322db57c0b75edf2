package org.vetsim.experiment.optimise;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * What a search's outputs say about mixes beyond their numbers, where the outcomes come from
 * scenarios: a runnable scenario file per chosen mix, the base's value of each lever, and a
 * final paired comparison of the base with the chosen mixes.
 */
public interface MixExport {
    /**
     * A mix to write as a scenario file.
     *
     * @param file file name, e.g. {@code best.yaml}
     * @param name the scenario's name
     * @param description what it is, in words
     * @param mix the mix
     */
    record Named(String file, String name, String description, Mix mix) {
    }

    /**
     * Writes a scenario file for each mix into {@code folder} (none for a null entry); returns
     * the file names, in the same order, empty where no file was written.
     */
    List<String> write(Path folder, List<Named> mixes) throws IOException;

    /** The base scenario's value of each lever (empty where there is none). */
    List<String> baseValues(SearchSpace space);

    /**
     * Compares the base with the scenario {@code files} in {@code folder} with paired statistics
     * on {@code metrics}; returns the comparison as Markdown to end the report with (empty for none).
     */
    String compare(Path folder, List<String> files, List<String> metrics);

    /** No scenarios: nothing to write or compare. */
    MixExport NONE = new MixExport() {
        @Override
        public List<String> write(Path folder, List<Named> mixes) {
            return mixes.stream().map(mix -> "").toList();
        }

        @Override
        public List<String> baseValues(SearchSpace space) {
            return space.levers().stream().map(lever -> "").toList();
        }

        @Override
        public String compare(Path folder, List<String> files, List<String> metrics) {
            return "";
        }
    };
}
