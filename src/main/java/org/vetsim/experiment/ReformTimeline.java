package org.vetsim.experiment;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.vetsim.io.scenario.ScenarioException;
import org.vetsim.io.scenario.ScenarioWriter;
import org.vetsim.scenario.Scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A base scenario's reform timeline with one more reform added: the values an experiment
 * chooses (an optimiser's levers, a sweep's varied keys) taking effect from a given month. A
 * reform of the base in the same month is merged with it (the added values win), and the base's
 * later reforms still apply after it. A reform's {@code set} names engagement keys relative to
 * {@code engagement} and other keys in full; the scenario loader refuses keys a reform cannot
 * change.
 */
public final class ReformTimeline {
    private static final String ENGAGEMENT = "engagement.";
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final ArrayNode baseReforms;

    /** The timeline of {@code base} as the loader gives it without further overrides. */
    public ReformTimeline(Scenario base) {
        try {
            JsonNode tree = YAML.readTree(ScenarioWriter.toYaml(base));
            this.baseReforms = (ArrayNode) tree.get("reforms");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read back the scenario " + base.name(), e);
        }
    }

    /** The first month of output year {@code year}: when a reform adopted for that year takes effect. */
    public static int monthOfYear(int year) {
        return 12 * (year - 1) + 1;
    }

    /** The whole timeline with {@code changes} (a reform's {@code set}) added at {@code month}, in the file form {month, set}. */
    public ArrayNode with(int month, ObjectNode changes) {
        ArrayNode timeline = JsonNodeFactory.instance.arrayNode();
        boolean placed = false;
        for (JsonNode reform : baseReforms) {
            int at = reform.get("month").intValue();
            if (!placed && at >= month) {
                if (at == month) {
                    ObjectNode merged = reform.deepCopy();
                    ((ObjectNode) merged.get("set")).setAll(changes);
                    timeline.add(merged);
                    placed = true;
                    continue;
                }
                timeline.add(reform(month, changes));
                placed = true;
            }
            timeline.add(reform.deepCopy());
        }
        if (!placed) {
            timeline.add(reform(month, changes));
        }
        return timeline;
    }

    /** The {@code reforms=...} override that gives the base this timeline with {@code changes} added at {@code month}. */
    public String override(int month, ObjectNode changes) {
        try {
            return "reforms=" + JSON.writeValueAsString(with(month, changes));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a reform timeline", e);
        }
    }

    /** Whether the base has a reform in {@code month} (an added reform then merges with it). */
    public boolean hasReformAt(int month) {
        for (JsonNode reform : baseReforms) {
            if (reform.get("month").intValue() == month) {
                return true;
            }
        }
        return false;
    }

    /**
     * Warnings about scenario keys {@code keys} that a reform of the base also sets: from that
     * reform on, its value applies rather than the experiment's.
     */
    public List<String> laterSettings(List<String> keys, String what) {
        List<String> warnings = new ArrayList<>();
        for (String key : keys) {
            String changed = reformKey(key);
            for (JsonNode reform : baseReforms) {
                if (reform.get("set").has(changed)) {
                    warnings.add("the base's reform at month " + reform.get("month").intValue() + " also sets "
                            + key + "; from that month on its value applies, not the " + what + "'s");
                }
            }
        }
        return warnings;
    }

    /**
     * The key of a reform's {@code set} that changes scenario key {@code key}: an engagement key
     * relative to {@code engagement}, any other in full.
     */
    public static String reformKey(String key) {
        return key.startsWith(ENGAGEMENT) ? key.substring(ENGAGEMENT.length()) : key;
    }

    /**
     * A reform's {@code set} from {@code key=value} overrides of design levels, each value read as
     * the scenario reads a plain scalar (YAML 1.2): {@code true} or {@code false} (also
     * capitalised), a number (decimal, leading zeros included), else a name.
     */
    public static ObjectNode changes(List<String> overrides) {
        ObjectNode changes = JsonNodeFactory.instance.objectNode();
        for (String override : overrides) {
            int eq = override.indexOf('=');
            String key = reformKey(override.substring(0, eq).strip());
            String value = override.substring(eq + 1).strip();
            if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
                changes.put(key, Boolean.parseBoolean(value));
            } else if (value.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
                changes.put(key, new BigDecimal(value.startsWith("+") ? value.substring(1) : value));
            } else {
                changes.put(key, value);
            }
        }
        return changes;
    }

    /**
     * The error for values an experiment ({@code what}: "the levers", "the varied keys") wanted to
     * take effect as a reform, when the loader refused the timeline: its reason, without the
     * timeline itself.
     */
    public static ExperimentException notReformable(String what, ScenarioException refused) {
        String message = refused.getMessage();
        int end = message.startsWith("in --set reforms=") ? message.indexOf("]: ") : -1;
        String reason = (end < 0 ? message : message.substring(end + 3)).replaceFirst("^reforms\\.\\d+\\.set\\.", "");
        return new ExperimentException("with --reform-year " + what + " take effect as a reform, which cannot set them: "
                + reason + "; drop --reform-year to set them from the start");
    }

    private static ObjectNode reform(int month, ObjectNode changes) {
        ObjectNode reform = JsonNodeFactory.instance.objectNode();
        reform.put("month", month);
        reform.set("set", changes.deepCopy());
        return reform;
    }
}
