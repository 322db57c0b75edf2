package org.vetsim.io.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.vetsim.scenario.Reform;
import org.vetsim.scenario.Scenario;

/**
 * Writes a scenario as a complete scenario file: every key with its value, reforms in their
 * {@code {month, set}} form listing the engagement keys each one changes. Loading the text with
 * {@link ScenarioLoader} gives an equal scenario; the text, and so its hash, depend only on the
 * scenario.
 */
public final class ScenarioWriter {
    private static final String HEADER = "# A fully resolved vetsim scenario: every key, with the value in force.\n"
            + "# Each reform lists the keys it changes.\n";

    private ScenarioWriter() {
    }

    /**
     * The scenario as YAML, in the file format {@link ScenarioLoader} reads.
     *
     * @param scenario the scenario to write
     * @return the complete YAML text
     */
    public static String toYaml(Scenario scenario) {
        ObjectNode root = (ObjectNode) RecordTree.of(scenario);
        ArrayNode reforms = root.putArray("reforms");
        Map<String, JsonNode> before = reformable(root);
        for (Reform reform : scenario.reforms()) {
            Map<String, JsonNode> after = reformable(RecordTree.of(reform.inForce()));
            ObjectNode entry = reforms.addObject();
            entry.put("month", reform.month());
            ObjectNode set = entry.putObject("set");
            after.forEach((key, value) -> {
                if (!value.equals(before.get(key))) {
                    set.set(key, value);
                }
            });
            before.clear();
            before.putAll(after);
        }
        try {
            return HEADER + Mappers.YAML.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write scenario " + scenario.name(), e);
        }
    }

    /**
     * The values a reform may change, by the key a reform's {@code set} gives them: engagement keys
     * relative to engagement, the keys of the other reformable sections in full.
     */
    private static Map<String, JsonNode> reformable(JsonNode settings) {
        Map<String, JsonNode> values = new java.util.LinkedHashMap<>(flatten(settings.get("engagement")));
        for (String section : Schema.REFORMABLE_SECTIONS) {
            flatten(settings.get(section)).forEach((key, value) -> values.put(section + "." + key, value));
        }
        return values;
    }

    /**
     * The value in force at the start of {@code scenario} of the dotted key {@code key} (as in
     * {@code --set}, e.g. {@code labour_market.quit_rate}), as the scenario file would write it; empty
     * when no such key holds a single value (an unknown key, a section or a list).
     *
     * @param scenario the scenario to read
     * @param key the dotted key
     * @return the value, a number, true/false or text
     */
    public static java.util.Optional<JsonNode> valueOf(Scenario scenario, String key) {
        JsonNode node = RecordTree.of(scenario);
        for (String part : key.split("\\.", -1)) {
            node = node.isObject() ? node.get(part) : null;
            if (node == null) {
                return java.util.Optional.empty();
            }
        }
        return node.isValueNode() ? java.util.Optional.of(node) : java.util.Optional.empty();
    }

    /**
     * The SHA-256 hash of {@link #toYaml(Scenario)}, as 64 lower-case hex digits.
     *
     * @param scenario the scenario to hash
     * @return the hex digest
     */
    public static String sha256(Scenario scenario) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(toYaml(scenario).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The leaves of a map as dotted paths to values, in order. */
    private static Map<String, JsonNode> flatten(JsonNode map) {
        Map<String, JsonNode> leaves = new LinkedHashMap<>();
        flatten(map, "", leaves);
        return leaves;
    }

    private static void flatten(JsonNode node, String path, Map<String, JsonNode> leaves) {
        if (node.isObject()) {
            node.properties().forEach(entry -> flatten(entry.getValue(), Keys.child(path, entry.getKey()), leaves));
        } else {
            leaves.put(path, node);
        }
    }
}
