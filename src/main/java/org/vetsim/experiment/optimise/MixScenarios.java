package org.vetsim.experiment.optimise;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.vetsim.experiment.ExperimentException;
import org.vetsim.io.scenario.ScenarioException;
import org.vetsim.io.scenario.ScenarioWriter;
import org.vetsim.scenario.Scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Builds the scenario of a mix. Levers from the start are {@code key=value} overrides of the
 * base scenario. Levers that take effect as a reform are one more reform in the base's
 * timeline, at the first month of the mix's year, setting them all; a reform of the base in the
 * same month is merged with it (the mix's values win), and the base's later reforms still apply
 * after it. A reform's {@code set} names engagement keys relative to {@code engagement} and
 * other keys in full; the scenario loader refuses keys a reform cannot change.
 */
public final class MixScenarios {
    private static final String ENGAGEMENT = "engagement.";
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private final Function<List<String>, Scenario> loader;
    private final ArrayNode baseReforms;

    /**
     * @param loader turns overrides into a scenario: the base file with the command line's
     *               {@code --set} overrides and then these
     * @param base the base scenario as the loader gives it without further overrides
     */
    public MixScenarios(Function<List<String>, Scenario> loader, Scenario base) {
        this.loader = loader;
        this.baseReforms = reformsOf(base);
    }

    /** The overrides that turn the base into {@code mix}'s scenario. */
    public List<String> overrides(Mix mix) {
        if (!mix.space().asReform()) {
            return mix.settings();
        }
        try {
            return List.of("reforms=" + JSON.writeValueAsString(reforms(mix)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the reforms of " + mix.key(), e);
        }
    }

    /** The scenario of {@code mix}; a {@code ScenarioException} if the scenario rejects it. */
    public Scenario scenario(Mix mix) {
        return loader.apply(overrides(mix));
    }

    /** The whole reform timeline of {@code mix}'s scenario, in the file form {month, set}. */
    ArrayNode reforms(Mix mix) {
        int month = month(mix);
        ObjectNode changes = changes(mix);
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

    /**
     * Whether {@code mix}'s reform falls in the month of a reform of the base, and so is merged
     * with it rather than added to the base's timeline.
     */
    boolean mergesWithBaseReform(Mix mix) {
        int month = month(mix);
        for (JsonNode reform : baseReforms) {
            if (reform.get("month").intValue() == month) {
                return true;
            }
        }
        return false;
    }

    /** {@code mix}'s own reform alone, as a timeline to add to the base's (file form). */
    ArrayNode addedReform(Mix mix) {
        return JsonNodeFactory.instance.arrayNode().add(reform(month(mix), changes(mix)));
    }

    private static int month(Mix mix) {
        return 12 * (mix.reformYear() - 1) + 1;
    }

    /** The levers' values as a reform's {@code set}. */
    private static ObjectNode changes(Mix mix) {
        ObjectNode changes = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < mix.space().dimension(); i++) {
            Lever lever = mix.space().levers().get(i);
            if (lever.kind() != Lever.Kind.REFORM_YEAR) {
                changes.set(reformKey(lever.key()), lever.kind() == Lever.Kind.SWITCH
                        ? JsonNodeFactory.instance.booleanNode(mix.levels().get(i) == 1)
                        : JsonNodeFactory.instance.numberNode(new BigDecimal(mix.value(i))));
            }
        }
        return changes;
    }

    /**
     * Warnings about levers that a reform of the base also sets: from that reform on, its value
     * applies rather than the lever's.
     */
    public List<String> warnings(SearchSpace space) {
        List<String> warnings = new ArrayList<>();
        for (Lever lever : space.levers()) {
            if (lever.kind() == Lever.Kind.REFORM_YEAR) {
                continue;
            }
            String changed = reformKey(lever.key());
            for (JsonNode reform : baseReforms) {
                if (reform.get("set").has(changed)) {
                    warnings.add("the base's reform at month " + reform.get("month").intValue() + " also sets "
                            + lever.key() + "; from that month on its value applies, not the lever's");
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
     * Checks that the levers of {@code space} can take effect as a reform, by building the
     * scenario of its first mix; an {@code ExperimentException} with the loader's reason if a
     * reform cannot change one of them (a key fixed when the economy is built).
     */
    public void requireReformable(SearchSpace space) {
        if (!space.asReform()) {
            return;
        }
        Mix first = new Mix(space, space.levers().stream().map(lever -> 0).toList());
        try {
            scenario(first);
        } catch (ScenarioException e) {
            throw new ExperimentException("with --reform-year the levers take effect as a reform, which cannot set them: "
                    + withoutTimeline(e.getMessage()) + "; drop --reform-year to set them from the start");
        }
    }

    /** The loader's reason without the reform timeline this class passed it as an override. */
    private static String withoutTimeline(String message) {
        int end = message.startsWith("in --set reforms=") ? message.indexOf("]: ") : -1;
        return (end < 0 ? message : message.substring(end + 3)).replaceFirst("^reforms\\.\\d+\\.set\\.", "");
    }

    private static ObjectNode reform(int month, ObjectNode changes) {
        ObjectNode reform = JsonNodeFactory.instance.objectNode();
        reform.put("month", month);
        reform.set("set", changes.deepCopy());
        return reform;
    }

    private static ArrayNode reformsOf(Scenario base) {
        try {
            JsonNode tree = new ObjectMapper(new YAMLFactory()).readTree(ScenarioWriter.toYaml(base));
            return (ArrayNode) tree.get("reforms");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read back the scenario " + base.name(), e);
        }
    }
}
