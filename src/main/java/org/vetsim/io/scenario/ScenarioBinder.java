package org.vetsim.io.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.vetsim.scenario.InvalidParameterException;
import org.vetsim.scenario.Reform;
import org.vetsim.scenario.Scenario;

/**
 * Builds the {@link Scenario} from a merged, checked tree with Jackson, resolving the reforms
 * from their {@code {month, set}} form into the complete settings in force from each month. A value the records
 * reject is reported at the file and line it came from.
 */
final class ScenarioBinder {
    private static final String REFORMS = "reforms";

    private final Origins origins;

    private ScenarioBinder(Origins origins) {
        this.origins = origins;
    }

    /** The scenario {@code merged} describes; {@code origins} says where each value came from. */
    static Scenario bind(ObjectNode merged, Origins origins) {
        return new ScenarioBinder(origins).scenario(merged);
    }

    private Scenario scenario(ObjectNode merged) {
        ObjectNode withoutReforms = merged.deepCopy();
        withoutReforms.putArray(REFORMS);
        Scenario scenario = bind(withoutReforms, Scenario.class, "");
        JsonNode reformNodes = merged.get(REFORMS);
        List<Integer> order = IntStream.range(0, reformNodes.size()).boxed()
                .sorted(Comparator.comparingInt(i -> reformNodes.get(i).get("month").intValue())).toList();
        ObjectNode settings = withoutReforms.deepCopy();
        List<Reform> reforms = new ArrayList<>();
        for (int index : order) {
            String path = Keys.child(REFORMS, index);
            JsonNode reform = reformNodes.get(index);
            int month = reform.get("month").intValue();
            String monthPath = Keys.child(path, "month");
            if (!reforms.isEmpty() && reforms.get(reforms.size() - 1).month() == month) {
                throw ScenarioException.at(origins.valueAt(monthPath), monthPath,
                        "another reform is at month " + month + " too (here or in a file this one extends); give one reform per month with all its changes");
            }
            ObjectNode set = (ObjectNode) reform.get("set");
            for (var entry : set.properties()) {
                ObjectNode section = Schema.REFORMABLE_SECTIONS.contains(entry.getKey())
                        ? settings : (ObjectNode) settings.get("engagement");
                ObjectNode one = Mappers.YAML.createObjectNode();
                one.set(entry.getKey(), entry.getValue());
                overlay(section, one);
            }
            Scenario inForce = bindSettings(settings, Keys.child(path, "set"));
            try {
                reforms.add(new Reform(month, inForce));
                scenario = scenario.withReforms(reforms);
            } catch (InvalidParameterException e) {
                throw ScenarioException.at(origins.valueAt(monthPath), monthPath, e.getMessage());
            }
        }
        return scenario;
    }

    /** The settings in force after a reform, as a scenario without reforms; errors blamed on the reform's set. */
    private Scenario bindSettings(ObjectNode settings, String base) {
        try {
            return bind(settings, Scenario.class, base);
        } catch (ScenarioException e) {
            throw e;
        } catch (InvalidParameterException e) {
            throw ScenarioException.at(origins.valueAt(base), base, e.getMessage());
        }
    }

    private <T> T bind(ObjectNode tree, Class<T> type, String base) {
        try {
            return Mappers.YAML.treeToValue(tree, type);
        } catch (JsonMappingException e) {
            throw explain(e, base);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw ScenarioException.at(origins.valueAt(base), base, "cannot be read: " + e.getMessage());
        }
    }

    private ScenarioException explain(JsonMappingException e, String base) {
        String path = base;
        for (JsonMappingException.Reference reference : e.getPath()) {
            path = reference.getFieldName() != null
                    ? Keys.child(path, reference.getFieldName())
                    : Keys.child(path, reference.getIndex());
        }
        String engagementInReform = Keys.child(base, "engagement") + ".";
        if (base.startsWith("reforms.") && path.startsWith(engagementInReform)) {
            path = base + "." + path.substring(engagementInReform.length());
        }
        if (e.getCause() instanceof InvalidParameterException invalid) {
            String key = Keys.child(path, Keys.snake(invalid.key()));
            return ScenarioException.at(origins.valueAt(blamed(path, key)), key, invalid.getMessage());
        }
        String problem = e.getCause() != null && e.getCause().getMessage() != null
                ? e.getCause().getMessage() : e.getOriginalMessage();
        return ScenarioException.at(origins.valueAt(path), path, problem);
    }

    /**
     * Where to report a broken rule of the record at {@code record} that names {@code key}: at
     * the value given last among the rule's keys, so that a {@code --set} that broke a rule
     * together with a file's value is named rather than the file.
     */
    private String blamed(String record, String key) {
        String name = key.substring(key.lastIndexOf('.') + 1);
        return Schema.groupAt(record).flatMap(group -> group.ruleOf(name))
                .map(rule -> origins.latest(rule.keys().stream().map(k -> Keys.child(record, k)).toList()))
                .orElse(key);
    }

    /** Writes every value of {@code changes} into {@code target}, merging maps. */
    private static void overlay(ObjectNode target, ObjectNode changes) {
        changes.properties().forEach(entry -> {
            JsonNode existing = target.get(entry.getKey());
            if (existing != null && existing.isObject() && entry.getValue().isObject()) {
                overlay((ObjectNode) existing, (ObjectNode) entry.getValue());
            } else {
                target.set(entry.getKey(), entry.getValue().deepCopy());
            }
        });
    }
}
