package org.vetsim.model;

import org.vetsim.io.scenario.ScenarioLoader;
import org.vetsim.metrics.MonthReport;
import org.vetsim.scenario.Scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Small scenarios and run helpers for the model tests (a few thousand people, fast). */
public final class TestScenarios {
    private TestScenarios() {
    }

    /** The bundled baseline at 2,000 young people and 5 output years (default warm-up), with extra overrides. */
    public static Scenario small(String... overrides) {
        List<String> all = new ArrayList<>(List.of("population.young_people=2000", "simulation.years=5"));
        all.addAll(Arrays.asList(overrides));
        return ScenarioLoader.loadDefault(all);
    }

    /** {@link #small(String...)} with the overrides {@code base} and then {@code more}. */
    public static Scenario small(String[] base, String... more) {
        List<String> all = new ArrayList<>(Arrays.asList(base));
        all.addAll(Arrays.asList(more));
        return small(all.toArray(String[]::new));
    }

    /** The bundled preset {@code name} at 3,000 young people and 5 output years, with extra overrides. */
    public static Scenario smallPreset(String name, String... overrides) {
        List<String> all = new ArrayList<>(List.of("population.young_people=3000", "simulation.years=5"));
        all.addAll(Arrays.asList(overrides));
        return ScenarioLoader.load(java.nio.file.Path.of(name), all);
    }

    /** Runs {@code scenario} headless with {@code seed}; returns the monthly reports. */
    public static List<MonthReport> run(Scenario scenario, long seed) {
        List<MonthReport> reports = new ArrayList<>();
        VetModel model = new VetModel(scenario, seed);
        model.addListener(reports::add);
        model.runToEnd();
        return reports;
    }

    /** Runs {@code scenario} with seeds 1 to {@code seeds}, one list of monthly reports per seed (common random numbers across arms). */
    public static List<List<MonthReport>> runs(Scenario scenario, int seeds) {
        List<List<MonthReport>> runs = new ArrayList<>();
        for (long seed = 1; seed <= seeds; seed++) {
            runs.add(run(scenario, seed));
        }
        return runs;
    }

    /** Mean over {@code runs} of each run's mean of a metric from month {@code from} on. */
    public static double meanOverRuns(List<List<MonthReport>> runs, org.vetsim.metrics.Metric metric, int from) {
        return runs.stream().mapToDouble(reports -> mean(reports, metric, from)).average().orElse(Double.NaN);
    }

    /** Mean of a metric over the reports from month {@code from} on. */
    public static double mean(List<MonthReport> reports, org.vetsim.metrics.Metric metric, int from) {
        return reports.stream().filter(r -> r.month() >= from).mapToDouble(r -> r.value(metric))
                .filter(v -> !Double.isNaN(v)).average().orElse(Double.NaN);
    }

    /** Asserts that two runs reported the same months with every metric bit-identical. */
    public static void assertSameReports(List<MonthReport> expected, List<MonthReport> actual) {
        org.junit.jupiter.api.Assertions.assertEquals(expected.size(), actual.size(), "months reported");
        for (int i = 0; i < expected.size(); i++) {
            for (org.vetsim.metrics.Metric metric : org.vetsim.metrics.Metric.values()) {
                org.junit.jupiter.api.Assertions.assertEquals(expected.get(i).value(metric), actual.get(i).value(metric), 0.0,
                        metric.column() + " in month " + expected.get(i).month());
            }
        }
    }
}
