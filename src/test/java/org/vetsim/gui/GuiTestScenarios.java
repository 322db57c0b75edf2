package org.vetsim.gui;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.vetsim.metrics.MonthReport;
import org.vetsim.model.VetModel;
import org.vetsim.scenario.Scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Scenarios for the GUI tests, read from {@code scenarios/baseline.yaml} with Jackson directly
 * (the reform list emptied), so the tests do not depend on the scenario loader.
 */
final class GuiTestScenarios {
    static final Path BASELINE = Path.of("scenarios/baseline.yaml");

    private GuiTestScenarios() {
    }

    /** The baseline scenario file as records. */
    static Scenario baseline() {
        return read(BASELINE);
    }

    /** Reads a scenario file that gives every key, ignoring its reform list. */
    static Scenario read(Path file) {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory())
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try {
            ObjectNode tree = (ObjectNode) mapper.readTree(file.toFile());
            tree.putArray("reforms");
            return mapper.treeToValue(tree, Scenario.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fast scenario: 2,000 young people, one warm-up year, {@code years} output years. */
    static Scenario small(int years) {
        Scenario base = baseline().withYoungPeople(2000).withYears(years);
        var sim = base.simulation();
        return new Scenario(base.name(), base.description(),
                new org.vetsim.scenario.SimulationSettings(years, 1, sim.seed()), base.population(),
                base.occupations(), base.technology(), base.education(), base.colleges(), base.exams(),
                base.labourMarket(), base.skills(), base.engagement(), base.reforms());
    }

    /** The reports of a headless run. */
    static List<MonthReport> headless(Scenario scenario, long seed) {
        List<MonthReport> reports = new ArrayList<>();
        VetModel model = new VetModel(scenario, seed);
        model.addListener(reports::add);
        model.runToEnd();
        return reports;
    }
}
