package org.vetsim.experiment.optimise;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.vetsim.experiment.ExperimentException;
import org.vetsim.io.output.AtomicFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The output folder of a search: {@code search.json}, the runs in {@code evaluations/} and the
 * outputs. A new search needs a new or empty folder; a folder that holds the same search is
 * continued only with {@code --resume}; a folder holding another search is never touched.
 */
final class OptimiseFolder {
    /** File name of the plan. */
    static final String PLAN = "search.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private OptimiseFolder() {
    }

    /**
     * Checks that {@code root} may take {@code plan}, writing nothing; returns whether it
     * already holds the search (to be resumed).
     */
    static boolean check(Path root, OptimisePlan plan, boolean resume) {
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new ExperimentException("--out " + root + " is a file, not a folder");
        }
        Path file = root.resolve(PLAN);
        if (!Files.isRegularFile(file)) {
            if (!isEmpty(root)) {
                throw new ExperimentException(root + " exists and is not empty; choose another --out");
            }
            return false;
        }
        OptimisePlan existing;
        try {
            existing = JSON.readValue(file.toFile(), OptimisePlan.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new ExperimentException(file + " is damaged or not a vetsim search plan");
        }
        if (!existing.equals(plan)) {
            throw new ExperimentException(root + " holds a different search (its " + PLAN + " differs); choose another --out");
        }
        if (!resume) {
            throw new ExperimentException(root + " already holds this search; add --resume to finish it, or choose another --out");
        }
        return true;
    }

    /** Saves the plan in {@code root}, creating the folder. */
    static void save(Path root, OptimisePlan plan) {
        try {
            Files.createDirectories(root);
            AtomicFiles.write(root.resolve(PLAN), out -> out.write(JSON.writeValueAsBytes(plan)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + root.resolve(PLAN), e);
        }
    }

    /** Deletes the temporary files that a killed search left in {@code root} and its run records. */
    static void removeAbandoned(Path root) {
        AtomicFiles.removeAbandoned(root);
        AtomicFiles.removeAbandoned(root.resolve(EvaluationStore.FOLDER));
    }

    private static boolean isEmpty(Path root) {
        if (!Files.exists(root)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(root)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }
}
