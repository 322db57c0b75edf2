package org.vetsim.io.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vetsim.scenario.Scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Files a user (or an attacker) may hand over: devices, pipes, huge files, files that are not
 * scenarios at all and YAML 1.1 surprises. Each is refused with a message, quickly, or read as
 * YAML 1.2 reads it.
 */
class UntrustedFilesTest {

    private static String errorOf(Path file) {
        return assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertThrows(ScenarioException.class, () -> ScenarioLoader.load(file, List.of())).getMessage());
    }

    private static Path write(Path folder, String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text);
    }

    @Test
    void extendingADeviceIsRefusedWithoutReadingIt(@TempDir Path tmp) throws IOException {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero here");
        for (String device : List.of("/dev/zero", "/dev/urandom")) {
            Path file = write(tmp, "z.yaml", "extends: " + device + "\nname: z\n");
            String message = errorOf(file);
            assertTrue(message.startsWith(device + ": is not a regular file"), message);
        }
        assertTrue(errorOf(Path.of("/dev/zero")).contains("is not a regular file"));
    }

    @Test
    void aNamedPipeIsRefusedWithoutWaitingForAWriter(@TempDir Path tmp) throws Exception {
        Path pipe = tmp.resolve("pipe.yaml");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0 && Files.exists(pipe), "mkfifo is not available");
        Path file = write(tmp, "p.yaml", "extends: pipe.yaml\n");
        assertTrue(errorOf(file).contains("pipe.yaml: is not a regular file"));
        assertTrue(errorOf(pipe).contains("is not a regular file"));
    }

    @Test
    void aHugeFileIsRefusedBeforeParsing(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("huge.yaml");
        Files.write(file, ("# " + "x".repeat(1000) + "\n").repeat(2000).getBytes());
        assertTrue(errorOf(file).contains("huge.yaml: is larger than 1024 KiB"), errorOf(file));
    }

    @Test
    void anEmptyFileIsRefusedRatherThanRunAsTheBaseline(@TempDir Path tmp) throws IOException {
        for (String text : List.of("", "# only a comment\n", "{}\n")) {
            Path file = write(tmp, "empty.yaml", text);
            assertTrue(errorOf(file).contains("empty.yaml: the file gives no keys"), errorOf(file));
        }
    }

    @Test
    void aFileThatIsNotAScenarioIsNotEchoed(@TempDir Path tmp) throws IOException {
        Path file = write(tmp, "passwd", "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n");
        String message = errorOf(file);
        assertTrue(message.contains("a scenario file must be a map of keys"), message);
        assertFalse(message.contains("root"), message);
        assertFalse(message.contains("daemon"), message);
    }

    @Test
    void parserLimitsAndEventsAreNamedInPlainWords(@TempDir Path tmp) throws IOException {
        String deep = errorOf(write(tmp, "deep.yaml", "a: " + "[".repeat(2000) + "]".repeat(2000) + "\n"));
        String complexKey = errorOf(write(tmp, "key.yaml", "? [a]\n: 1\n"));
        for (String message : List.of(deep, complexKey)) {
            assertTrue(message.contains("malformed YAML"), message);
            assertFalse(message.matches("(?s).*(StreamReadConstraints|snakeyaml|Event\\(|jackson).*"), message);
        }
        assertTrue(complexKey.contains("a key must be a plain word, got a list"), complexKey);
    }

    @Test
    void onlyTrueAndFalseAreBooleansAsInYaml12(@TempDir Path tmp) throws IOException {
        for (String word : List.of("yes", "no", "on", "off", "1")) {
            String message = errorOf(write(tmp, "b.yaml", "engagement:\n  mentoring:\n    enabled: " + word + "\n"));
            assertTrue(message.contains("engagement.mentoring.enabled: expected true or false"), message);
            assertTrue(message.contains("YAML 1.2"), message);
        }
        for (String word : List.of("true", "True", "TRUE")) {
            Scenario scenario = ScenarioLoader.load(write(tmp, "t.yaml", "engagement:\n  mentoring:\n    enabled: " + word + "\n"), List.of());
            assertTrue(scenario.engagement().mentoring().enabled());
        }
        Scenario named = ScenarioLoader.load(write(tmp, "n.yaml", "name: x\ndescription: yes\n"), List.of());
        assertEquals("yes", named.description(), "yes is text in YAML 1.2");
    }

    @Test
    void leadingZerosAreDecimalNotOctal(@TempDir Path tmp) throws IOException {
        Scenario scenario = ScenarioLoader.load(write(tmp, "z.yaml", "simulation:\n  years: 010\n"), List.of());
        assertEquals(10, scenario.simulation().years());
    }
}
