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
 * classes and prints nothing; no code draws unseeded random numbers.
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
