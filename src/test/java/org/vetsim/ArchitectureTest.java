package org.vetsim;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The headless core (model, metrics, scenario records) imports no file, GUI or command-line
 * classes and prints nothing; no code draws unseeded random numbers; the packages form a stack
 * without cycles, the model at the bottom and the commands at the top.
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/org/vetsim");
    private static final Pattern FORBIDDEN_IMPORT = Pattern.compile(
            "^import (javax\\.swing|java\\.awt|org\\.jfree|picocli|sim\\.display|sim\\.portrayal|java\\.nio\\.file|java\\.io\\.File|com\\.fasterxml)",
            Pattern.MULTILINE);

    @Test
    void coreIsHeadless() throws IOException {
        List<String> violations = new ArrayList<>();
        for (String pkg : List.of("model", "metrics", "scenario")) {
            for (Path file : javaFiles(MAIN.resolve(pkg))) {
                String text = Files.readString(file);
                if (FORBIDDEN_IMPORT.matcher(text).find()) {
                    violations.add(file + " imports I/O, GUI or CLI classes");
                }
                if (text.contains("System.out") || text.contains("System.err")) {
                    violations.add(file + " prints to the console");
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    /** The layers from the bottom up; a package uses only its own layer's packages' names below its own. */
    private static final List<List<String>> LAYERS = List.of(
            List.of("scenario", "metrics"),
            List.of("model"),
            List.of("io"),
            List.of("experiment", "gui"),
            List.of("calibration"),
            List.of("cli"));
    private static final Pattern VETSIM_NAME = Pattern.compile("org\\.vetsim\\.([a-z]+)\\.");

    @Test
    void packagesFormAStackWithoutCycles() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles(MAIN)) {
            String pkg = MAIN.relativize(file).getName(0).toString();
            int layer = layerOf(pkg);
            var names = VETSIM_NAME.matcher(Files.readString(file).replaceFirst("package [^;]*;", ""));
            while (names.find()) {
                String used = names.group(1);
                if (!used.equals(pkg) && layerOf(used) >= layer) {
                    violations.add(file + " uses org.vetsim." + used + ", which is not below " + pkg);
                }
            }
        }
        assertEquals(List.of(), violations.stream().distinct().toList());
    }

    private static int layerOf(String pkg) {
        for (int i = 0; i < LAYERS.size(); i++) {
            if (LAYERS.get(i).contains(pkg)) {
                return i;
            }
        }
        throw new AssertionError("package org.vetsim." + pkg + " has no layer in ArchitectureTest.LAYERS");
    }

    @Test
    void noUnseededRandomness() throws IOException {
        List<String> violations = new ArrayList<>();
        Pattern unseeded = Pattern.compile("Math\\.random\\(|new (java\\.util\\.)?Random\\(\\)|ThreadLocalRandom");
        for (Path file : javaFiles(MAIN)) {
            if (unseeded.matcher(Files.readString(file)).find()) {
                violations.add(file.toString());
            }
        }
        assertEquals(List.of(), violations);
    }

    private static List<Path> javaFiles(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
