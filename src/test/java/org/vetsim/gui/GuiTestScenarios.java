package org.vetsim.gui;

import org.vetsim.io.scenario.ScenarioLoader;
import org.vetsim.metrics.MonthReport;
import org.vetsim.model.VetModel;
import org.vetsim.scenario.Scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Small, fast scenarios for the GUI tests and headless runs to compare them with. */
final class GuiTestScenarios {
    private GuiTestScenarios() {
    }

    /** The bundled baseline with 2,000 young people, one warm-up year and {@code years} output years. */
    static Scenario small(int years, String... overrides) {
        List<String> all = new ArrayList<>(List.of("population.young_people=2000",
                "simulation.warmup_years=1", "simulation.years=" + years));
        all.addAll(List.of(overrides));
        return ScenarioLoader.loadDefault(all);
    }

    /** A scenario file as the GUI's Scenario menu reads it. */
    static Scenario read(Path file) {
        return ScenarioLoader.load(file, List.of());
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
