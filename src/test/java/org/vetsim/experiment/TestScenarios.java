package org.vetsim.experiment;

import org.vetsim.io.scenario.ScenarioLoader;
import org.vetsim.scenario.Scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Small, fast scenarios for the experiment tests: 1,000 young people, 2 warm-up years, 2 output years. */
public final class TestScenarios {
    /** The overrides that make a scenario small. */
    public static final List<String> SMALL = List.of("population.young_people=1000", "simulation.warmup_years=2",
            "simulation.years=2");

    private TestScenarios() {
    }

    /** The bundled baseline made small, with extra overrides. */
    public static Scenario small(String... overrides) {
        List<String> all = new ArrayList<>(SMALL);
        all.addAll(Arrays.asList(overrides));
        return ScenarioLoader.loadDefault(all);
    }
}
