package org.vetsim.experiment.compare;

import org.vetsim.experiment.Shard;

import java.nio.file.Path;

/**
 * A comparison that kills its own JVM abruptly (as {@code kill -9} would: no finally blocks, no
 * shutdown hooks) once a given number of runs has finished, for the resume test.
 */
public final class HaltingCompare {
    private HaltingCompare() {
    }

    /** Arguments: output folder, threads, runs after which to halt. */
    public static void main(String[] args) {
        int haltAfter = Integer.parseInt(args[2]);
        CompareExperiment.run(Path.of(args[0]), CompareExperimentTest.SCENARIOS, CompareExperimentTest.plan(4, false),
                new CompareExperiment.Execution(Integer.parseInt(args[1]), Shard.WHOLE, false, Double.NaN, 1, 1,
                        (done, total) -> {
                            if (done >= haltAfter) {
                                Runtime.getRuntime().halt(137);
                            }
                        }));
        System.exit(0);
    }
}
