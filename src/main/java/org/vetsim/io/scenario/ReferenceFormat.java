package org.vetsim.io.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vetsim.io.scenario.ParameterReference.Entry;
import org.vetsim.io.scenario.ParameterReference.RuleEntry;

/** Renders the parameter reference as terminal text or as a Markdown page. */
final class ReferenceFormat {
    private static final int WIDTH = 100;
    private static final String INDENT = "    ";
    private static final String TOP_LEVEL = "Top level";
    private static final String RULES = "Rules between keys";
    private static final String RULES_INTRO = "Besides each value's allowed range, a scenario must keep these rules; "
            + "a value that breaks one is reported at the value given last among the rule's keys "
            + "(a --set before a file, a file before the files it extends).";
    private static final String INTRO = "Every scenario is read on top of the bundled baseline (scenarios/baseline.yaml), "
            + "so a scenario file gives only the keys that differ from it; 'extends' puts another file in between. "
            + "Any key can be overridden on the command line with --set key.path=value; a list entry is chosen "
            + "by its number, counted from 0, e.g. --set occupations.2.tech_drift=0.3. In this reference, "
            + "[] stands for any entry of a list. Files are read as YAML 1.2: only true and false are booleans "
            + "(yes, no, on and off are text) and a number with leading zeros is decimal; a scenario file is a "
            + "regular UTF-8 text file of at most 1 MiB that gives at least one key.";

    private ReferenceFormat() {
    }

    /** One paragraph per key: the key, a line of facts, the wrapped description. */
    static String text(List<Entry> entries, List<RuleEntry> rules) {
        StringBuilder out = new StringBuilder("Scenario parameters\n\n");
        wrap(INTRO, "", out);
        for (Entry entry : entries) {
            out.append('\n').append(entry.key()).append('\n');
            List<String> facts = new ArrayList<>();
            facts.add(entry.type());
            if (!entry.defaultValue().isEmpty()) {
                facts.add("default " + entry.defaultValue());
            }
            if (!entry.unit().isEmpty()) {
                facts.add("unit: " + entry.unit());
            }
            facts.add("allowed: " + entry.allowed());
            wrap(String.join("; ", facts), INDENT, out);
            wrap(entry.doc(), INDENT, out);
        }
        out.append('\n').append(RULES).append("\n\n");
        wrap(RULES_INTRO, "", out);
        for (RuleEntry rule : rules) {
            out.append('\n').append(String.join(", ", rule.keys())).append('\n');
            wrap(rule.text(), INDENT, out);
        }
        return out.toString();
    }

    /** A page with one table per top-level section. */
    static String markdown(List<Entry> entries, List<RuleEntry> rules) {
        StringBuilder out = new StringBuilder("# Scenario parameters\n\n")
                .append("<!-- Generated from the scenario records by org.vetsim.io.scenario.ParameterReference; ")
                .append("do not edit by hand. -->\n\n")
                .append(INTRO.replace("scenarios/baseline.yaml", "`scenarios/baseline.yaml`")
                        .replace("'extends'", "`extends`")
                        .replace("--set key.path=value", "`--set key.path=value`")
                        .replace("--set occupations.2.tech_drift=0.3", "`--set occupations.2.tech_drift=0.3`")
                        .replace("[] stands", "`[]` stands"))
                .append('\n');
        for (Map.Entry<String, List<Entry>> section : sections(entries).entrySet()) {
            out.append("\n## ").append(section.getKey()).append("\n\n")
                    .append("| Key | Type | Default | Unit | Allowed | Description |\n")
                    .append("|---|---|---|---|---|---|\n");
            for (Entry entry : section.getValue()) {
                out.append("| `").append(entry.key()).append("` | ").append(cell(entry.type()))
                        .append(" | ").append(cell(entry.defaultValue())).append(" | ").append(cell(entry.unit()))
                        .append(" | ").append(cell(entry.allowed())).append(" | ").append(cell(entry.doc()))
                        .append(" |\n");
            }
        }
        out.append("\n## ").append(RULES).append("\n\n").append(RULES_INTRO.replace("--set", "`--set`"))
                .append("\n\n| Keys | Rule |\n|---|---|\n");
        for (RuleEntry rule : rules) {
            out.append("| ").append(cell(String.join(", ", rule.keys().stream().map(key -> "`" + key + "`").toList())))
                    .append(" | ").append(cell(rule.text())).append(" |\n");
        }
        return out.toString();
    }

    /** Groups entries by the map they belong to; lists get a section of their own. */
    private static Map<String, List<Entry>> sections(List<Entry> entries) {
        Map<String, List<Entry>> sections = new LinkedHashMap<>();
        for (Entry entry : entries) {
            String home = entry.type().equals("list") ? entry.key() : Keys.parent(entry.key());
            home = home.endsWith("[]") ? home.substring(0, home.length() - 2) : home;
            sections.computeIfAbsent(home.isEmpty() ? TOP_LEVEL : home, key -> new ArrayList<>()).add(entry);
        }
        return sections;
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    private static void wrap(String text, String indent, StringBuilder out) {
        StringBuilder line = new StringBuilder(indent);
        for (String word : text.split("\\s+")) {
            if (line.length() > indent.length() && line.length() + 1 + word.length() > WIDTH) {
                out.append(line).append('\n');
                line.setLength(0);
                line.append(indent);
            }
            if (line.length() > indent.length()) {
                line.append(' ');
            }
            line.append(word);
        }
        out.append(line).append('\n');
    }
}
