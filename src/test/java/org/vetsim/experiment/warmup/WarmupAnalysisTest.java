package org.vetsim.experiment.warmup;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vetsim.experiment.RunProgress;
import org.vetsim.metrics.Metric;
import org.vetsim.model.TestScenarios;
import org.vetsim.scenario.Scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The warm-up analysis probes the scenario from its initial state, finds the filling of the
 * youth window (nobody is unemployed before the first cohorts leave school) and writes its files.
 */
class WarmupAnalysisTest {

    @Test
    void probeStartsFromTheInitialStateWithoutReformsOrCycle() {
        Scenario base = TestScenarios.small();
        Scenario probe = WarmupAnalysis.probe(base, 30, false);
        assertEquals(0, probe.simulation().warmupYears());
        assertEquals(30, probe.simulation().years());
        assertEquals(0.0, probe.labourMarket().cycleAmplitude());
        assertTrue(probe.reforms().isEmpty());
        assertEquals(base.labourMarket().cycleAmplitude(), WarmupAnalysis.probe(base, 30, true).labourMarket().cycleAmplitude());
    }

    @Test
    void findsTheFillingOfTheYouthWindowAndWritesItsFiles(@TempDir Path folder) throws IOException {
        Scenario scenario = TestScenarios.small("population.young_people=1500");
        WarmupAnalysis.Settings settings = new WarmupAnalysis.Settings(3, 30, 17,
                List.of(Metric.YOUTH_UNEMPLOYMENT_RATE, Metric.POPULATION), false, 2);
        WarmupAnalysis.Result result = WarmupAnalysis.run(scenario, settings, RunProgress.NONE);
        WarmupAnalysis.MetricResult unemployment = result.metrics().get(0);
        assertEquals(30, unemployment.mean().length);
        double[] population = result.metrics().get(1).mean();
        assertTrue(population[0] < population[29] / 10, "one cohort in the first year of some fifteen: " + population[0]);
        assertTrue(unemployment.truncationYears() >= 11 && unemployment.truncationYears() <= 15,
                "youth unemployment rises while the window fills: truncation " + unemployment.truncationYears());
        assertTrue(result.metrics().get(1).truncationYears() >= 13, "the population grows for about 15 years");
        assertEquals(Math.max(unemployment.truncationYears(), result.metrics().get(1).truncationYears()),
                result.recommendedYears());
        WarmupFiles.write(folder, result);
        assertTrue(Files.exists(folder.resolve("warmup_youth_unemployment_rate.png")));
        List<String> csv = Files.readAllLines(folder.resolve("warmup.csv"));
        assertEquals(1 + 2 * 30, csv.size());
        String report = Files.readString(folder.resolve("report.md"));
        assertTrue(report.contains("Recommended warm-up: **" + result.recommendedYears() + " years**"), report);
    }
}
