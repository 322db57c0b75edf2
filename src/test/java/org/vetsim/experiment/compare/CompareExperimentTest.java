package org.vetsim.experiment.compare;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vetsim.experiment.ExperimentException;
import org.vetsim.experiment.ExperimentFolder;
import org.vetsim.experiment.ExperimentMetrics;
import org.vetsim.experiment.ExperimentPlan;
import org.vetsim.experiment.Outputs;
import org.vetsim.experiment.RunProgress;
import org.vetsim.experiment.SeedSequence;
import org.vetsim.experiment.Shard;
import org.vetsim.experiment.TestScenarios;
import org.vetsim.experiment.merge.Merge;
import org.vetsim.metrics.Metric;
import org.vetsim.scenario.Scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A comparison of three small scenarios, run in the ways that must give identical outputs. */
class CompareExperimentTest {
    static final List<Metric> METRICS = List.of(Metric.NEET_RATE, Metric.APPRENTICES, Metric.YOUTH_UNEMPLOYMENT_RATE);
    static final List<Scenario> SCENARIOS = List.of(
            TestScenarios.small(),
            TestScenarios.small("name=apprenticeships", "engagement.work_based_learning.apprenticeships=true"),
            TestScenarios.small("name=mentoring", "engagement.work_based_learning.apprenticeships=true",
                    "engagement.mentoring.enabled=true"));

    @TempDir
    Path tmp;

    static ExperimentPlan plan(int replications, boolean gzip) {
        return CompareExperiment.plan(SCENARIOS, List.of("a.yaml", "b.yaml", "c.yaml"),
                new CompareExperiment.Settings(replications, 99, METRICS, List.of(1), gzip));
    }

    static CompareExperiment.Outcome run(Path out, ExperimentPlan plan, int threads, Shard shard, boolean resume,
                                         RunProgress progress) {
        return CompareExperiment.run(out, SCENARIOS, plan,
                new CompareExperiment.Execution(threads, shard, resume, Double.NaN, 1, 1, progress));
    }

    static CompareExperiment.Outcome whole(Path out, ExperimentPlan plan, int threads) {
        return run(out, plan, threads, Shard.WHOLE, false, RunProgress.NONE);
    }

    @Test
    void everyReplicationUsesTheSameSeedInEveryScenario() throws IOException {
        whole(tmp.resolve("out"), plan(4, false), 2);
        List<String> runs = Files.readAllLines(tmp.resolve("out/runs.csv"));
        assertEquals("scenario,replication,seed,status,wall_seconds,message", runs.get(0));
        assertEquals(1 + 3 * 4, runs.size());
        long[] expected = SeedSequence.seeds(99, 4);
        Map<String, Set<String>> seedsByReplication = new HashMap<>();
        for (String line : runs.subList(1, runs.size())) {
            String[] cells = line.split(",", -1);
            assertEquals("ok", cells[3], line);
            assertEquals(expected[Integer.parseInt(cells[1])], Long.parseLong(cells[2]));
            seedsByReplication.computeIfAbsent(cells[1], k -> new HashSet<>()).add(cells[2]);
        }
        seedsByReplication.values().forEach(seeds -> assertEquals(1, seeds.size(), "one seed per replication"));
        assertEquals(4, new HashSet<>(List.of(expected[0], expected[1], expected[2], expected[3])).size());
    }

    @Test
    void parallelOutputEqualsSequentialOutput() {
        ExperimentPlan plan = plan(4, true);
        whole(tmp.resolve("one"), plan, 1);
        whole(tmp.resolve("three"), plan, 3);
        Outputs.assertSame(tmp.resolve("one"), tmp.resolve("three"));
        assertTrue(Files.isRegularFile(tmp.resolve("one/timeseries_long.csv.gz")));
    }

    @Test
    void mergedShardsEqualOneWholeRun() {
        ExperimentPlan plan = plan(3, false);
        whole(tmp.resolve("whole"), plan, 2);
        List<Path> slices = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            Path slice = tmp.resolve("slice" + i);
            CompareExperiment.Outcome outcome = run(slice, plan, 1, new Shard(i, 3), false, RunProgress.NONE);
            assertFalse(outcome.assembled());
            assertFalse(Files.exists(slice.resolve("comparison.csv")), "a shard writes only its runs");
            slices.add(slice);
        }
        assertThrows(ExperimentException.class, () -> Merge.merge(slices.subList(0, 2), tmp.resolve("partial")));
        Merge.merge(slices, tmp.resolve("merged"));
        Outputs.assertSame(tmp.resolve("whole"), tmp.resolve("merged"));

        Path shared = tmp.resolve("shared");
        for (int i = 1; i <= 2; i++) {
            run(shared, plan, 2, new Shard(i, 2), false, RunProgress.NONE);
        }
        Merge.merge(List.of(shared), null);
        Outputs.assertSame(tmp.resolve("whole"), shared);
    }

    @Test
    void resumingAfterACrashGivesTheSameResult() throws IOException {
        ExperimentPlan plan = plan(4, false);
        whole(tmp.resolve("whole"), plan, 1);
        Path crashed = tmp.resolve("crashed");
        RunProgress crash = (done, total) -> {
            if (done == 5) {
                throw new IllegalStateException("simulated crash");
            }
        };
        assertThrows(IllegalStateException.class, () -> run(crashed, plan, 2, Shard.WHOLE, false, crash));
        long records = Files.list(crashed.resolve("runs")).filter(p -> p.toString().endsWith(".run")).count();
        // with two threads the other one may commit every remaining run before the crash stops the pool
        assertTrue(records >= 5 && records <= 12, "the runs finished before the crash were committed: " + records);
        Files.writeString(crashed.resolve("runs/.arm00002-rep00003.run.123.tmp"), "half a record");
        assertThrows(ExperimentException.class, () -> whole(crashed, plan, 2), "needs --resume");
        int[] ran = {0};
        run(crashed, plan, 2, Shard.WHOLE, true, (done, total) -> ran[0]++);
        assertEquals(12 - records, ran[0], "only the missing runs are run again");
        Files.delete(crashed.resolve("runs/.arm00002-rep00003.run.123.tmp"));
        Outputs.assertSame(tmp.resolve("whole"), crashed);
    }

    @Test
    void enoughReplicationsNeedNoCaution() throws IOException {
        whole(tmp.resolve("many"), plan(CompareReport.FEW_REPLICATIONS, false), 2);
        assertFalse(Files.readString(tmp.resolve("many/report.md")).contains("Caution: only"));
    }

    @Test
    void reportNamesEveryScenarioAndMetric() throws IOException {
        CompareExperiment.Outcome outcome = whole(tmp.resolve("out"), plan(3, false), 2);
        String report = Files.readString(tmp.resolve("out/report.md"));
        for (Scenario s : SCENARIOS) {
            assertTrue(report.contains(s.name()), s.name());
        }
        for (Metric m : METRICS) {
            assertTrue(report.contains(ExperimentMetrics.title(m)), m.column());
            assertTrue(report.contains("chart_" + m.column() + ".png"), m.column());
            assertTrue(Files.isRegularFile(tmp.resolve("out/chart_" + m.column() + ".png")));
        }
        assertTrue(report.contains("## Headline differences"));
        assertTrue(report.contains("| " + ExperimentMetrics.title(Metric.YOUTH_UNEMPLOYMENT_RATE)
                + " (%; differences in percentage points) |"), "a share's row says it is in percent and points");
        ComparisonRow row = outcome.rows().stream()
                .filter(r -> r.metric() == Metric.YOUTH_UNEMPLOYMENT_RATE && r.arm() == 1).findFirst().orElseThrow();
        String mean = org.vetsim.io.output.Numbers.brief(row.summary().mean() * 100) + "% ["
                + org.vetsim.io.output.Numbers.brief(row.summary().ciLow() * 100) + "%, "
                + org.vetsim.io.output.Numbers.brief(row.summary().ciHigh() * 100) + "%]";
        var difference = row.paired().difference();
        String points = org.vetsim.io.output.Numbers.brief(difference.mean() * 100) + " ["
                + org.vetsim.io.output.Numbers.brief(difference.ciLow() * 100) + ", "
                + org.vetsim.io.output.Numbers.brief(difference.ciHigh() * 100) + "]";
        assertTrue(report.contains("| " + mean + " | " + points + " |"),
                "a share's mean in percent and its difference in points, as comparison.csv's shares times 100: " + mean
                        + " | " + points + "\n" + report);
        assertTrue(report.contains("year 1"));
        assertTrue(report.contains("Caution: only 3 replications"), "three pairs are too few to call a difference clear without a warning");
        assertTrue(report.contains("timeseries_long.csv"), "the report names the long time series it wrote");
        assertEquals(METRICS.size() * 3 * 3, outcome.rows().size(), "metric x window x scenario");
        List<String> csv = Files.readAllLines(tmp.resolve("out/comparison.csv"));
        assertEquals(String.join(",", ComparisonCsv.table(plan(3, false)).header()), csv.get(0));
        assertEquals(1 + outcome.rows().size(), csv.size());
    }

    @Test
    void untilCiAddsBatchesUpToTheMaximum() {
        ExperimentPlan plan = plan(2, false);
        CompareExperiment.Outcome tight = CompareExperiment.run(tmp.resolve("tight"), SCENARIOS, plan,
                new CompareExperiment.Execution(2, Shard.WHOLE, false, 1e-12, 2, 6, RunProgress.NONE));
        assertEquals(6, tight.replications(), "an unreachable target stops at the maximum");
        assertEquals(6, ExperimentFolder.open(tmp.resolve("tight")).plan().replications());
        CompareExperiment.Outcome loose = CompareExperiment.run(tmp.resolve("loose"), SCENARIOS, plan,
                new CompareExperiment.Execution(2, Shard.WHOLE, false, 1e12, 2, 6, RunProgress.NONE));
        assertEquals(2, loose.replications(), "a target met at once adds nothing");
        assertTrue(loose.widestHalfWidth() <= 1e12);
        assertThrows(ExperimentException.class, () -> CompareExperiment.run(tmp.resolve("x"), SCENARIOS, plan,
                new CompareExperiment.Execution(2, new Shard(1, 2), false, 0.01, 2, 6, RunProgress.NONE)));
    }

    @Test
    void refusesBadPlansAndForeignFolders() throws IOException {
        assertThrows(ExperimentException.class, () -> CompareExperiment.plan(SCENARIOS.subList(0, 1), List.of("a"),
                new CompareExperiment.Settings(3, 1, METRICS, List.of(), false)));
        assertThrows(ExperimentException.class, () -> CompareExperiment.plan(List.of(SCENARIOS.get(0), SCENARIOS.get(0)),
                List.of("a", "b"), new CompareExperiment.Settings(3, 1, METRICS, List.of(), false)));
        assertThrows(ExperimentException.class, () -> CompareExperiment.plan(SCENARIOS, List.of("a", "b", "c"),
                new CompareExperiment.Settings(3, 1, METRICS, List.of(3), false)));
        Files.createDirectories(tmp.resolve("busy"));
        Files.writeString(tmp.resolve("busy/notes.txt"), "mine");
        assertThrows(ExperimentException.class, () -> whole(tmp.resolve("busy"), plan(2, false), 1));
        whole(tmp.resolve("done"), plan(2, false), 1);
        ExperimentException other = assertThrows(ExperimentException.class,
                () -> run(tmp.resolve("done"), plan(2, true), 1, Shard.WHOLE, true, RunProgress.NONE));
        assertTrue(other.getMessage().contains("different experiment"), other.getMessage());
    }

    @Test
    void aRateWithoutEventsInAnArmIsUndefinedThereNotZero() throws IOException {
        List<Scenario> arms = SCENARIOS.subList(0, 2);
        ExperimentPlan plan = CompareExperiment.plan(arms, List.of("a.yaml", "b.yaml"),
                new CompareExperiment.Settings(3, 99, List.of(Metric.EMPLOYER_NET_TRAINING_COST), List.of(), false));
        CompareExperiment.run(tmp.resolve("cost"), arms, plan,
                new CompareExperiment.Execution(2, Shard.WHOLE, false, Double.NaN, 1, 1, RunProgress.NONE));
        List<String> lines = Files.readAllLines(tmp.resolve("cost/comparison.csv"));
        List<String> header = List.of(lines.get(0).split(",", -1));
        int scenario = header.indexOf("scenario");
        int n = header.indexOf("n");
        int mean = header.indexOf("mean");
        int pairs = header.indexOf("pairs");
        int checked = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            if (cells[scenario].equals(arms.get(0).name())) {
                assertEquals("0", cells[n], "nobody trains without apprenticeships: no run defines the cost");
                assertEquals("", cells[mean], line);
            } else {
                assertEquals("3", cells[n], line);
                assertFalse(cells[mean].isEmpty(), line);
                assertEquals("0", cells[pairs], "no pair has the cost in both arms");
            }
            checked++;
        }
        assertTrue(checked >= 2);
        String report = Files.readString(tmp.resolve("cost/report.md"));
        assertTrue(report.contains("undefined (in every run)"), report);
        assertTrue(report.contains("Not comparable"), "an arm without the events is not 'no clear difference': " + report);
        assertFalse(report.contains("NaN"), report);
    }
}
