package org.vetsim.io.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.vetsim.io.scenario.Shape.Changes;
import org.vetsim.io.scenario.Shape.Field;
import org.vetsim.io.scenario.Shape.Group;
import org.vetsim.io.scenario.Shape.Kind;
import org.vetsim.io.scenario.Shape.Leaf;
import org.vetsim.io.scenario.Shape.ListOf;

/**
 * Applies a {@code --set key.path=value} override to a merged scenario tree. The path is dotted
 * snake case, with numbers choosing list entries ({@code occupations.2.tech_drift}); the value
 * is read as YAML ({@code 3}, {@code 0.5}, {@code true}, {@code [a, b]}), except that the value
 * of a text key is taken as written. Errors are reported like errors in a file.
 */
final class Overrides {
    private final String override;
    private final Location where;
    /** The map that dotted paths are relative to where the navigated path ends. */
    private Group scope = Schema.SCENARIO;

    private Overrides(String override) {
        this.override = override;
        this.where = Location.ofOverride(override);
    }

    /** Applies {@code override} to {@code root}, whose origins are {@code origins}. */
    static void apply(ObjectNode root, Origins origins, String override) {
        new Overrides(override).apply(root, origins);
    }

    private void apply(ObjectNode root, Origins origins) {
        int equals = override.indexOf('=');
        String path = equals < 0 ? "" : override.substring(0, equals).strip();
        if (path.isEmpty()) {
            throw ScenarioException.at(where, "", "expected key.path=value, e.g. labour_market.quit_rate=0.03");
        }
        String[] segments = path.split("\\.", -1);
        Shape shape = navigate(root, segments);
        String text = override.substring(equals + 1).strip();
        SourceTree value = shape instanceof Leaf leaf && leaf.kind() == Kind.TEXT
                ? new SourceTree(TextNode.valueOf(text), new Origins(where))
                : YamlReader.read(text, where);
        Problems problems = new Problems();
        problems.addAll(ShapeChecker.checkPart(value.root(), shape, path, value.origins(), scope));
        problems.throwIfAny();
        JsonNode parent = root;
        for (int i = 0; i < segments.length - 1; i++) {
            JsonNode child = parent.isArray() ? parent.get(Integer.parseInt(segments[i])) : parent.get(segments[i]);
            parent = child != null ? child : ((ObjectNode) parent).putObject(segments[i]);
        }
        TreeMerger.put(parent, segments[segments.length - 1], path, value.root(), "", origins, value.origins());
        origins.put(path, where, where);
    }

    /** Checks that the path exists in the schema and the tree, and returns its shape. */
    private Shape navigate(ObjectNode root, String[] segments) {
        Shape shape = Schema.SCENARIO;
        JsonNode node = root;
        String path = "";
        for (String segment : segments) {
            if (shape instanceof Changes changes) {
                shape = changes.target();
                scope = changes.target();
            }
            String child = Keys.child(path, segment);
            if (shape instanceof Group group) {
                Field field = group.fields().get(segment);
                if (field == null) {
                    throw ShapeChecker.unknownKey(where, child, segment, group, scope);
                }
                if (field.optional()) {
                    throw ScenarioException.at(where, child, "can only be given in a scenario file");
                }
                shape = field.shape();
                node = node == null ? null : node.get(segment);
            } else if (shape instanceof ListOf list) {
                node = entry(node, segment, path, child);
                shape = list.element();
            } else {
                throw ScenarioException.at(where, child, path + " takes a single value and has no keys below it");
            }
            path = child;
        }
        return shape;
    }

    private JsonNode entry(JsonNode list, String segment, String path, String child) {
        int size = list == null ? 0 : list.size();
        String entries = size == 0 ? path + " has no entries"
                : path + " has " + size + " entries, numbered 0 to " + (size - 1);
        if (!segment.matches("\\d{1,9}")) {
            throw ScenarioException.at(where, child, "a list entry is chosen by its number; " + entries);
        }
        int index = Integer.parseInt(segment);
        if (index >= size) {
            throw ScenarioException.at(where, child, "no such entry; " + entries);
        }
        return list.get(index);
    }
}
