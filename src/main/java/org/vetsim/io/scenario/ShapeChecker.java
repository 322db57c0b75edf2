package org.vetsim.io.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vetsim.io.scenario.Shape.Changes;
import org.vetsim.io.scenario.Shape.Field;
import org.vetsim.io.scenario.Shape.Group;
import org.vetsim.io.scenario.Shape.Leaf;
import org.vetsim.io.scenario.Shape.ListOf;
import org.vetsim.scenario.Checks;

/**
 * Checks a parsed tree against the {@link Schema}: every key must be allowed where it stands and
 * every value must be of the right kind and within its documented range.
 * List entries must give every key (a list replaces the inherited one wholesale); maps elsewhere
 * may give only some. Brings each reform's {@code set} into nested form, so that {@code a.b: 1}
 * and {@code a: {b: 1}} mean the same. Every problem of a tree is found before any is reported
 * ({@link Problems}).
 */
final class ShapeChecker {
    private static final String BOOLEAN_HINT = " (scenario files follow YAML 1.2: only true and false are booleans; "
            + "yes, no, on, off, 1 and 0 are not)";

    private final Origins origins;
    private final List<ScenarioException> problems = new ArrayList<>();

    private ShapeChecker(Origins origins) {
        this.origins = origins;
    }

    /** The problems of one scenario file, which may give only some keys; each value within its range. */
    static List<ScenarioException> checkFile(SourceTree tree) {
        return new ShapeChecker(tree.origins()).checkAll(tree.root(), Schema.SCENARIO, "", false, Schema.SCENARIO);
    }

    /** Checks a merged scenario, which must give every key, each value within its range; throws if not. */
    static void checkComplete(ObjectNode root, Origins origins) {
        Problems problems = new Problems();
        problems.addAll(new ShapeChecker(origins).checkAll(root, Schema.SCENARIO, "", true, Schema.SCENARIO));
        problems.throwIfAny();
    }

    /**
     * The problems of {@code node}, found at {@code path}, against {@code shape}; a map may give
     * only some keys. {@code scope} is the map that dotted paths inside {@code shape} are relative to.
     */
    static List<ScenarioException> checkPart(JsonNode node, Shape shape, String path, Origins origins, Group scope) {
        return new ShapeChecker(origins).checkAll(node, shape, path, false, scope);
    }

    /** Checks the whole tree and returns every problem found. */
    private List<ScenarioException> checkAll(JsonNode node, Shape shape, String path, boolean complete, Group scope) {
        check(node, shape, path, complete, scope);
        return problems;
    }

    private void check(JsonNode node, Shape shape, String path, boolean complete, Group scope) {
        try {
            checkNode(node, shape, path, complete, scope);
        } catch (ScenarioException problem) {
            problems.add(problem);
        }
    }

    private void checkNode(JsonNode node, Shape shape, String path, boolean complete, Group scope) {
        if (node.isNull()) {
            throw ScenarioException.at(origins.valueAt(path), path, "has no value; expected " + Describe.expected(shape));
        }
        if (shape instanceof Leaf leaf) {
            checkLeaf(node, leaf, path);
        } else if (shape instanceof ListOf list) {
            requireKind(node.isArray(), node, shape, path);
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), list.element(), Keys.child(path, i), true, scope);
            }
        } else if (shape instanceof Group group) {
            requireKind(node.isObject(), node, shape, path);
            checkGroup((ObjectNode) node, group, path, complete, scope);
        } else {
            requireKind(node.isObject(), node, shape, path);
            Group target = ((Changes) shape).target();
            nest((ObjectNode) node, path);
            checkGroup((ObjectNode) node, target, path, false, target);
        }
    }

    private void checkGroup(ObjectNode node, Group group, String path, boolean complete, Group scope) {
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String child = Keys.child(path, entry.getKey());
            Field field = group.fields().get(entry.getKey());
            if (field == null) {
                problems.add(unknownKey(origins.keyAt(child), child, entry.getKey(), group, scope));
                continue;
            }
            check(entry.getValue(), field.shape(), child, complete, scope);
        }
        if (complete) {
            for (String key : group.requiredKeys()) {
                if (!node.has(key)) {
                    problems.add(ScenarioException.at(origins.keyAt(path), Keys.child(path, key),
                            "missing; " + (path.isEmpty() ? "the scenario" : path) + " needs the keys "
                                    + String.join(", ", group.requiredKeys())));
                }
            }
        }
    }

    private void checkLeaf(JsonNode node, Leaf leaf, String path) {
        boolean ok = switch (leaf.kind()) {
            case NUMBER -> node.isNumber();
            case INT -> node.isIntegralNumber() && node.canConvertToInt();
            case LONG -> node.isIntegralNumber() && node.canConvertToLong();
            case BOOLEAN -> node.isBoolean();
            case TEXT -> node.isTextual();
        };
        if (!ok) {
            String hint = leaf.kind() == Shape.Kind.TEXT && node.isValueNode() ? "; put it in quotes to make it text"
                    : leaf.kind() == Shape.Kind.BOOLEAN ? BOOLEAN_HINT : "";
            if (leaf.kind() != Shape.Kind.TEXT && leaf.kind() != Shape.Kind.BOOLEAN && YamlScalars.notFinite(node)) {
                throw ScenarioException.at(origins.valueAt(path), path, "expected a finite number, got " + Describe.value(node));
            }
            throw ScenarioException.at(origins.valueAt(path), path,
                    "expected " + Describe.expected(leaf) + ", got " + Describe.value(node) + hint);
        }
        if (leaf.param() != null && node.isNumber()) {
            String problem = Checks.rangeProblem(node.doubleValue(), leaf.param());
            if (problem != null) {
                throw ScenarioException.at(origins.valueAt(path), path, problem);
            }
        }
    }

    private void requireKind(boolean ok, JsonNode node, Shape shape, String path) {
        if (!ok) {
            throw ScenarioException.at(origins.valueAt(path), path,
                    "expected " + Describe.expected(shape) + ", got " + Describe.value(node));
        }
    }

    /**
     * The error for {@code key}, at {@code path} and found at {@code where} in a map of shape
     * {@code group}: a likely meant key, or where a key of that name belongs within
     * {@code scope}, and the keys allowed here.
     */
    static ScenarioException unknownKey(Location where, String path, String key, Group group, Group scope) {
        if (path.matches("reforms\\.\\d+\\.set\\.engagement")) {
            return ScenarioException.at(where, path, "a reform's set names engagement keys without the 'engagement.' "
                    + "prefix (for example financial_incentives.subsidy_per_place: 2.0); other keys with their section "
                    + "(for example labour_market.quit_rate)");
        }
        if (fixedAtStart(path)) {
            return ScenarioException.at(where, path, "cannot be changed by a reform: it is fixed at the start of a run "
                    + "(simulation, population, occupations, skills and keys marked 'fixed at start' in docs/parameters.md: "
                    + "most are used only when the economy is built)");
        }
        StringBuilder problem = new StringBuilder("unknown key");
        Optional<String> near = Suggestions.closest(key, group.fields().keySet());
        if (key.contains(".")) {
            problem.append("; dotted keys are allowed only in a reform's set, elsewhere write one key per level.");
        } else if (near.isPresent()) {
            problem.append("; did you mean '").append(near.get()).append("'?");
        } else {
            List<String> elsewhere = KeyIndex.pathsOf(key, scope);
            if (!elsewhere.isEmpty()) {
                problem.append(" here; it is found at ").append(String.join(", ", elsewhere)).append('.');
            } else {
                problem.append('.');
            }
        }
        problem.append(" Allowed here: ").append(String.join(", ", group.fields().keySet()));
        return ScenarioException.at(where, path, problem.toString());
    }

    /** Whether {@code path} is a reform's change of a scenario key that exists but is fixed at start. */
    private static boolean fixedAtStart(String path) {
        java.util.regex.Matcher reform = java.util.regex.Pattern.compile("reforms\\.\\d+\\.set\\.(.+)").matcher(path);
        if (!reform.matches()) {
            return false;
        }
        String key = reform.group(1);
        int last = key.lastIndexOf('.');
        String parent = last < 0 ? "" : key.substring(0, last);
        String leaf = key.substring(last + 1);
        return Schema.groupAt(parent).map(group -> group.fields().containsKey(leaf)).orElse(false);
    }

    /** Rewrites the dotted keys of a reform's {@code set} as nested maps, in place. */
    private void nest(ObjectNode set, String path) {
        List<Map.Entry<String, JsonNode>> entries = set.properties().stream()
                .map(entry -> Map.entry(entry.getKey(), entry.getValue())).toList();
        set.removeAll();
        for (Map.Entry<String, JsonNode> entry : entries) {
            put(set, path, entry.getKey().split("\\.", -1), 0, entry.getValue(), Keys.child(path, entry.getKey()));
        }
    }

    private void put(ObjectNode target, String path, String[] parts, int index, JsonNode value, String written) {
        String child = Keys.child(path, parts[index]);
        JsonNode existing = target.get(parts[index]);
        boolean last = index == parts.length - 1;
        if (existing == null) {
            if (last) {
                target.set(parts[index], value);
                return;
            }
            existing = target.putObject(parts[index]);
        } else if (!existing.isObject() || last && !value.isObject()) {
            throw ScenarioException.at(origins.keyAt(written), child, "changed twice in the same reform");
        }
        if (last) {
            for (Map.Entry<String, JsonNode> entry : value.properties()) {
                put((ObjectNode) existing, child, new String[] {entry.getKey()}, 0, entry.getValue(),
                        Keys.child(written, entry.getKey()));
            }
        } else {
            put((ObjectNode) existing, child, parts, index + 1, value, written);
        }
    }
}
