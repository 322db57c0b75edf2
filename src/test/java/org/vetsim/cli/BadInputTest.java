package org.vetsim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each kind of bad input gives one clear message, exit code 2, no stack trace and no output folder. */
class BadInputTest {

    private static void assertRejected(Path tmp, String expected, String... args) throws IOException {
        Path out = tmp.resolve("out");
        String[] full = new String[args.length + 4];
        full[0] = "run";
        System.arraycopy(args, 0, full, 1, args.length);
        full[args.length + 1] = "--out";
        full[args.length + 2] = out.toString();
        full[args.length + 3] = "--quiet";
        CliRunner.Result result = CliRunner.run(full);
        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains(expected), "message '" + result.err() + "' should contain '" + expected + "'");
        assertFalse(result.err().contains("\tat "), "no stack trace");
        assertFalse(Files.exists(out), "no output folder");
        try (var files = Files.list(tmp)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".partial")), "no staging folder");
        }
    }

    private static Path write(Path tmp, String name, String text) throws IOException {
        Path file = tmp.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void unknownKeySuggestsTheNearestOne(@TempDir Path tmp) throws IOException {
        Path file = write(tmp, "typo.yaml", "labour_market:\n  quit_rat: 0.03\n");
        assertRejected(tmp, "quit_rate", file.toString());
        assertRejected(tmp, "typo.yaml:2", file.toString());
    }

    @Test
    void wrongType(@TempDir Path tmp) throws IOException {
        Path file = write(tmp, "type.yaml", "labour_market:\n  quit_rate: often\n");
        assertRejected(tmp, "labour_market.quit_rate", file.toString());
    }

    @Test
    void valueOutOfRangeNamesTheAllowedRange(@TempDir Path tmp) throws IOException {
        Path file = write(tmp, "range.yaml", "labour_market:\n  quit_rate: 1.5\n");
        assertRejected(tmp, "between 0 and 0.5", file.toString());
        assertRejected(tmp, "range.yaml:2", file.toString());
    }

    @Test
    void missingFile(@TempDir Path tmp) throws IOException {
        assertRejected(tmp, "nowhere.yaml", tmp.resolve("nowhere.yaml").toString());
    }

    @Test
    void malformedYaml(@TempDir Path tmp) throws IOException {
        Path file = write(tmp, "broken.yaml", "labour_market:\n  quit_rate: [0.1\n  other: 2\n");
        assertRejected(tmp, "broken.yaml", file.toString());
    }

    @Test
    void badIndentationIsExplained(@TempDir Path tmp) throws IOException {
        Path deeper = write(tmp, "deeper.yaml", "labour_market:\n  quit_rate: 0.02\n   job_to_job_share: 0.5\n");
        assertRejected(tmp, "deeper.yaml:3", deeper.toString());
        assertRejected(tmp, "a key indented further than the key above it", deeper.toString());
        Path shallower = write(tmp, "shallower.yaml", "labour_market:\n  quit_rate: 0.02\n job_to_job_share: 0.5\n");
        assertRejected(tmp, "keys of one block must start in the same column", shallower.toString());
        Path apostrophe = write(tmp, "apostrophe.yaml", "description: 'It's a test'\n");
        assertRejected(tmp, "write '' for an apostrophe", apostrophe.toString());
    }

    @Test
    void cycleOfExtends(@TempDir Path tmp) throws IOException {
        write(tmp, "a.yaml", "extends: b.yaml\n");
        write(tmp, "b.yaml", "extends: a.yaml\n");
        assertRejected(tmp, "cycle", tmp.resolve("a.yaml").toString());
    }

    @Test
    void extendsThatNamesNoScenario(@TempDir Path tmp) throws IOException {
        Path empty = write(tmp, "empty.yaml", "extends:\nname: e\n");
        assertRejected(tmp, "must name the scenario this one extends", empty.toString());
        Path number = write(tmp, "number.yaml", "extends: 12\nname: n\n");
        assertRejected(tmp, "must name the scenario this one extends", number.toString());
        Path map = write(tmp, "map.yaml", "extends:\n  a: b\nname: m\n");
        assertRejected(tmp, "must name the scenario this one extends", map.toString());
    }

    @Test
    void badOverride(@TempDir Path tmp) throws IOException {
        assertRejected(tmp, "quit_rate", "--set", "labour_market.quit_rat=0.1");
        assertRejected(tmp, "between 0 and 0.5", "--set", "labour_market.quit_rate=0.9");
    }

    @Test
    void badOptionValue(@TempDir Path tmp) throws IOException {
        assertRejected(tmp, "--years", "--years", "0");
        assertRejected(tmp, "--seed", "--seed", "abc");
    }

    @Test
    void nonEmptyOutputFolderIsRefused(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("full");
        Files.createDirectories(out);
        Files.writeString(out.resolve("keep.txt"), "mine");
        CliRunner.Result result = CliRunner.run("run", "--out", out.toString(), "--quiet");
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("already exists"));
        assertEquals("mine", Files.readString(out.resolve("keep.txt")));
    }

    @Test
    void validateReportsOkAndErrors(@TempDir Path tmp) throws IOException {
        CliRunner.Result ok = CliRunner.run("validate", "scenarios/baseline.yaml", "--set", "simulation.years=1");
        assertEquals(0, ok.exitCode());
        assertTrue(ok.out().contains("is a valid scenario (name 'baseline'; 6 occupations, 1 year after 30 warm-up years, 0 reforms)"), ok.out());
        Path file = write(tmp, "range.yaml", "labour_market:\n  quit_rate: 1.5\n");
        CliRunner.Result result = CliRunner.run("validate", file.toString());
        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains("quit_rate"));
    }

    @Test
    void extendingADeviceOrAnEmptyFileExitsTwoWithOneLine(@TempDir Path tmp) throws IOException {
        Path zero = write(tmp, "z.yaml", "extends: /dev/zero\nname: z\n");
        assertRejected(tmp, "/dev/zero: is not a regular file", zero.toString());
        CliRunner.Result validate = CliRunner.run("validate", zero.toString());
        assertEquals(2, validate.exitCode(), validate.err());
        assertEquals(1, validate.err().strip().lines().count(), validate.err());
        assertRejected(tmp, "the file gives no keys", write(tmp, "empty.yaml", "").toString());
    }

    @Test
    void aScenarioNameCannotLeadOutOfTheOutputFolder(@TempDir Path tmp) throws IOException {
        String allowed = "name: must be 1 to 64 letters, digits, '.', '-' and '_'";
        for (String name : List.of("../../../somewhere/escaped", "a/b", "..", ".hidden", "a b", "")) {
            CliRunner.Result set = CliRunner.run("run", "--set", "name=" + name, "--years", "1", "--quiet");
            assertEquals(2, set.exitCode(), name + ": " + set.err());
            assertTrue(set.err().contains(allowed) || set.err().contains("name: has no value"), set.err());
            Path file = write(tmp, "named.yaml", "name: '" + name + "'\n");
            CliRunner.Result validate = CliRunner.run("validate", file.toString());
            assertEquals(2, validate.exitCode(), name + ": " + validate.err());
        }
        assertRejected(tmp, "named.yaml:1:7: " + allowed, write(tmp, "named.yaml", "name: ../../x\n").toString());
        assertFalse(Files.exists(Path.of("../somewhere")));
    }

    @Test
    void aFileWithoutANameIsNamedAfterTheFileAsAValidLabel(@TempDir Path tmp) throws IOException {
        Path file = write(tmp, "my scenario (v2).yaml", "labour_market:\n  quit_rate: 0.03\n");
        CliRunner.Result result = CliRunner.run("validate", file.toString());
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("'my-scenario-v2-'"), result.out());
    }
}
