package org.vetsim.experiment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Seeds, shards, run records, the parallel runner and the progress display. */
class EngineTest {
    @TempDir
    Path tmp;

    @Test
    void seedsAreDistinctIn32BitsAndStableAsReplicationsGrow() {
        long[] many = SeedSequence.seeds(2026, 300_000);
        Set<Long> distinct = new HashSet<>();
        for (long seed : many) {
            assertTrue(seed >= 0 && seed < (1L << 32));
            distinct.add(seed & 0xFFFF_FFFFL);
        }
        assertEquals(many.length, distinct.size(), "300,000 draws of 32 bits collide about ten times; all were skipped");
        long[] few = SeedSequence.seeds(2026, 10);
        assertArrayEquals(few, java.util.Arrays.copyOf(many, 10));
        assertTrue(SeedSequence.seeds(2027, 1)[0] != few[0]);
        assertTrue(SeedSequence.derive(2026, "design") != SeedSequence.derive(2026, "bootstrap"));
    }

    @Test
    void shardsPartitionTheRuns() {
        assertEquals(new Shard(3, 10), Shard.parse("3/10"));
        assertThrows(ExperimentException.class, () -> Shard.parse("0/3"));
        assertThrows(ExperimentException.class, () -> Shard.parse("a/b"));
        for (long position = 0; position < 30; position++) {
            int holders = 0;
            for (int i = 1; i <= 4; i++) {
                holders += new Shard(i, 4).holds(position) ? 1 : 0;
            }
            assertEquals(1, holders);
        }
    }

    @Test
    void runRecordsReadBackExactly() {
        RunStore store = new RunStore(tmp.resolve("runs"));
        double[][] values = {{0.1 + 0.2, 1.0 / 3, 1e-300}, {Math.PI, -0.0, 12345.678901234567}};
        RunRecord run = new RunRecord(2, 7, 4294967295L, RunRecord.Status.OK, 1.5, "", List.of("a", "b", "c"), values);
        store.commit(run);
        RunRecord back = store.read(2, 7);
        assertEquals(run.seed(), back.seed());
        assertEquals(run.metrics(), back.metrics());
        for (int m = 0; m < values.length; m++) {
            assertArrayEquals(values[m], back.values()[m]);
        }
        RunRecord failed = new RunRecord(0, 0, 1, RunRecord.Status.FAILED, 0.1, "Boom, at\nline 3", List.of("a"), new double[0][]);
        store.commit(failed);
        assertEquals("Boom, at line 3", store.read(0, 0).message());
        assertEquals(RunRecord.Status.FAILED, store.read(0, 0).status());
    }

    @Test
    void plansSurviveTheirJsonFile() {
        ExperimentPlan plan = new ExperimentPlan(ExperimentPlan.FORMAT, "compare",
                List.of(new Arm("a", "first", "a.yaml", "00", List.of()), new Arm("b", "second, \"quoted\"", "b.yaml", "11", List.of("k=1"))),
                2, -5, List.of(5L, 3_000_000_000L), 24, List.of("neet_rate"), List.of("neet_rate"), List.of(1, 2), true,
                new SweepSpec("lhs", List.of("k=0:1"), 4, 1, 100, 2, 0));
        ExperimentFolder.prepare(tmp.resolve("x"), plan, false);
        assertEquals(plan, ExperimentFolder.readPlan(tmp.resolve("x")));
        assertTrue(plan.sameExperiment(plan.withReplications(7)));
    }

    @Test
    void runnerReturnsResultsInTaskOrder() {
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int n = i;
            tasks.add(() -> {
                Thread.sleep((40 - n) % 7);
                return n * n;
            });
        }
        List<Integer> results = new ReplicationRunner(4, RunProgress.NONE).run(tasks);
        for (int i = 0; i < 40; i++) {
            assertEquals(i * i, results.get(i));
        }
        assertThrows(ExperimentException.class, () -> new ReplicationRunner(0, RunProgress.NONE));
    }

    @Test
    void progressIsABarOnATerminalAndLinesOtherwise() {
        long[] now = {0};
        StringWriter plain = new StringWriter();
        ProgressBar lines = new ProgressBar(new PrintWriter(plain), false, () -> now[0]);
        for (int done = 1; done <= 20; done++) {
            now[0] += 1_000_000_000L;
            lines.update(done, 20);
        }
        List<String> printed = plain.toString().lines().toList();
        assertEquals(11, printed.size(), "the first run, then one line per tenth");
        assertEquals("progress: 1/20 runs (5%) ETA 0m19s", printed.get(0));
        assertEquals("progress: 2/20 runs (10%) ETA 0m18s", printed.get(1));
        assertEquals("progress: 20/20 runs (100%) ", printed.get(10));
        StringWriter bar = new StringWriter();
        new ProgressBar(new PrintWriter(bar), true, () -> 0).update(5, 10);
        assertTrue(bar.toString().startsWith("\r[###############               ] 5/10 runs"), bar.toString());
    }
}
