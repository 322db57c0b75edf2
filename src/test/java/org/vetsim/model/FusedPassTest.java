package org.vetsim.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vetsim.io.scenario.ScenarioLoader;
import org.vetsim.scenario.Scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The month's passes over the young people apply several steps to each person in turn
 * ({@link PersonPass}). Each step draws from its own stream, and firms' keep decisions count posts
 * held for people who have not started, so running every step as a pass of its own gives the same
 * economy, person by person, month by month, in these presets (a graduate at a firm exactly at
 * its keep margin could still see another person's call-up or ageing out at the same firm earlier
 * in the pass; see {@link PersonStep}).
 */
class FusedPassTest {

    private static List<Phase> unfused(List<Phase> phases) {
        List<Phase> all = new ArrayList<>();
        for (Phase phase : phases) {
            if (phase instanceof PersonPass pass) {
                all.addAll(pass.unfused());
            } else {
                all.add(phase);
            }
        }
        return all;
    }

    private static World built(Scenario scenario) {
        World world = new World(scenario, 5);
        new WorldBuilder(world).build();
        return world;
    }

    @ParameterizedTest
    @ValueSource(strings = {"germany-dual", "switzerland-dual", "uk-partnership", "usa-partnership", "japan-corporate", "korea-corporate", "uzbekistan"})
    void fusingTheStepsOfAPassChangesNoResult(String preset) {
        Scenario scenario = ScenarioLoader.load(Path.of(preset),
                List.of("population.young_people=5000", "simulation.years=2", "simulation.warmup_years=4"));
        World fused = built(scenario);
        World apart = built(scenario);
        List<Phase> fusedPhases = MonthlyCycle.phases(List.of());
        List<Phase> apartPhases = unfused(MonthlyCycle.phases(List.of()));
        assertTrue(apartPhases.size() > fusedPhases.size());
        int months = 12 * (scenario.simulation().years() + scenario.simulation().warmupYears());
        for (int m = 0; m < months; m++) {
            fusedPhases.forEach(phase -> phase.run(fused));
            apartPhases.forEach(phase -> phase.run(apart));
            assertEquals(fused.people.size(), apart.people.size(), "people in month " + m);
            for (int i = 0; i < fused.people.size(); i++) {
                YoungPerson a = fused.people.get(i);
                YoungPerson b = apart.people.get(i);
                String who = "person " + a.id() + " in month " + m;
                assertEquals(a.id(), b.id(), who);
                assertEquals(a.status, b.status, who);
                assertEquals(index(fused, a.employer), index(apart, b.employer), who + ": employer");
                assertEquals(index(fused, a.offerFrom), index(apart, b.offerFrom), who + ": offer");
            }
            for (int e = 0; e < fused.employers.size(); e++) {
                assertEquals(fused.employers.get(e).staff(), apart.employers.get(e).staff(), "staff of employer " + e + " in month " + m);
            }
        }
    }

    private static int index(World world, Employer employer) {
        return employer == null ? -1 : world.employers.indexOf(employer);
    }
}
