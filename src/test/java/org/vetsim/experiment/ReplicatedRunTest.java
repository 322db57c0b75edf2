package org.vetsim.experiment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vetsim.metrics.Metric;
import org.vetsim.metrics.MonthReport;
import org.vetsim.model.VetModel;
import org.vetsim.scenario.Scenario;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The engine behind {@code run --replications}: per-replication folders and combined files, whatever the threads. */
class ReplicatedRunTest {
    @TempDir
    Path tmp;

    /** A folder writer that writes each month's NEET rate, one per line. */
    static final ReplicatedRun.FolderWriter NEET = (folder, replication, seed) -> {
        Writer out = Files.newBufferedWriter(folder.resolve("neet.txt"));
        return new ReplicatedRun.MonthSink() {
            @Override
            public void onMonth(MonthReport report) {
                try {
                    out.write(report.month() + " " + report.value(Metric.NEET_RATE) + "\n");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }

            @Override
            public void close() throws IOException {
                out.close();
            }
        };
    };

    @Test
    void threadsDoNotChangeTheBytes() throws IOException {
        Scenario scenario = TestScenarios.small();
        ReplicatedRun.Result one = ReplicatedRun.run(scenario, 7, 4, 1, tmp.resolve("one"), NEET, false, RunProgress.NONE);
        ReplicatedRun.Result three = ReplicatedRun.run(scenario, 7, 4, 3, tmp.resolve("three"), NEET, false, RunProgress.NONE);
        assertArrayEquals(SeedSequence.seeds(7, 4), one.seeds());
        Outputs.assertSame(tmp.resolve("one"), tmp.resolve("three"));
        for (int r = 0; r < 4; r++) {
            Path folder = tmp.resolve("one").resolve(ReplicatedRun.folderName(r));
            assertTrue(Files.isRegularFile(folder.resolve("neet.txt")));
            assertArrayEquals(Files.readAllBytes(folder.resolve("neet.txt")),
                    Files.readAllBytes(tmp.resolve("three").resolve(ReplicatedRun.folderName(r)).resolve("neet.txt")));
        }
        assertFalse(Files.exists(tmp.resolve("one/.rep-0000.partial")));
        List<String> series = Files.readAllLines(tmp.resolve("one/timeseries_long.csv"));
        assertEquals("scenario,replication,seed,month,metric,value", series.get(0));
        assertEquals(1 + 4 * 24 * Metric.values().length, series.size());
        assertEquals(one.runs().size(), three.runs().size());
    }

    @Test
    void replicationRunsWithItsRecordedSeed() throws IOException {
        Scenario scenario = TestScenarios.small();
        ReplicatedRun.Result result = ReplicatedRun.run(scenario, 11, 2, 2, tmp.resolve("out"), ReplicatedRun.NO_FOLDERS,
                true, RunProgress.NONE);
        List<MonthReport> direct = new ArrayList<>();
        VetModel model = new VetModel(scenario, result.seeds()[1]);
        model.addListener(direct::add);
        model.runToEnd();
        double[] neet = result.runs().get(1).series(Metric.NEET_RATE.ordinal());
        for (int m = 0; m < direct.size(); m++) {
            assertEquals(direct.get(m).value(Metric.NEET_RATE), neet[m]);
        }
        assertTrue(Files.isRegularFile(tmp.resolve("out/timeseries_long.csv.gz")));
        assertThrows(ExperimentException.class, () -> ReplicatedRun.run(scenario, 11, 2, 2, tmp.resolve("out"),
                ReplicatedRun.NO_FOLDERS, true, RunProgress.NONE));
    }
}
