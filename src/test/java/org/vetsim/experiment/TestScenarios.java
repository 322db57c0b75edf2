package org.vetsim.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.vetsim.scenario.Scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Small, fast scenarios for the tests, bound straight from {@code scenarios/baseline.yaml} with
 * {@code key.path=value} overrides applied to the YAML tree (a stand-in for the scenario loader).
 */
public final class TestScenarios {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    private TestScenarios() {
    }

    /** The baseline with 1,000 young people, 2 warm-up years and 2 output years, plus overrides. */
    public static Scenario small(String... overrides) {
        List<String> all = new java.util.ArrayList<>(List.of("simulation.warmup_years=2",
                "simulation.years=2", "population.young_people=1000"));
        all.addAll(List.of(overrides));
        return baseline(all);
    }

    /** The baseline with overrides such as {@code labour_market.quit_rate=0.03}. */
    public static Scenario baseline(List<String> overrides) {
        try {
            ObjectNode root = (ObjectNode) YAML.readTree(Path.of("scenarios", "baseline.yaml").toFile());
            for (String override : overrides) {
                apply(root, override);
            }
            return YAML.treeToValue(root, Scenario.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void apply(ObjectNode root, String override) {
        int eq = override.indexOf('=');
        String[] path = override.substring(0, eq).split("\\.");
        String value = override.substring(eq + 1);
        ObjectNode node = root;
        for (int i = 0; i < path.length - 1; i++) {
            node = (ObjectNode) node.get(path[i]);
        }
        JsonNode old = node.get(path[path.length - 1]);
        if (old.isBoolean()) {
            node.put(path[path.length - 1], Boolean.parseBoolean(value));
        } else if (old.isIntegralNumber()) {
            node.put(path[path.length - 1], Long.parseLong(value));
        } else if (old.isNumber()) {
            node.put(path[path.length - 1], Double.parseDouble(value));
        } else {
            node.put(path[path.length - 1], value);
        }
    }
}
