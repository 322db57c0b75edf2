package org.vetsim.model;

import org.junit.jupiter.api.Test;
import org.vetsim.io.scenario.ScenarioLoader;
import org.vetsim.metrics.Metric;
import org.vetsim.metrics.MonthReport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A seeded regression test: the key metrics of every preset (3,000 young people, seed 7, mean of
 * five output years) must stay within 1% (or 0.001 for values near zero) of the values recorded
 * in {@code src/test/resources/regression/presets.csv}. A change to the model that moves them
 * on purpose records the new values with {@code mvn test -Dtest=PresetRegressionTest
 * -Dvetsim.regression.update=true} and says in its commit why they moved.
 */
class PresetRegressionTest {
    private static final Path GOLDEN = Path.of("src/test/resources/regression/presets.csv");
    private static final List<String> PRESETS = List.of("baseline", "germany-dual", "switzerland-dual", "uk-partnership",
            "usa-partnership", "japan-corporate", "korea-corporate", "baseline-reform", "uzbekistan");
    private static final List<Metric> KEY = List.of(Metric.YOUTH_UNEMPLOYMENT_RATE, Metric.NEET_RATE,
            Metric.YOUTH_EMPLOYMENT_RATE, Metric.MEAN_MONTHS_TO_FIRST_JOB, Metric.VET_ENTRY_SHARE, Metric.TRAINING_FIRM_SHARE,
            Metric.APPRENTICES_PER_STAFF, Metric.EMPLOYER_NET_TRAINING_COST, Metric.APPRENTICE_RETENTION_RATE, Metric.MEAN_WAGE,
            Metric.SKILL_MISMATCH, Metric.PUBLIC_COST);

    @Test
    void keyMetricsOfEveryPresetStayWhereTheyWere() throws IOException {
        Map<String, Double> now = new LinkedHashMap<>();
        for (String preset : PRESETS) {
            var scenario = ScenarioLoader.load(Path.of(preset), List.of("population.young_people=3000", "simulation.years=5"));
            List<MonthReport> reports = TestScenarios.run(scenario, 7);
            for (Metric metric : KEY) {
                now.put(preset + "," + metric.column(), TestScenarios.mean(reports, metric, 1));
            }
        }
        if (Boolean.getBoolean("vetsim.regression.update")) {
            List<String> lines = new ArrayList<>(List.of("preset,metric,value"));
            now.forEach((key, value) -> lines.add(key + "," + String.format(Locale.ROOT, "%.10g", value)));
            Files.write(GOLDEN, lines);
            return;
        }
        Map<String, Double> recorded = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(GOLDEN);
        for (String line : lines.subList(1, lines.size())) {
            int last = line.lastIndexOf(',');
            recorded.put(line.substring(0, last), Double.parseDouble(line.substring(last + 1)));
        }
        assertEquals(recorded.keySet(), now.keySet(), "the recorded presets and metrics");
        List<String> moved = new ArrayList<>();
        recorded.forEach((key, was) -> {
            double is = now.get(key);
            if (Double.isNaN(is) != Double.isNaN(was) || Math.abs(is - was) > Math.max(0.001, 0.01 * Math.abs(was))) {
                moved.add(key + ": " + was + " -> " + is);
            }
        });
        assertTrue(moved.isEmpty(), "key metrics moved (record them with -Dvetsim.regression.update=true if meant):\n"
                + String.join("\n", moved));
    }
}
