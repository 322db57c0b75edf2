package org.vetsim.experiment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.vetsim.io.output.AtomicFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The output folder of an experiment: {@code plan.json}, the run records in {@code runs/} and
 * the assembled outputs. Guards against mixing experiments: a new experiment needs an empty or
 * new folder; a folder holding the same experiment is continued only with {@code --resume} or
 * as a shard.
 */
public final class ExperimentFolder {
    /** File name of the plan. */
    public static final String PLAN = "plan.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path root;
    private ExperimentPlan plan;

    private ExperimentFolder(Path root, ExperimentPlan plan) {
        this.root = root;
        this.plan = plan;
    }

    /**
     * Prepares {@code root} for {@code plan}: creates it, or checks that it holds the same
     * experiment when {@code continuing} (resume or shard), and saves the plan.
     */
    public static ExperimentFolder prepare(Path root, ExperimentPlan plan, boolean continuing) {
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new ExperimentException("--out " + root + " is a file, not a folder");
        }
        boolean hasPlan = Files.isRegularFile(root.resolve(PLAN));
        if (!hasPlan && !onlyStarted(root)) {
            hasPlan = Files.isRegularFile(root.resolve(PLAN));
            if (!hasPlan) {
                throw new ExperimentException(root + " exists and is not empty; choose another --out");
            }
        }
        if (hasPlan) {
            ExperimentPlan existing = readPlan(root);
            if (!existing.sameExperiment(plan)) {
                throw new ExperimentException(root + " holds a different experiment (its plan.json differs); choose another --out");
            }
            if (!continuing) {
                throw new ExperimentException(root + " already holds this experiment; add --resume to finish it, or choose another --out");
            }
            removeAbandoned(root);
        }
        ExperimentFolder folder = new ExperimentFolder(root, plan);
        folder.savePlan(plan);
        return folder;
    }

    /** Opens a folder holding an experiment, for assembling or merging its outputs. */
    public static ExperimentFolder open(Path root) {
        if (!Files.isRegularFile(root.resolve(PLAN))) {
            throw new ExperimentException(root + " holds no experiment (no " + PLAN + ")");
        }
        removeAbandoned(root);
        return new ExperimentFolder(root, readPlan(root));
    }

    /** Deletes the temporary files that killed processes left in the folder and its run records. */
    private static void removeAbandoned(Path root) {
        AtomicFiles.removeAbandoned(root);
        AtomicFiles.removeAbandoned(root.resolve("runs"));
    }

    /** The plan. */
    public ExperimentPlan plan() {
        return plan;
    }

    /** The folder. */
    public Path root() {
        return root;
    }

    /** A file of the folder. */
    public Path file(String name) {
        return root.resolve(name);
    }

    /** The run records. */
    public RunStore runs() {
        return new RunStore(root.resolve("runs"));
    }

    /** Replaces the plan (e.g. with more replications) on disk and here. */
    public void savePlan(ExperimentPlan newPlan) {
        try {
            AtomicFiles.write(root.resolve(PLAN), out -> JSON.writeValue(new NonClosing(out), newPlan));
            Files.createDirectories(root.resolve("runs"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + root.resolve(PLAN), e);
        }
        plan = newPlan;
    }

    /** Reads the plan of the experiment in {@code root}. */
    public static ExperimentPlan readPlan(Path root) {
        Path file = root.resolve(PLAN);
        try {
            ExperimentPlan plan = JSON.readValue(file.toFile(), ExperimentPlan.class);
            if (plan.format() != ExperimentPlan.FORMAT) {
                throw new ExperimentException(file + " has plan format " + plan.format() + "; this vetsim reads format " + ExperimentPlan.FORMAT);
            }
            return plan;
        } catch (IOException | IllegalArgumentException e) {
            throw new ExperimentException(file + " is damaged or not a vetsim experiment plan");
        }
    }

    /**
     * Whether the folder is missing, empty, or holds only what another shard starting at the
     * same moment creates before its plan is in place (a temporary plan, an empty run folder);
     * the caller looks for a plan again when this is false, since that shard may just have
     * written it.
     */
    private static boolean onlyStarted(Path root) {
        if (!Files.exists(root)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(root)) {
            return entries.allMatch(entry -> entry.getFileName().toString().startsWith("." + PLAN + ".")
                    || entry.getFileName().toString().equals("runs") && isEmptyFolder(entry));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    private static boolean isEmptyFolder(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** Keeps Jackson from closing the stream that {@link AtomicFiles} closes itself. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(java.io.OutputStream out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
