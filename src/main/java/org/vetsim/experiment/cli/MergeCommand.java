package org.vetsim.experiment.cli;

import org.vetsim.experiment.ExperimentFolder;
import org.vetsim.experiment.merge.Merge;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code vetsim merge}: joins the shards of a compare or sweep and writes its outputs. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Join the shards of one compare or sweep (folders written with --shard) and write the same "
                + "outputs as one whole run.",
            "With one folder (shards that shared it) the outputs go into that folder; with several, into --out."})
public final class MergeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Experiment folders holding the shards' runs.")
    List<Path> folders = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for the merged experiment (required with several folders).")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ExperimentFolder merged = Merge.merge(folders, out);
        spec.commandLine().getOut().printf("Merged %d folder(s) into %s (%s, %d runs)%n", folders.size(), merged.root(),
                merged.plan().kind(), merged.plan().arms().size() * merged.plan().replications());
        return 0;
    }
}
