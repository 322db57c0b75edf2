package org.vetsim;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The {@code ./vetsim} launcher, run in a copy of the project with stand-ins for Maven (which
 * "builds" a jar of one line) and Java (which prints the jar it was given): it never runs what
 * a build in target/ is writing, keeps its jar when a build fails, and launchers started
 * together build once.
 */
class LauncherTest {
    @TempDir
    Path project;
    private Path tools;

    @BeforeEach
    void copyTheLauncher() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")) || Files.isExecutable(Path.of("/usr/bin/bash")), "no bash");
        Files.copy(Path.of("vetsim"), project.resolve("vetsim"));
        project.resolve("vetsim").toFile().setExecutable(true);
        Files.writeString(project.resolve("pom.xml"), "<project/>\n");
        Files.createDirectories(project.resolve("src/main"));
        Files.writeString(project.resolve("src/main/Source.java"), "class Source {}\n");
        Files.createDirectories(project.resolve("scenarios"));
        tools = Files.createDirectories(project.resolve("tools"));
        script("mvn", """
                for a in "$@"; do case "$a" in -Dvetsim.build.directory=*) dir="${a#*=}";; esac; done
                echo build >> "$BUILDS"
                sleep "${MVN_SLEEP:-0}"
                if [ -n "${MVN_FAIL:-}" ]; then echo "stub build failed"; exit 1; fi
                mkdir -p "$dir"
                echo "jar of build $(wc -l < "$BUILDS")" > "$dir/vetsim.jar"
                """);
        script("java", """
                while [ $# -gt 0 ]; do
                  if [ "$1" = -jar ]; then echo "ran ${2#$PROJECT/}: $(cat "$2")"; exit 0; fi
                  shift
                done
                """);
    }

    private void script(String name, String body) throws IOException {
        Path file = tools.resolve(name);
        Files.writeString(file, "#!/usr/bin/env bash\n" + body);
        file.toFile().setExecutable(true);
    }

    private Process start(Map<String, String> env) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(project.resolve("vetsim").toString(), "--version").redirectErrorStream(true);
        builder.environment().put("PATH", tools + ":" + System.getenv("PATH"));
        builder.environment().put("BUILDS", project.resolve("builds.txt").toString());
        builder.environment().put("PROJECT", project.toString());
        builder.environment().putAll(env);
        return builder.start();
    }

    private String run(Map<String, String> env, int expectedExit) throws Exception {
        Process process = start(env);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(expectedExit, process.exitValue(), output);
        return output;
    }

    private int builds() throws IOException {
        Path file = project.resolve("builds.txt");
        return Files.exists(file) ? Files.readAllLines(file).size() : 0;
    }

    private void touchSources() throws IOException {
        Files.setLastModifiedTime(project.resolve("src/main/Source.java"), FileTime.from(Instant.now().plusSeconds(5)));
    }

    @Test
    void runsItsOwnCopyNeverTheJarInTarget() throws Exception {
        assertTrue(run(Map.of(), 0).contains("ran .vetsim/vetsim.jar: jar of build 1"));
        Files.createDirectories(project.resolve("target"));
        Files.writeString(project.resolve("target/vetsim.jar"), "half-written by mvn verify");
        String second = run(Map.of(), 0);
        assertTrue(second.contains("ran .vetsim/vetsim.jar: jar of build 1"), second);
        assertEquals(1, builds(), "no second build while the sources are unchanged");
    }

    @Test
    void aFailedBuildKeepsTheLastGoodJar() throws Exception {
        run(Map.of(), 0);
        touchSources();
        String failed = run(Map.of("MVN_FAIL", "1"), 1);
        assertTrue(failed.contains("the build failed"), failed);
        assertEquals("jar of build 1", Files.readString(project.resolve(".vetsim/vetsim.jar")).strip());
        assertTrue(run(Map.of(), 0).contains("jar of build 3"), "the next call builds again");
    }

    @Test
    void launchersStartedTogetherBuildOnce() throws Exception {
        assumeTrue(new ProcessBuilder("sh", "-c", "command -v flock").start().waitFor() == 0, "no flock here");
        List<Process> launchers = List.of(start(Map.of("MVN_SLEEP", "1")), start(Map.of("MVN_SLEEP", "1")),
                start(Map.of("MVN_SLEEP", "1")));
        for (Process launcher : launchers) {
            String output = new String(launcher.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(launcher.waitFor(30, TimeUnit.SECONDS));
            assertTrue(output.contains("ran .vetsim/vetsim.jar: jar of build 1"), output);
        }
        assertEquals(1, builds());
    }
}
