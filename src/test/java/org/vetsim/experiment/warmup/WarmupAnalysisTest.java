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
        // eight replications: with three, a single year's noise at 1,500 young people could move MSER's cut to its
        // search limit (year 20; seen after a change of 6 December 2026 that left the mean path as it was), and with
        // six to year 19 after adults came to lose skill out of work (6 December 2026), which left the mean path of a
        // larger probe (3,000 people, eight replications) as it was, cut at 17 with and without the loss
        WarmupAnalysis.Settings settings = new WarmupAnalysis.Settings(8, 40, 17,
                List.of(Metric.YOUTH_UNEMPLOYMENT_RATE, Metric.POPULATION), false, 2);
        WarmupAnalysis.Result result = WarmupAnalysis.run(scenario, settings, RunProgress.NONE);
        WarmupAnalysis.MetricResult unemployment = result.metrics().get(0);
        assertEquals(40, unemployment.mean().length);
        double[] population = result.metrics().get(1).mean();
        assertTrue(population[0] < population[39] / 10, "one cohort in the first year of some fifteen: " + population[0]);
        assertTrue(unemployment.truncationYears() >= 11 && unemployment.truncationYears() <= 18,
                "youth unemployment rises while the window fills: truncation " + unemployment.truncationYears());
        assertTrue(result.metrics().get(1).truncationYears() >= 13, "the population grows for about 15 years");
        assertEquals(Math.max(unemployment.truncationYears(), result.metrics().get(1).truncationYears()),
                result.recommendedYears());
        WarmupFiles.write(folder, result);
        assertTrue(Files.exists(folder.resolve("warmup_youth_unemployment_rate.png")));
        List<String> csv = Files.readAllLines(folder.resolve("warmup.csv"));
        assertEquals(1 + 2 * 40, csv.size());
        String report = Files.readString(folder.resolve("report.md"));
        assertTrue(!result.conclusive(), "40 years are less than twice the " + scenario.neededWarmupYears() + " the window needs");
        assertTrue(report.contains("Recommended warm-up: **at least " + scenario.neededWarmupYears() + " years**"), report);
    }

    @Test
    void aTruncationAtTheSearchLimitIsALowerBoundAndTheProbeInconclusive() {
        double[] rising = new double[10];
        for (int i = 0; i < rising.length; i++) {
            rising[i] = i;
        }
        int cut = Mser.truncation(rising);
        WarmupAnalysis.MetricResult settling = new WarmupAnalysis.MetricResult(Metric.NEET_RATE, rising, rising, rising, rising, cut);
        assertTrue(settling.atSearchLimit(), "a series rising to the end is cut at the limit: " + cut);
        double[] flat = {5, 1, 1, 1, 1, 1, 1, 1, 1, 1};
        WarmupAnalysis.MetricResult settled = new WarmupAnalysis.MetricResult(Metric.NEET_RATE, flat, flat, flat, flat,
                Mser.truncation(flat));
        assertTrue(!settled.atSearchLimit(), "settled after " + settled.truncationYears());
        Scenario base = TestScenarios.small();
        var settings = new WarmupAnalysis.Settings(2, 2 * base.neededWarmupYears(), 1, List.of(Metric.NEET_RATE), false, 1);
        assertTrue(!new WarmupAnalysis.Result(base, settings, List.of(settling, settled)).conclusive());
        var result = new WarmupAnalysis.Result(base, settings, List.of(settled));
        assertTrue(result.conclusive());
        var shortProbe = new WarmupAnalysis.Result(base, new WarmupAnalysis.Settings(2, 10, 1, List.of(Metric.NEET_RATE), false, 1),
                List.of(settled));
        assertTrue(!shortProbe.conclusive(), "a probe shorter than twice the youth window's settling cannot judge");
        assertEquals(base.neededWarmupYears(), shortProbe.lowerBoundYears());
        assertEquals(2 * base.neededWarmupYears() + 10, shortProbe.longerProbeYears());
    }

    @Test
    void yearsBeforeARateIsFirstDefinedBelongToTheWarmUp() {
        double nan = Double.NaN;
        double[] examRate = {nan, nan, 0.91, 0.89, 0.91, 0.89, 0.91, 0.89, 0.91, 0.89};
        assertEquals(2, WarmupAnalysis.truncation(examRate), "no exam sat in the first two years: those are cut, and no more");
        WarmupAnalysis.MetricResult result = new WarmupAnalysis.MetricResult(Metric.APPRENTICE_EXAM_PASS_RATE, examRate,
                examRate, examRate, examRate, WarmupAnalysis.truncation(examRate));
        assertEquals(0.9, result.stationaryMean(), 1e-12);
        assertTrue(Mser.truncation(new double[] {0, 0, 0.91, 0.89, 0.91, 0.89, 0.91, 0.89, 0.91, 0.89}) >= 2,
                "as zeros, the years without exams would be a transient the rate seems to rise out of");
        double[] never = {nan, nan, nan, nan};
        assertEquals(0, WarmupAnalysis.truncation(never));
        assertTrue(Double.isNaN(new WarmupAnalysis.MetricResult(Metric.APPRENTICE_EXAM_PASS_RATE, never, never, never, never, 0)
                .stationaryMean()), "a rate undefined throughout has no stationary level");
    }
}
