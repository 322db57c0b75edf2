package org.vetsim.cli;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.vetsim.io.scenario.ScenarioLoader;
import org.vetsim.metrics.Metric;
import org.vetsim.metrics.MonthReport;
import org.vetsim.model.TestScenarios;
import org.vetsim.scenario.Scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every file in scenarios/ validates and runs 20 years with every value in bounds. */
class ShippedScenariosTest {

    @TestFactory
    Stream<DynamicTest> everyShippedScenarioValidatesAndRuns() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("scenarios"))) {
            files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(files.size() >= 1);
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            assertEquals(0, CliRunner.run("validate", file.toString()).exitCode());
            Scenario scenario = ScenarioLoader.load(file, List.of("population.young_people=1500", "simulation.years=20"));
            for (MonthReport r : TestScenarios.run(scenario, 9)) {
                for (Metric m : Metric.values()) {
                    assertTrue(m.admits(r.value(m)), file + ": " + m.column() + " = " + r.value(m));
                }
            }
        }));
    }
}
