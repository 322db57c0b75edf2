package org.vetsim.scenario;

import org.junit.jupiter.api.Test;
import org.vetsim.io.scenario.ScenarioLoader;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * A run length, warm-up or population set on a loaded scenario reaches the settings each of its
 * reforms puts in force, so a scenario changed in code equals the same scenario written in a file.
 */
class ScenarioWithTest {
    private static Scenario load(String... overrides) {
        return ScenarioLoader.load(Path.of("baseline-reform"), List.of(overrides));
    }

    @Test
    void settingsFixedAtStartReachTheReforms() {
        Scenario changed = load().withYears(3).withWarmupYears(4).withYoungPeople(700);
        assertFalse(changed.reforms().isEmpty());
        for (Reform reform : changed.reforms()) {
            assertEquals(changed.simulation(), reform.inForce().simulation());
            assertEquals(changed.population(), reform.inForce().population());
        }
        assertEquals(load("simulation.years=3", "simulation.warmup_years=4", "population.young_people=700"), changed);
    }
}
