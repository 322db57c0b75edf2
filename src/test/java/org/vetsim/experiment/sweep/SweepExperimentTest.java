package org.vetsim.experiment.sweep;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vetsim.experiment.ExperimentPlan;
import org.vetsim.experiment.Outputs;
import org.vetsim.experiment.RunProgress;
import org.vetsim.experiment.Shard;
import org.vetsim.experiment.SweepSpec;
import org.vetsim.experiment.TestScenarios;
import org.vetsim.experiment.design.Design;
import org.vetsim.experiment.merge.Merge;
import org.vetsim.metrics.Metric;
import org.vetsim.scenario.Scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A small Sobol sweep: design written first, shards merge to the whole run, threads do not matter. */
class SweepExperimentTest {
    @TempDir
    Path tmp;

    static final SweepSpec SPEC = SweepExperiment.spec("sobol",
            List.of("labour_market.quit_rate=0.01:0.04", "labour_market.hiring_threshold=0.2:0.5"), 3, 17, 40, 0);

    static ExperimentPlan plan(List<Scenario> scenarios) {
        return SweepExperiment.plan(SPEC, scenarios, "baseline", 2, 17, List.of(Metric.NEET_RATE, Metric.SKILL_MISMATCH));
    }

    static List<Scenario> scenarios() {
        Design design = SweepExperiment.design(SPEC);
        return SweepExperiment.scenarios(design, overrides -> TestScenarios.small(overrides.toArray(String[]::new)));
    }

    @Test
    void shardedParallelAndSequentialSweepsAgree() throws IOException {
        List<Scenario> scenarios = scenarios();
        assertEquals(3 * 4, scenarios.size());
        ExperimentPlan plan = plan(scenarios);
        SweepExperiment.run(tmp.resolve("one"), scenarios, plan, new SweepExperiment.Execution(1, Shard.WHOLE, false, RunProgress.NONE));
        SweepExperiment.run(tmp.resolve("two"), scenarios, plan, new SweepExperiment.Execution(2, Shard.WHOLE, false, RunProgress.NONE));
        Outputs.assertSame(tmp.resolve("one"), tmp.resolve("two"));
        List<Path> slices = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            Path slice = tmp.resolve("slice" + i);
            assertFalse(SweepExperiment.run(slice, scenarios, plan, new SweepExperiment.Execution(2, new Shard(i, 2), false, RunProgress.NONE)));
            assertTrue(Files.isRegularFile(slice.resolve("design.csv")), "the design is written before running");
            slices.add(slice);
        }
        Merge.merge(slices, tmp.resolve("merged"));
        Outputs.assertSame(tmp.resolve("one"), tmp.resolve("merged"));
        List<String> sensitivity = Files.readAllLines(tmp.resolve("one/sensitivity.csv"));
        assertEquals(1 + 2 * 2 * 2 * 2, sensitivity.size(), "metric x window x parameter x (first, total)");
        assertTrue(sensitivity.stream().anyMatch(line -> line.contains(",first_order,")));
        assertTrue(sensitivity.stream().anyMatch(line -> line.contains(",total_order,")));
        String report = Files.readString(tmp.resolve("one/report.md"));
        assertTrue(report.contains("labour_market.hiring_threshold"));
        assertTrue(report.contains("Sobol indices"));
    }
}
