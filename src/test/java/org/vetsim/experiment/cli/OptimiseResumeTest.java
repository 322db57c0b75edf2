package org.vetsim.experiment.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vetsim.experiment.Outputs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A search whose JVM dies abruptly part-way, resumed with {@code --resume} on two threads, writes
 * exactly the files of an uninterrupted search on one thread.
 */
class OptimiseResumeTest {
    @TempDir
    Path tmp;

    private static List<String> command(Path out, String threads, String... more) {
        List<String> command = new ArrayList<>(List.of("baseline"));
        command.addAll(OptimiseCommandTest.LEVERS);
        command.addAll(List.of("--minimise", "public_cost", "--subject-to", "neet_rate<=base-0.005",
                "--budget", "8", "--threads", threads, "--out", out.toString()));
        command.addAll(List.of(more));
        command.addAll(OptimiseCommandTest.SMALL);
        return command;
    }

    @Test
    void resumingAKilledSearchOnOtherThreadsGivesTheFilesOfAnUninterruptedOne() throws Exception {
        Path killed = tmp.resolve("killed");
        List<String> child = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), HaltingOptimise.class.getName(),
                killed.toString(), "6"));
        child.addAll(command(killed, "2"));
        Process process = new ProcessBuilder(child).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("child.log").toFile()).start();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the child finished");
        assertEquals(137, process.exitValue(), Files.readString(tmp.resolve("child.log")));
        assertFalse(Files.exists(killed.resolve("report.md")), "killed before the end");

        Cli.Result resumed = Cli.run(new OptimiseCommand(), command(killed, "2", "--resume").toArray(String[]::new));
        assertEquals(0, resumed.exitCode(), resumed.err());
        Cli.Result whole = Cli.run(new OptimiseCommand(), command(tmp.resolve("whole"), "1").toArray(String[]::new));
        assertEquals(0, whole.exitCode(), whole.err());
        assertEquals(whole.out().replace(tmp.resolve("whole").toString(), "OUT"), resumed.out().replace(killed.toString(), "OUT"));
        try (Stream<Path> files = Files.list(killed.resolve("evaluations"))) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().startsWith(".")).toList(),
                    "--resume removes the temporary files of the killed search");
        }
        Outputs.assertSame(tmp.resolve("whole"), killed);
        Outputs.assertSame(tmp.resolve("whole/compare"), killed.resolve("compare"));
        assertEquals(List.of(Files.list(tmp.resolve("whole/evaluations")).map(p -> p.getFileName().toString()).sorted().toList()),
                List.of(Files.list(killed.resolve("evaluations")).map(p -> p.getFileName().toString()).sorted().toList()));

        Cli.Result again = Cli.run(new OptimiseCommand(), command(killed, "2").toArray(String[]::new));
        assertEquals(2, again.exitCode());
        assertTrue(again.err().contains("already holds this search; add --resume"), again.err());
        Cli.Result other = Cli.run(new OptimiseCommand(), command(killed, "2", "--resume", "--population", "8").toArray(String[]::new));
        assertEquals(2, other.exitCode());
        assertTrue(other.err().contains("holds a different search"), other.err());
    }
}
