package org.vetsim.io.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vetsim.scenario.Scenario;

class ScenarioWriterTest {
    @TempDir
    Path folder;

    private Scenario roundTrip(Scenario scenario) throws IOException {
        Path file = folder.resolve("scenario.yaml");
        Files.writeString(file, ScenarioWriter.toYaml(scenario));
        return ScenarioLoader.load(file, List.of());
    }

    @Test
    void baselineRoundTrips() throws IOException {
        Scenario baseline = ScenarioLoader.loadDefault(List.of());
        assertEquals(baseline, roundTrip(baseline));
    }

    @Test
    void scenarioWithReformsExtendsAndOverridesRoundTrips() throws IOException {
        Scenario reforms = ScenarioLoader.load(ScenarioLoaderTest.GOOD.resolve("reforms.yaml"), List.of(
                "occupations.0.name=yes", "occupations.1.name=1.5", "occupations.2.employment_share=0.0001",
                "description=text: with # and 'quotes'", "skills.half_life_low_general=1e2"));
        assertEquals(reforms, roundTrip(reforms));
        Scenario chain = ScenarioLoader.load(ScenarioLoaderTest.GOOD.resolve("sub/chain-child.yaml"), List.of());
        assertEquals(chain, roundTrip(chain));
    }

    @Test
    void reformsAreWrittenAsTheKeysEachChanges() {
        Scenario scenario = ScenarioLoader.load(ScenarioLoaderTest.GOOD.resolve("reforms.yaml"), List.of());
        String yaml = ScenarioWriter.toYaml(scenario);
        assertTrue(yaml.contains("""
                reforms:
                - month: 12
                  set:
                    work_based_learning.apprenticeships: true
                    financial_incentives.subsidy_per_place: 2.0
                - month: 24
                  set:
                    mentoring.enabled: true
                    mentoring.quality: 0.9
                - month: 36
                  set:
                    financial_incentives.subsidy_per_place: 3.0
                """), yaml);
    }

    @Test
    void everyKeyIsWrittenInSnakeCase() {
        String yaml = ScenarioWriter.toYaml(ScenarioLoader.loadDefault(List.of()));
        assertTrue(yaml.contains("\n  warmup_years: 30\n"), yaml);
        assertTrue(yaml.contains("\n    internship_places_per_staff: 0.05\n"), yaml);
        assertTrue(yaml.endsWith("reforms: []\n"), yaml);
    }

    @Test
    void hashDependsOnlyOnTheScenario() {
        Scenario one = ScenarioLoader.loadDefault(List.of());
        Scenario same = ScenarioLoader.load(Path.of("scenarios/baseline.yaml"), List.of());
        Scenario other = ScenarioLoader.loadDefault(List.of("labour_market.quit_rate=0.03"));
        assertTrue(ScenarioWriter.sha256(one).matches("[0-9a-f]{64}"));
        assertEquals(ScenarioWriter.sha256(one), ScenarioWriter.sha256(same));
        assertNotEquals(ScenarioWriter.sha256(one), ScenarioWriter.sha256(other));
    }
}
