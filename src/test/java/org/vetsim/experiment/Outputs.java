package org.vetsim.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Compares the output files of experiments byte for byte (wall times, which always differ, blanked). */
public final class Outputs {
    private Outputs() {
    }

    /** Every file at the top of {@code folder}, with the wall_seconds column of runs.csv blanked. */
    public static Map<String, byte[]> snapshot(Path folder) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path file : entries.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                byte[] bytes = Files.readAllBytes(file);
                files.put(name, name.equals("runs.csv") ? withoutWallTimes(bytes) : bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static byte[] withoutWallTimes(byte[] csv) {
        List<String> lines = new ArrayList<>();
        for (String line : new String(csv, StandardCharsets.UTF_8).split("\n")) {
            String[] cells = line.split(",", -1);
            cells[4] = "";
            lines.add(String.join(",", cells));
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    /** Asserts that two experiment folders hold the same files with the same bytes. */
    public static void assertSame(Path expected, Path actual) {
        Map<String, byte[]> a = snapshot(expected);
        Map<String, byte[]> b = snapshot(actual);
        assertEquals(a.keySet(), b.keySet());
        for (String name : a.keySet()) {
            assertArrayEquals(a.get(name), b.get(name), name + " differs");
        }
    }
}
