package org.vetsim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vetsim.io.scenario.ScenarioException;
import org.vetsim.io.scenario.ScenarioLoader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A few hundred mutations of the bundled scenario files (lines dropped, doubled, swapped or
 * re-indented, keys misspelt, values replaced with junk, files cut short or given foreign bytes):
 * each is either a valid scenario or refused with exit code 2 and one line naming where the
 * problem is (or, for several, a count and one such line each), with no stack trace, no library class name and no output folder. Seeded, so the
 * same mutants every time.
 */
class MalformedScenarioFuzzTest {
    private static final int MUTANTS = 300;
    private static final List<String> JUNK = List.of("", "~", "abc", "-1", "-0.5", "1e999", "99999999999999999999",
            ".nan", ".inf", "[1, 2]", "{a: 1}", "yes", "0x1F", "!!binary aGk=", "*anchor", "&anchor 1", "'unclosed",
            "\"unclosed", "[", "{", "}", "- item", ": colon", "@at", "`tick", "%TAG", "true", "1.5", "0", "1000000",
            "\"a,b\\\"c\"", "|\n  block", "2030-01-01", "NaN", "..", "/", "../../x");
    private static final List<String> LINE_NOISE = List.of("\t", "  ", "- ", "? ", ": ", "#", "---\n", "...\n",
            "extends: no-such.yaml\n", "extends: /dev/null\n", "extends: .\n", "reforms:\n  - month: 0\n    set: {}\n",
            "<<: *x\n", "\u00ff\u00fe", "name: ../../escape\n", "occupations: []\n");

    @TempDir
    Path tmp;

    @Test
    void everyMutantIsValidOrRefusedWithOneLineAndExitTwo() throws IOException {
        List<String> originals = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                originals.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        SplittableRandom random = new SplittableRandom(20261126);
        int refused = 0;
        for (int i = 0; i < MUTANTS; i++) {
            String original = originals.get(random.nextInt(originals.size()));
            Path mutant = tmp.resolve("mutant-" + i + ".yaml");
            Files.write(mutant, mutate(original, random));
            refused += check(mutant) ? 1 : 0;
        }
        assertTrue(refused > MUTANTS / 2, "most mutants should be invalid, but only " + refused + " were");
    }

    /**
     * Loads {@code mutant}: a scenario the loader refuses (the only exception it may throw) must
     * also be refused by {@code vetsim run} with one line a problem and exit code 2, creating nothing.
     * Returns whether it was refused.
     */
    private boolean check(Path mutant) throws IOException {
        String name = mutant.getFileName().toString();
        try {
            ScenarioLoader.load(mutant, List.of());
            return false;
        } catch (ScenarioException refused) {
            // checked through the command line below
        }
        Path out = tmp.resolve("out-" + name);
        CliRunner.Result run = CliRunner.run("run", mutant.toString(), "--out", out.toString(), "--quiet");
        String err = run.err();
        assertEquals(2, run.exitCode(), name + ": " + err + "\n" + Files.readString(mutant, StandardCharsets.ISO_8859_1));
        List<String> errLines = err.strip().lines().toList();
        if (errLines.size() > 1) {
            assertEquals("vetsim: error: " + (errLines.size() - 1) + " problems:", errLines.get(0),
                    name + ": one line, or a count and one line a problem, got:\n" + err);
            assertTrue(errLines.subList(1, errLines.size()).stream().allMatch(line -> line.contains(name + ":")),
                    name + ": each problem names the file and line: " + err);
        }
        assertTrue(err.startsWith("vetsim: error: "), name + ": " + err);
        assertTrue(err.contains(name) || err.contains("bundled:"), name + ": the message names the file: " + err);
        assertFalse(err.matches("(?s).*(\\tat |Exception|Error:|com\\.fasterxml|org\\.yaml|snakeyaml|jackson"
                + "|StreamReadConstraints|Event\\().*"), name + ": no stack trace or library name: " + err);
        assertFalse(Files.exists(out), name + ": no output folder");
        try (Stream<Path> left = Files.list(tmp)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".partial")), name + ": no staging folder");
        }
        return true;
    }

    private static byte[] mutate(String text, SplittableRandom random) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int mutations = 1 + random.nextInt(3);
        for (int m = 0; m < mutations && !lines.isEmpty(); m++) {
            int at = random.nextInt(lines.size());
            String line = lines.get(at);
            switch (random.nextInt(9)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, line);
                case 2 -> lines.set(at, replaceValue(line, JUNK.get(random.nextInt(JUNK.size()))));
                case 3 -> lines.set(at, misspellKey(line, random));
                case 4 -> lines.set(at, random.nextBoolean() ? "  " + line : line.replaceFirst("^ {1,2}", ""));
                case 5 -> lines.set(at, insert(line, LINE_NOISE.get(random.nextInt(LINE_NOISE.size())), random));
                case 6 -> lines.add(at, LINE_NOISE.get(random.nextInt(LINE_NOISE.size())).strip());
                case 7 -> {
                    int other = random.nextInt(lines.size());
                    lines.set(at, lines.get(other));
                    lines.set(other, line);
                }
                default -> lines = new ArrayList<>(lines.subList(0, at));
            }
        }
        byte[] bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(20) == 0 && bytes.length > 0) {
            bytes[random.nextInt(bytes.length)] = (byte) 0xC3;
        }
        return bytes;
    }

    private static String replaceValue(String line, String junk) {
        int colon = line.indexOf(':');
        if (colon < 0 || line.stripLeading().startsWith("#")) {
            return line + junk;
        }
        return line.substring(0, colon + 1) + " " + junk;
    }

    private static String misspellKey(String line, SplittableRandom random) {
        String key = line.strip();
        int colon = key.indexOf(':');
        if (colon < 2) {
            return line + "x";
        }
        int drop = random.nextInt(colon);
        return line.replaceFirst(java.util.regex.Pattern.quote(key.substring(0, colon)),
                key.substring(0, drop) + key.substring(drop + 1, colon));
    }

    private static String insert(String line, String noise, SplittableRandom random) {
        int at = line.isEmpty() ? 0 : random.nextInt(line.length());
        return line.substring(0, at) + noise + line.substring(at);
    }
}
