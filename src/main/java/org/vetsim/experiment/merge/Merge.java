package org.vetsim.experiment.merge;

import org.vetsim.experiment.ExperimentException;
import org.vetsim.experiment.ExperimentFolder;
import org.vetsim.experiment.ExperimentPlan;
import org.vetsim.experiment.RunStore;
import org.vetsim.experiment.compare.CompareAssembler;
import org.vetsim.io.output.AtomicFiles;
import org.vetsim.experiment.sweep.SweepAssembler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Joins the slices of one experiment: checks that every folder holds the same plan, gathers
 * their run records into one folder, and assembles the outputs exactly as one whole run would.
 */
public final class Merge {
    private Merge() {
    }

    /**
     * Merges {@code sources} into {@code target} (null: the single source itself) and assembles
     * the outputs there; returns the target folder.
     */
    public static ExperimentFolder merge(List<Path> sources, Path target) {
        if (sources.isEmpty()) {
            throw new ExperimentException("merge needs at least one experiment folder");
        }
        if (target == null && sources.size() > 1) {
            throw new ExperimentException("merging several folders needs --out for the merged experiment");
        }
        ExperimentPlan plan = ExperimentFolder.open(sources.get(0)).plan();
        for (Path source : sources.subList(1, sources.size())) {
            if (!ExperimentFolder.open(source).plan().equals(plan)) {
                throw new ExperimentException(source + " holds a different experiment from " + sources.get(0)
                        + " (plan.json differs); only slices of one experiment can be merged");
            }
        }
        Path into = target == null ? sources.get(0) : target;
        ExperimentFolder merged = sameFolder(into, sources.get(0)) ? ExperimentFolder.open(into)
                : ExperimentFolder.prepare(into, plan, true);
        for (Path source : sources) {
            if (!sameFolder(source, into)) {
                copyRecords(ExperimentFolder.open(source).runs(), merged.runs(), plan);
            }
        }
        assemble(merged);
        return merged;
    }

    /** Assembles the outputs of a complete experiment, whatever its kind. */
    public static void assemble(ExperimentFolder folder) {
        switch (folder.plan().kind()) {
            case "compare" -> CompareAssembler.assemble(folder);
            case "sweep" -> SweepAssembler.assemble(folder);
            default -> throw new ExperimentException(folder.root() + " holds an experiment of unknown kind '" + folder.plan().kind() + "'");
        }
    }

    private static void copyRecords(RunStore from, RunStore to, ExperimentPlan plan) {
        for (int arm = 0; arm < plan.arms().size(); arm++) {
            for (int r = 0; r < plan.replications(); r++) {
                if (from.has(arm, r) && !to.has(arm, r)) {
                    Path source = from.file(arm, r);
                    try {
                        AtomicFiles.write(to.file(arm, r), out -> Files.copy(source, out));
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot copy " + source, e);
                    }
                }
            }
        }
    }

    private static boolean sameFolder(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
