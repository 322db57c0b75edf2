package org.vetsim.policy;

import org.junit.jupiter.api.Test;
import org.vetsim.io.scenario.ScenarioLoader;
import org.vetsim.metrics.Metric;
import org.vetsim.metrics.MonthReport;
import org.vetsim.model.TestScenarios;
import org.vetsim.scenario.Scenario;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Uzbekistan preset's own history: nine in ten of a cohort in vocational colleges while the
 * law sends them there (output years 1-6, 2011-2017), then after the 2017-2019 reform no more
 * than the places the new vocational schools fund, and a growing share in higher education.
 */
class UzbekistanPresetTest {

    @Test
    void theReformEndsCompulsoryVetAndOpensHigherEducation() {
        Scenario scenario = ScenarioLoader.load(Path.of("uzbekistan"), List.of("population.young_people=2000", "simulation.years=12"));
        double[] before = new double[3];
        double[] after = new double[3];
        for (long seed = 1; seed <= 3; seed++) {
            List<MonthReport> reports = TestScenarios.run(scenario, seed);
            before[0] += year(reports, 1, 6, Metric.VET_ENTRY_SHARE) / 3;
            after[0] += year(reports, 10, 12, Metric.VET_ENTRY_SHARE) / 3;
            before[1] += year(reports, 1, 6, Metric.IN_HIGHER_EDUCATION) / 3;
            after[1] += year(reports, 11, 12, Metric.IN_HIGHER_EDUCATION) / 3;
        }
        assertTrue(before[0] > 0.85, "compulsory VET before 2017: " + before[0]);
        assertTrue(after[0] <= 0.32 + 1e-9 && after[0] > 0.2, "VET entry held to the funded places after 2019: " + after[0]);
        assertTrue(after[1] > 1.5 * before[1], "higher education grows: " + before[1] + " -> " + after[1]);
    }

    private static double year(List<MonthReport> reports, int from, int to, Metric metric) {
        return reports.stream().filter(r -> r.year() >= from && r.year() <= to).mapToDouble(r -> r.value(metric)).average().orElseThrow();
    }
}
