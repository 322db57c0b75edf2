package org.vetsim.io.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.vetsim.io.scenario.Shape.Changes;
import org.vetsim.io.scenario.Shape.Field;
import org.vetsim.io.scenario.Shape.Group;
import org.vetsim.io.scenario.Shape.Leaf;
import org.vetsim.io.scenario.Shape.ListOf;

/**
 * The reference of every scenario key, generated from the scenario records and their
 * {@link org.vetsim.scenario.Param} annotations, with the defaults of the bundled baseline.
 * Rendered as plain text for the terminal ({@code vetsim params}) and as Markdown for
 * {@code docs/parameters.md}.
 */
public final class ParameterReference {
    /** The path of the generated Markdown reference in the repository. */
    public static final String DOCS_FILE = "docs/parameters.md";

    private static final int LONGEST_DEFAULT = 60;

    private ParameterReference() {
    }

    /**
     * One documented key.
     *
     * @param key full dotted snake-case path; {@code []} stands for any entry of a list
     * @param type kind of value: number, whole number, true/false, text, list or keys and values
     * @param defaultValue the baseline's value (for keys in list entries, every entry's), or empty
     * @param unit unit of measurement, or empty
     * @param allowed the values allowed, e.g. "between 0 and 1"
     * @param doc what the key means
     */
    public record Entry(String key, String type, String defaultValue, String unit, String allowed, String doc) {
    }

    /**
     * A rule between keys (or on a whole list) beyond each value's range.
     *
     * @param keys the full dotted paths it ties together; {@code []} stands for any list entry
     * @param text the rule in words
     */
    public record RuleEntry(List<String> keys, String text) {
    }

    /**
     * Every key a scenario file may give, in file order, nested maps flattened into paths.
     *
     * @return the entries
     */
    public static List<Entry> entries() {
        JsonNode baseline = SourceChain.readOne(ScenarioSource.baseline()).root();
        List<Entry> entries = new ArrayList<>();
        walk(Schema.SCENARIO, "", List.of(baseline), entries);
        return entries;
    }

    /**
     * The rules that tie several keys together or bear on a whole list, in file order; a rule on
     * one single value is given as that key's allowed values instead.
     *
     * @return the rules
     */
    public static List<RuleEntry> rules() {
        List<RuleEntry> rules = new ArrayList<>();
        collectRules(Schema.SCENARIO, "", rules);
        return rules;
    }

    private static void collectRules(Group group, String path, List<RuleEntry> rules) {
        for (Shape.KeyRule rule : group.rules()) {
            if (!onOneValue(group, rule)) {
                rules.add(new RuleEntry(rule.keys().stream().map(key -> Keys.child(path, key)).toList(), rule.text()));
            }
        }
        for (Field field : group.fields().values()) {
            String key = Keys.child(path, field.key());
            if (field.shape() instanceof Group inner) {
                collectRules(inner, key, rules);
            } else if (field.shape() instanceof ListOf list && list.element() instanceof Group element) {
                collectRules(element, key + "[]", rules);
            }
        }
    }

    private static boolean onOneValue(Group group, Shape.KeyRule rule) {
        return rule.keys().size() == 1 && group.fields().get(rule.keys().get(0)).shape() instanceof Leaf;
    }

    /**
     * The reference as plain text for a terminal.
     *
     * @return the text, one paragraph per key
     */
    public static String text() {
        return ReferenceFormat.text(entries(), rules());
    }

    /**
     * The reference as Markdown, the content of {@value #DOCS_FILE}.
     *
     * @return the Markdown text
     */
    public static String markdown() {
        return ReferenceFormat.markdown(entries(), rules());
    }

    /**
     * Writes the Markdown reference to {@code file}.
     *
     * @param file where to write, normally {@value #DOCS_FILE}
     * @throws IOException if the file cannot be written
     */
    public static void writeMarkdown(Path file) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.writeString(file, markdown(), StandardCharsets.UTF_8);
    }

    /**
     * Regenerates the Markdown reference: into the file named by the first argument, or to
     * standard output without one.
     *
     * @param args optionally the file to write, e.g. {@value #DOCS_FILE}
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.out.print(markdown());
        } else {
            writeMarkdown(Path.of(args[0]));
        }
    }

    private static void walk(Group group, String path, List<JsonNode> defaults, List<Entry> entries) {
        for (Field field : group.fields().values()) {
            String key = Keys.child(path, field.key());
            List<JsonNode> values = defaults.stream().map(node -> node.get(field.key()))
                    .filter(value -> value != null).toList();
            if (field.shape() instanceof Group inner) {
                walk(inner, key, values, entries);
            } else if (field.shape() instanceof ListOf list) {
                entries.add(new Entry(key, Describe.typeName(list), listDefault(values), field.unit(),
                        Describe.expected(list), field.doc().isEmpty() ? listDoc() : field.doc()));
                List<JsonNode> items = new ArrayList<>();
                values.forEach(value -> value.forEach(items::add));
                if (list.element() instanceof Group element) {
                    walk(element, key + "[]", items, entries);
                }
            } else {
                entries.add(new Entry(key, Describe.typeName(field.shape()), leafDefault(values), field.unit(),
                        group.ruleOf(field.key()).filter(rule -> onOneValue(group, rule)).map(Shape.KeyRule::text)
                                .orElse(allowed(field.shape())), field.doc()));
            }
        }
    }

    private static String allowed(Shape shape) {
        if (shape instanceof Changes) {
            return "a key of engagement (without the prefix), education, colleges, exams, labour_market or technology that is not fixed at start";
        }
        Leaf leaf = (Leaf) shape;
        if (!leaf.range().isEmpty()) {
            return leaf.range();
        }
        return switch (leaf.kind()) {
            case BOOLEAN -> "true or false";
            case TEXT -> "any text";
            default -> "any number";
        };
    }

    private static String listDoc() {
        return "A list; each entry gives every key listed below. A file's list replaces the inherited one wholesale.";
    }

    private static String listDefault(List<JsonNode> values) {
        if (values.size() != 1) {
            return "";
        }
        int size = values.get(0).size();
        return size == 0 ? "none" : size == 1 ? "1 entry" : size + " entries";
    }

    private static String leafDefault(List<JsonNode> values) {
        String text = values.stream().map(JsonNode::asText).collect(Collectors.joining(", "));
        return text.length() > LONGEST_DEFAULT ? text.substring(0, LONGEST_DEFAULT - 3).strip() + "..." : text;
    }
}
