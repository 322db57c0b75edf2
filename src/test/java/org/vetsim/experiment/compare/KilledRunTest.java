package org.vetsim.experiment.compare;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vetsim.experiment.Outputs;
import org.vetsim.experiment.RunProgress;
import org.vetsim.experiment.Shard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A comparison whose JVM dies abruptly mid-run resumes to exactly the outputs of an uninterrupted
 * one, and leaves no temporary file of the killed process behind.
 */
class KilledRunTest {
    @TempDir
    Path tmp;

    @Test
    void resumeAfterAKilledProcessGivesTheSameResult() throws Exception {
        Path killed = tmp.resolve("killed");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                HaltingCompare.class.getName(), killed.toString(), "2", "5")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the child finished");
        assertEquals(137, process.exitValue(), Files.readString(tmp.resolve("child.log")));
        long records;
        try (Stream<Path> files = Files.list(killed.resolve("runs"))) {
            records = files.filter(p -> p.toString().endsWith(".run")).count();
        }
        assertTrue(records >= 5 && records < 12, "killed part-way: " + records + " of 12 runs recorded");
        assertTrue(!Files.exists(killed.resolve("comparison.csv")));

        CompareExperiment.run(killed, CompareExperimentTest.SCENARIOS, CompareExperimentTest.plan(4, false),
                new CompareExperiment.Execution(2, Shard.WHOLE, true, Double.NaN, 1, 1, RunProgress.NONE));
        try (Stream<Path> files = Stream.concat(Files.list(killed), Files.list(killed.resolve("runs")))) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList(),
                    "no temporary file of the killed process survives --resume");
        }
        CompareExperimentTest.whole(tmp.resolve("whole"), CompareExperimentTest.plan(4, false), 1);
        Outputs.assertSame(tmp.resolve("whole"), killed);
    }
}
