package org.vetsim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Mistakes in options of every command: one rule per option across commands, one line, exit 2,
 * and nothing created before everything is checked.
 */
class CommandLineErrorsTest {
    private static final String[] SMALL = {"--set", "population.young_people=500", "--set", "simulation.warmup_years=1",
        "--years", "1", "--quiet"};
    private static final String[] OPTIMISE = {"optimise", "baseline", "--lever", "engagement.mentoring.enabled=bool",
        "--minimise", "public_cost", "--replications", "2", "--budget", "2"};

    @TempDir
    Path tmp;

    private static CliRunner.Result run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (List.of("run", "compare", "sweep", "optimise").contains(args[0])) {
            all.addAll(List.of(SMALL));
        }
        return CliRunner.run(all.toArray(String[]::new));
    }

    private static String[] with(String[] command, String... more) {
        List<String> all = new ArrayList<>(List.of(command));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    private static void assertOneLineError(CliRunner.Result result, String... parts) {
        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().startsWith("vetsim: error: "), result.err());
        assertFalse(result.err().contains("\tat "), "no stack trace: " + result.err());
        for (String part : parts) {
            assertTrue(result.err().contains(part), "expected '" + part + "' in " + result.err());
        }
    }

    @Test
    void calibrationRefusesAnUnknownPresetAndListsTheKnownOnes() {
        CliRunner.Result result = run("calibration", "--preset", "bogus", "--seeds", "1", "--years", "1");
        assertOneLineError(result, "--preset bogus", "germany-dual", "uzbekistan");
        assertEquals("", result.out(), "no empty table");
    }

    @Test
    void compareWithOneScenarioSaysWhatItNeeds() {
        CliRunner.Result result = run("compare", "germany-dual", "--out", tmp.resolve("one").toString());
        assertOneLineError(result, "compare needs two or more scenarios", "got only germany-dual", "vetsim run germany-dual");
        assertFalse(Files.exists(tmp.resolve("one")));
    }

    @Test
    void runWithTwoScenariosPointsToCompare() {
        CliRunner.Result result = run("run", "baseline", "germany-dual", "--out", tmp.resolve("two").toString());
        assertOneLineError(result, "'germany-dual'", "run takes one scenario", "vetsim compare A B");
        assertFalse(Files.exists(tmp.resolve("two")));
    }

    @Test
    void compareOfAScenarioWithItselfSaysHowToMakeAVariant() {
        CliRunner.Result result = run("compare", "baseline", "baseline", "--replications", "2", "--out", tmp.resolve("same").toString());
        assertOneLineError(result, "both named 'baseline'", "extends: baseline.yaml", "vetsim sweep");
        assertFalse(Files.exists(tmp.resolve("same")));
    }

    @Test
    void aMisspeltMetricGetsTheNearestName() {
        CliRunner.Result result = run("compare", "baseline", "germany-dual", "--replications", "2",
                "--metrics", "youth_unemploymnt_rate", "--out", tmp.resolve("metric").toString());
        assertOneLineError(result, "unknown metric 'youth_unemploymnt_rate'", "did you mean 'youth_unemployment_rate'?",
                "vetsim metrics");
        assertFalse(Files.exists(tmp.resolve("metric")));
    }

    @Test
    void aBadVariedKeyIsReportedAsVaried() {
        CliRunner.Result result = run("sweep", "baseline", "--vary", "engagement.mentoring.qualty=0.2,0.4",
                "--out", tmp.resolve("vary").toString());
        assertOneLineError(result, "in --vary engagement.mentoring.qualty=0.2", "quality");
        assertFalse(result.err().contains("in --set engagement.mentoring.qualty"), result.err());
        assertFalse(Files.exists(tmp.resolve("vary")));
    }

    @Test
    void negativeSeedsAreRefusedByEveryCommand() {
        String rule = "--seed must be 0 or more";
        assertOneLineError(run("run", "--seed", "-5", "--out", tmp.resolve("r").toString()), rule);
        assertOneLineError(run("compare", "baseline", "germany-dual", "--seed", "-5", "--replications", "2",
                "--out", tmp.resolve("c").toString()), rule);
        assertOneLineError(run("sweep", "baseline", "--vary", "labour_market.quit_rate=0.02,0.03", "--seed", "-5",
                "--out", tmp.resolve("s").toString()), rule);
        assertOneLineError(run("gui", "--seed", "-5"), rule);
        assertOneLineError(run(with(OPTIMISE, "--seed", "-5", "--out", tmp.resolve("o").toString())), rule);
        assertFalse(Files.exists(tmp.resolve("c")) || Files.exists(tmp.resolve("s")) || Files.exists(tmp.resolve("r"))
                || Files.exists(tmp.resolve("o")));
    }

    @Test
    void valuesOfTheWrongKindAreNamedInPlainWords() {
        assertOneLineError(run("run", "--seed", "abc", "--out", tmp.resolve("r").toString()),
                "--seed", "'abc' is not a whole number");
        assertOneLineError(run("compare", "baseline", "germany-dual", "--replications", "two",
                "--out", tmp.resolve("c").toString()), "--replications", "'two' is not a whole number");
        assertOneLineError(run("run", "--replications", "99999999999", "--out", tmp.resolve("r").toString()),
                "'99999999999' is not a whole number from -2,147,483,648 to 2,147,483,647");
        assertOneLineError(run("compare", "baseline", "germany-dual", "--replications", "2", "--until-ci", "half",
                "--out", tmp.resolve("c").toString()), "--until-ci", "'half' is not a number");
        assertFalse(Files.exists(tmp.resolve("c")) || Files.exists(tmp.resolve("r")));
    }

    @Test
    void badThreadsCreateNothingSoTheCorrectedCommandRuns() {
        Path out = tmp.resolve("cmp");
        assertOneLineError(run("compare", "baseline", "germany-dual", "--replications", "2", "--threads", "0",
                "--out", out.toString()), "--threads must be at least 1");
        assertOneLineError(run("sweep", "baseline", "--vary", "labour_market.quit_rate=0.02,0.03", "--threads", "0",
                "--out", tmp.resolve("sw").toString()), "--threads must be at least 1");
        assertOneLineError(run(with(OPTIMISE, "--threads", "0", "--out", tmp.resolve("opt").toString())),
                "--threads must be at least 1");
        assertFalse(Files.exists(out), "no folder, no plan.json");
        assertFalse(Files.exists(tmp.resolve("sw")));
        assertFalse(Files.exists(tmp.resolve("opt")), "no folder, no search.json");
        CliRunner.Result corrected = run("compare", "baseline", "germany-dual", "--replications", "2", "--threads", "1",
                "--out", out.toString());
        assertEquals(0, corrected.exitCode(), corrected.err());
    }

    @Test
    void anEmptyOutIsRefusedAsSuch() {
        for (String command : List.of("run", "compare", "sweep", "merge", "optimise")) {
            List<String> args = new ArrayList<>(List.of(command));
            switch (command) {
                case "compare" -> args.addAll(List.of("baseline", "germany-dual"));
                case "sweep" -> args.addAll(List.of("baseline", "--vary", "labour_market.quit_rate=0.02,0.03"));
                case "optimise" -> args.addAll(List.of(OPTIMISE).subList(1, OPTIMISE.length));
                case "merge" -> args.add(tmp.toString());
                default -> { }
            }
            args.addAll(List.of("--out", ""));
            assertOneLineError(run(args.toArray(String[]::new)), "'--out'", "an empty path");
        }
    }

    @Test
    void benchChecksItsSizesBeforePrintingAnything() {
        CliRunner.Result result = run("bench", "--sizes", "0");
        assertOneLineError(result, "--sizes");
        assertEquals("", result.out());
    }

    @Test
    void aShardNamesTheMergeCommandForSharedAndSeparateFolders() throws IOException {
        Path own = tmp.resolve("own1");
        CliRunner.Result first = run("compare", "baseline", "germany-dual", "--replications", "2", "--threads", "1",
                "--shard", "1/2", "--out", own.toString());
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().contains("vetsim merge FOLDER1 FOLDER2 ... --out MERGED"), first.out());
        CliRunner.Result second = run("compare", "baseline", "germany-dual", "--replications", "2", "--threads", "1",
                "--shard", "2/2", "--out", own.toString());
        assertEquals(0, second.exitCode(), second.err());
        assertTrue(second.out().contains("a folder shared with the other shards; when every shard is done, run: vetsim merge "
                + own), second.out());
    }
}
