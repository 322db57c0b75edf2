package org.vetsim.experiment.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vetsim.io.output.CsvReader;
import org.vetsim.io.output.DataPackageAssert;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code vetsim optimise} on a small population: answers, files, exit codes and one-line errors. */
class OptimiseCommandTest {
    static final List<String> LEVERS = List.of("--lever", "engagement.work_based_learning.apprenticeships=bool",
            "--lever", "engagement.financial_incentives.subsidy_per_place=0:4");
    /** 1,000 young people after the full warm-up (the youth window must fill for youth outcomes to mean anything), two years. */
    static final List<String> SMALL = List.of("--set", "population.young_people=1000", "--years", "2", "--quiet",
            "--replications", "2", "--final-replications", "4", "--finalists", "2");

    @TempDir
    Path tmp;

    static String[] args(List<String> first, String... more) {
        List<String> all = new ArrayList<>(first);
        all.addAll(Arrays.asList(more));
        all.addAll(SMALL);
        return all.toArray(String[]::new);
    }

    @Test
    void findsTheCheapestMixThatMeetsAConstraintTheBaseMisses() throws IOException {
        Path out = tmp.resolve("opt");
        List<String> command = new ArrayList<>(List.of("baseline"));
        command.addAll(LEVERS);
        Cli.Result result = Cli.run(new OptimiseCommand(), args(command, "--minimise", "public_cost",
                "--subject-to", "neet_rate<=base-0.005", "--budget", "12", "--threads", "2", "--out", out.toString()));
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().startsWith("Best mix: "), result.out());
        for (String file : List.of("report.md", "best.yaml", "evaluations.csv", "convergence.png", "search.json",
                "datapackage.json", "compare/report.md", "compare/comparison.csv")) {
            assertTrue(Files.isRegularFile(out.resolve(file)), file);
        }
        String report = Files.readString(out.resolve("report.md"));
        assertTrue(report.contains("**Best mix found: "), report);
        assertTrue(report.endsWith("are in `compare/`.\n") && report.contains("## Comparison: baseline vs baseline-best"));
        Map<String, String> chosen = chosenRow(out);
        Map<String, String> neet = comparisonRow(out, "neet_rate");
        assertTrue(Double.parseDouble(neet.get("diff_mean")) <= -0.005,
                "best.yaml, run by compare with the same seeds, meets the constraint the base misses: " + neet);
        assertEquals(chosen.get("neet_rate_mean"), neet.get("mean"), "best.yaml reproduces the chosen candidate exactly");
        assertEquals(chosen.get("public_cost_mean"), comparisonRow(out, "public_cost").get("mean"));
        assertEquals(4, DataPackageAssert.assertDescribesEveryFile(out),
                "evaluations.csv, and compare/'s comparison.csv, runs.csv and timeseries_long.csv, each described");
    }

    @Test
    void aConstraintNoCandidateMeetsIsReportedWithTheClosestMix() throws IOException {
        Path out = tmp.resolve("opt");
        List<String> command = new ArrayList<>(List.of("baseline-reform"));
        command.addAll(LEVERS);
        Cli.Result result = Cli.run(new OptimiseCommand(), args(command, "--minimise", "public_cost",
                "--subject-to", "neet_rate<=0.0001", "--budget", "6", "--out", out.toString()));
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().startsWith("No candidate met the constraints; closest mix: "), result.out());
        assertTrue(result.err().contains("warning: no candidate met the constraints"), result.err());
        assertTrue(result.err().contains("warning: baseline-reform: the reform at month 37 lies beyond the 24 output months")
                && result.err().contains("warning: the base's reform at month 37 also sets "
                + "engagement.work_based_learning.apprenticeships"), "the base's warnings once the input is checked: " + result.err());
        assertTrue(Files.isRegularFile(out.resolve("closest.yaml")));
        assertFalse(Files.exists(out.resolve("best.yaml")));
        assertTrue(Files.readString(out.resolve("report.md")).contains("**No candidate met the constraints.** The closest mix, "));
    }

    @Test
    void aReformYearLeverIsWrittenAsAReform() throws IOException {
        Path out = tmp.resolve("opt");
        Cli.Result result = Cli.run(new OptimiseCommand(), args(List.of("baseline", "--lever",
                "engagement.work_based_learning.apprenticeships=bool", "--reform-year", "1:2", "--maximise", "apprentices",
                "--budget", "6", "--metrics", "apprentices", "--at-year", "1:2", "--out", out.toString())));
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(Files.readString(out.resolve("report.md")).contains("output years 1 to 2 (mean of their 24 months)"));
        String best = Files.readString(out.resolve("best.yaml"));
        assertTrue(best.contains("reforms:") && best.contains("month: 1") && best.contains("work_based_learning.apprenticeships: true"), best);
        assertTrue(Files.readAllLines(out.resolve("evaluations.csv")).get(0).contains(",reform_year,"));
    }

    @Test
    void badInputExitsWithCode2AndAClearMessageBeforeAnyFolderIsMade() {
        String subsidy = "engagement.financial_incentives.subsidy_per_place=0:4";
        List<List<String>> cases = List.of(
                List.of("--lever", subsidy, "--minimise", "public_cots"),
                List.of("--lever", "name=0:4", "--minimise", "public_cost"),
                List.of("--lever", "engagement.financial_incentives.subsidy_per_place=0:99", "--minimise", "public_cost"),
                List.of("--lever", "engagement.mentoring.enabled=2:3", "--minimise", "public_cost"),
                List.of("--lever", subsidy, "--minimise", "public_cost", "--subject-to", "neet_rate<=-0.1"),
                List.of("--lever", subsidy, "--minimise", "public_cost", "--subject-to", "neet_rate<=0.1",
                        "--subject-to", "neet_rate>=0.2"),
                List.of("--lever", subsidy, "--minimise", "public_cost", "--subject-to", "neet_rate<=base-0.5"),
                List.of("--lever", subsidy, "--minimise", "public_cost", "--pareto", "public_cost,neet_rate"),
                List.of("--lever", subsidy, "--pareto", "neet_rate"),
                List.of("--lever", subsidy, "--minimise", "public_cost", "--shard", "1/2"),
                List.of("--lever", subsidy, "--minimise", "public_cost", "--at-year", "3"),
                List.of("--lever", "labour_market.jobs_per_young_person=1:2", "--reform-year", "2", "--minimise", "public_cost"),
                List.of("--minimise", "public_cost"),
                List.of("--lever", subsidy, "--minimise", "public_cost", "--set", "engagement.financial_incentives.subsidy_per_place=1"),
                List.of("--lever", subsidy, "--pareto", "public_cost,max:nowt"),
                List.of("--lever", subsidy, "--pareto", "neet_rate,neet_rate"));
        List<String> expected = List.of("unknown metric 'public_cots'", "takes text", "HIGH: ", "write engagement.mentoring.enabled=bool",
                "cannot be met", "cannot both be met", "the bound comes to", "exactly one of", "expected two metrics",
                "cannot be split into shards", "output years 1 to 2", "cannot be changed by a reform", "at least one --lever",
                "clashes with --lever", "unknown metric 'nowt'", "the two metrics must differ");
        for (int i = 0; i < cases.size(); i++) {
            Path out = tmp.resolve("bad" + i);
            List<String> command = new ArrayList<>(List.of("baseline-reform"));
            command.addAll(cases.get(i));
            Cli.Result result = Cli.run(new OptimiseCommand(), args(command, "--out", out.toString()));
            assertEquals(2, result.exitCode(), cases.get(i) + ": " + result.err());
            assertTrue(result.err().startsWith("vetsim: error: ") && result.err().contains(expected.get(i)),
                    cases.get(i) + ": " + result.err());
            assertEquals(1, result.err().strip().lines().count(), "one line, no warning about the base: " + result.err());
            assertFalse(Files.exists(out), cases.get(i) + " left a folder");
        }
    }

    /**
     * The chosen candidate's row in evaluations.csv: of the rows run with the final replications
     * (finalists and steps down), the one that meets the constraints at the lowest cost.
     */
    private static Map<String, String> chosenRow(Path out) throws IOException {
        Map<String, String> best = null;
        for (Map<String, String> row : rows(out.resolve("evaluations.csv"))) {
            if (List.of("final", "step-down").contains(row.get("stage")) && row.get("feasible").equals("true") && (best == null
                    || Double.parseDouble(row.get("public_cost_mean")) < Double.parseDouble(best.get("public_cost_mean")))) {
                best = row;
            }
        }
        return best;
    }

    /** The row of the best mix and {@code metric} at the end of the horizon in compare/comparison.csv. */
    private static Map<String, String> comparisonRow(Path out, String metric) throws IOException {
        return rows(out.resolve("compare/comparison.csv")).stream().filter(row -> row.get("metric").equals(metric)
                && row.get("window").equals("end") && row.get("scenario").equals("baseline-best")).findFirst().orElseThrow();
    }

    /** The records of a CSV file, each by column name. */
    static List<Map<String, String>> rows(Path file) throws IOException {
        List<List<String>> records = CsvReader.read(file);
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> record : records.subList(1, records.size())) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < record.size(); c++) {
                row.put(records.get(0).get(c), record.get(c));
            }
            rows.add(row);
        }
        return rows;
    }

    @Test
    void theCornersOfTheLeversPutEachLeverAtBothEndsAgainstTheOthersAtEither() {
        org.vetsim.experiment.optimise.SearchSpace space = new org.vetsim.experiment.optimise.SearchSpace(List.of(
                org.vetsim.experiment.optimise.Lever.onOff("engagement.work_based_learning.apprenticeships", "bool"),
                new org.vetsim.experiment.optimise.LeverParser(key -> { }).parse("engagement.financial_incentives.subsidy_per_place=0:4")), 0);
        List<String> corners = OptimiseCommand.corners(space).stream().map(org.vetsim.experiment.optimise.Mix::key).toList();
        String off = "engagement.work_based_learning.apprenticeships=false";
        String on = "engagement.work_based_learning.apprenticeships=true";
        String none = "engagement.financial_incentives.subsidy_per_place=0";
        String most = "engagement.financial_incentives.subsidy_per_place=4";
        assertEquals(List.of(off + ";" + none, on + ";" + most, on + ";" + none, off + ";" + most, off + ";" + most, on + ";" + none),
                corners, "all low, all high, then each lever alone high and alone low");
    }
}
