package org.vetsim.experiment.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vetsim.experiment.Outputs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The compare, sweep and merge commands: files written, exit codes, one-line errors. */
class CommandsTest {
    static final String[] SMALL = {"--set", "population.young_people=1000", "--set", "simulation.warmup_years=2",
        "--years", "2", "--quiet"};

    @TempDir
    Path tmp;

    private String[] args(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(SMALL));
        return all.toArray(String[]::new);
    }

    private Path scenarios() throws IOException {
        Files.writeString(tmp.resolve("a.yaml"), "name: status_quo\n");
        Files.writeString(tmp.resolve("b.yaml"), "name: apprenticeships\nengagement:\n  work_based_learning:\n    apprenticeships: true\n");
        return tmp;
    }

    @Test
    void compareWritesEveryOutput() throws IOException {
        Path dir = scenarios();
        Path out = tmp.resolve("cmp");
        Cli.Result result = Cli.run(new CompareCommand(), args(dir.resolve("a.yaml").toString(), dir.resolve("b.yaml").toString(),
                "--replications", "3", "--threads", "2", "--metrics", "neet_rate,apprentices", "--at-years", "1",
                "--gzip", "--seed", "5", "--out", out.toString()));
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("Wrote " + out), result.out());
        for (String file : List.of("report.md", "comparison.csv", "runs.csv", "timeseries_long.csv.gz", "datapackage.json", "plan.json",
                "chart_neet_rate.png", "chart_apprentices.png")) {
            assertTrue(Files.isRegularFile(out.resolve(file)), file);
        }
        assertTrue(result.err().lines().allMatch(line -> line.startsWith("vetsim: warning: ")),
                "--quiet prints no progress on stderr, only warnings: " + result.err());
    }

    @Test
    void shardsThroughTheCommandLineMergeToTheWholeRun() throws IOException {
        Path dir = scenarios();
        String a = dir.resolve("a.yaml").toString();
        String b = dir.resolve("b.yaml").toString();
        assertEquals(0, Cli.run(new CompareCommand(), args(a, b, "--replications", "2", "--out", tmp.resolve("whole").toString())).exitCode());
        for (String shard : List.of("1/2", "2/2")) {
            Cli.Result r = Cli.run(new CompareCommand(), args(a, b, "--replications", "2", "--shard", shard, "--out", tmp.resolve("shared").toString()));
            assertEquals(0, r.exitCode(), r.err());
            assertTrue(r.out().contains("vetsim merge"), r.out());
        }
        Cli.Result merged = Cli.run(new MergeCommand(), tmp.resolve("shared").toString());
        assertEquals(0, merged.exitCode(), merged.err());
        Outputs.assertSame(tmp.resolve("whole"), tmp.resolve("shared"));
    }

    @Test
    void sweepWarnsAboutWhatSomeDesignPointsRaiseAndTheBaseDoesNot() {
        Path out = tmp.resolve("sweep-warnings");
        Cli.Result result = Cli.run(new SweepCommand(), args("germany-dual", "--set", "occupations.0.school_based=false",
                "--vary", "engagement.work_based_learning.apprenticeships=true,false", "--metrics", "neet_rate",
                "--out", out.toString()));
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.err().contains("vetsim: warning: 1 of the 2 design points (first: point 1, "
                + "engagement.work_based_learning.apprenticeships=false): germany-dual: occupation "), result.err());
        assertEquals(1, result.err().lines().filter(line -> line.contains("cannot be learnt")).count(),
                "the point with apprenticeships on raises nothing: " + result.err());
    }

    @Test
    void sweepGridWritesDesignResultsAndCharts() throws IOException {
        Path out = tmp.resolve("sweep");
        Cli.Result result = Cli.run(new SweepCommand(), args("baseline", "--vary", "labour_market.quit_rate=0.01:0.03:0.02",
                "--vary", "engagement.mentoring.enabled=false,true", "--metrics", "neet_rate", "--out", out.toString()));
        assertEquals(0, result.exitCode(), result.err());
        List<String> design = Files.readAllLines(out.resolve("design.csv"));
        assertEquals("point,sample,matrix,labour_market.quit_rate,engagement.mentoring.enabled", design.get(0));
        assertEquals(List.of("0,0,,0.01,false", "1,1,,0.01,true", "2,2,,0.03,false", "3,3,,0.03,true"), design.subList(1, 5));
        List<String> results = Files.readAllLines(out.resolve("results.csv"));
        assertEquals("point,replication,seed,labour_market.quit_rate,engagement.mentoring.enabled,metric,window,value", results.get(0));
        assertEquals(1 + 4 * 2, results.size(), "point x window");
        assertTrue(Files.isRegularFile(out.resolve("response_neet_rate__labour_market.quit_rate.png")));
        assertTrue(Files.isRegularFile(out.resolve("response_neet_rate__engagement.mentoring.enabled.png")));
        assertFalse(Files.exists(out.resolve("sensitivity.csv")), "no indices for a grid");
        assertFalse(Files.readString(out.resolve("report.md")).contains("sensitivity.csv"), "nor does the report list them");
    }

    @Test
    void sweepLhsWritesSensitivity() throws IOException {
        Path out = tmp.resolve("lhs");
        Cli.Result result = Cli.run(new SweepCommand(), args("baseline", "--vary", "labour_market.quit_rate=0.01:0.04",
                "--vary", "labour_market.hiring_threshold=0.2:0.5", "--design", "lhs", "--samples", "6",
                "--metrics", "youth_unemployment_rate", "--bootstrap", "50", "--out", out.toString()));
        assertEquals(0, result.exitCode(), result.err());
        List<String> sensitivity = Files.readAllLines(out.resolve("sensitivity.csv"));
        assertEquals("metric,window,parameter,index,estimate,ci_low,ci_high,r_squared", sensitivity.get(0));
        assertEquals(1 + 2 * 2, sensitivity.size(), "window x parameter");
        assertTrue(sensitivity.get(1).startsWith("youth_unemployment_rate,end,labour_market.quit_rate,src,"));
        assertTrue(Files.readString(out.resolve("report.md")).contains("Standardised regression coefficients"));
    }

    @Test
    void aLatinHypercubeTooSmallForTheRegressionSaysSoRatherThanThatTheOutputIsConstant() throws IOException {
        Path out = tmp.resolve("lhs-small");
        Cli.Result result = Cli.run(new SweepCommand(), args("baseline", "--vary", "labour_market.quit_rate=0.01:0.04",
                "--design", "lhs", "--samples", "2", "--metrics", "youth_unemployment_rate", "--bootstrap", "10",
                "--out", out.toString()));
        assertEquals(0, result.exitCode(), result.err());
        String report = Files.readString(out.resolve("report.md"));
        assertTrue(report.contains("2 design points are too few to fit a regression on 1 parameter (it needs at least 3"), report);
        assertFalse(report.contains("took the same value at every design point"), "the output differs between the two points");
    }

    /**
     * With --reform-year the varied keys take effect as a reform from that output year: before it
     * every point runs the base, after it the points differ; a key no reform may change, or a year
     * after the run, is refused in one line.
     */
    @Test
    void sweepVariesKeysAsAReformFromTheYearGiven() throws IOException {
        Path out = tmp.resolve("reform");
        Path base = tmp.resolve("untrained.yaml");
        Files.writeString(base, "extends: germany-dual\nname: untrained\nengagement:\n  work_based_learning:\n    apprenticeships: false\n");
        Cli.Result result = Cli.run(new SweepCommand(), args(base.toString(), "--vary", "engagement.work_based_learning.apprenticeships=false,true",
                "--reform-year", "2", "--metrics", "apprentices", "--out", out.toString()));
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(Files.readString(out.resolve("report.md")).contains("take effect as a reform from the first month of output year 2"));
        List<String> results = Files.readAllLines(out.resolve("results.csv"));
        double without = value(results, "0,", ",end,");
        double with = value(results, "1,", ",end,");
        assertEquals(0.0, without, "without apprenticeships none");
        assertTrue(with > 0, "apprentices from the reform on: " + with);
        Cli.Result fixed = Cli.run(new SweepCommand(), args("baseline", "--vary", "labour_market.jobs_per_young_person=1.5,2",
                "--reform-year", "2", "--out", tmp.resolve("fixed").toString()));
        assertEquals(2, fixed.exitCode());
        assertTrue(fixed.err().contains("cannot set") && fixed.err().contains("jobs_per_young_person") && fixed.err().lines().count() == 1, fixed.err());
        Cli.Result late = Cli.run(new SweepCommand(), args("baseline", "--vary", "engagement.mentoring.enabled=false,true",
                "--reform-year", "9", "--out", tmp.resolve("late").toString()));
        assertEquals(2, late.exitCode());
        assertTrue(late.err().contains("after the last output year"), late.err());
        assertFalse(Files.exists(tmp.resolve("fixed")) || Files.exists(tmp.resolve("late")), "no output folder for a refused sweep");
    }

    private static double value(List<String> results, String point, String window) {
        return results.stream().filter(line -> line.startsWith(point) && line.contains(window))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(',') + 1))).findFirst().orElseThrow();
    }

    @Test
    void mistakesExitWithCodeTwoAndOneLine() throws IOException {
        Path dir = scenarios();
        String a = dir.resolve("a.yaml").toString();
        String b = dir.resolve("b.yaml").toString();
        List<Cli.Result> results = List.of(
                Cli.run(new CompareCommand(), args(a, b, "--metrics", "happiness", "--out", tmp.resolve("x1").toString())),
                Cli.run(new CompareCommand(), args(a, b, "--shard", "3/2", "--out", tmp.resolve("x2").toString())),
                Cli.run(new CompareCommand(), args(a, b, "--resume")),
                Cli.run(new CompareCommand(), args(a, a, "--out", tmp.resolve("x3").toString())),
                Cli.run(new CompareCommand(), args(a, tmp.resolve("missing.yaml").toString(), "--out", tmp.resolve("x4").toString())),
                Cli.run(new SweepCommand(), args("baseline", "--vary", "labour_market.quit_rate=0:1", "--out", tmp.resolve("x5").toString())),
                Cli.run(new SweepCommand(), args("baseline", "--vary", "labour_market.quit_rate=0.1,0.2", "--design", "sobol", "--out", tmp.resolve("x6").toString())),
                Cli.run(new SweepCommand(), args("baseline", "--vary", "labour_market.quit_rate=0.1,0.9", "--out", tmp.resolve("x7").toString())),
                Cli.run(new SweepCommand(), args("baseline", "--vary", "labour_market.quit_rate=0.1,0.2", "--set", "labour_market.quit_rate=0.1", "--out", tmp.resolve("x8").toString())),
                Cli.run(new MergeCommand(), tmp.resolve("nothing").toString()),
                Cli.run(new SweepCommand(), args("baseline", "--vary", "labour_market.quit_rate=0.01:0.52", "--design", "lhs",
                        "--samples", "4", "--out", tmp.resolve("x9").toString())),
                Cli.run(new SweepCommand(), args("baseline", "--vary", "education.information_lag_months=6:24", "--design", "lhs",
                        "--samples", "4", "--out", tmp.resolve("x10").toString())));
        for (Cli.Result r : results) {
            assertEquals(2, r.exitCode(), r.err());
            assertTrue(r.err().startsWith("vetsim: error: "), r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
        }
        assertTrue(results.get(7).err().contains("design point 1"), results.get(7).err());
        String end = results.get(10).err();
        assertTrue(end.contains("--vary labour_market.quit_rate=0.01:0.52: the range's end 0.52 is not allowed")
                && end.contains("between 0 and 0.5"), "a range past the key's limit is refused whatever points are drawn: " + end);
        assertFalse(Files.exists(tmp.resolve("x9")), "no output folder");
        assertTrue(results.get(11).err().contains("is a whole number and a continuous range draws decimals"), results.get(11).err());
    }
}
