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
 * after it. A reform's {@code set} takes keys relative to {@code engagement}, so only engagement
 * keys can be levers of a reform.
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
        int month = 12 * (mix.reformYear() - 1) + 1;
        ObjectNode changes = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < mix.space().dimension(); i++) {
            Lever lever = mix.space().levers().get(i);
            if (lever.kind() != Lever.Kind.REFORM_YEAR) {
                changes.set(reformKey(lever.key()), lever.kind() == Lever.Kind.SWITCH
                        ? JsonNodeFactory.instance.booleanNode(mix.levels().get(i) == 1)
                        : JsonNodeFactory.instance.numberNode(new BigDecimal(mix.value(i))));
            }
        }
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
     * Warnings about levers that a reform of the base also sets: from that reform on, its value
     * applies rather than the lever's.
     */
    public List<String> warnings(SearchSpace space) {
        List<String> warnings = new ArrayList<>();
        for (Lever lever : space.levers()) {
            if (!lever.key().startsWith(ENGAGEMENT)) {
                continue;
            }
            String relative = lever.key().substring(ENGAGEMENT.length());
            for (JsonNode reform : baseReforms) {
                if (reform.get("set").has(relative)) {
                    warnings.add("the base's reform at month " + reform.get("month").intValue() + " also sets "
                            + lever.key() + "; from that month on its value applies, not the lever's");
                }
            }
        }
        return warnings;
    }

    /**
     * The key of a reform's {@code set} that changes scenario key {@code key}; only engagement
     * keys can change in a reform.
     */
    public static String reformKey(String key) {
        if (!key.startsWith(ENGAGEMENT)) {
            throw new ExperimentException("--lever " + key + ": with --reform-year the levers take effect as a reform, "
                    + "and a reform changes engagement keys only; drop --reform-year to set " + key + " from the start");
        }
        return key.substring(ENGAGEMENT.length());
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
