package org.vetsim.io.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.vetsim.io.scenario.ParameterReference.Entry;

class ParameterReferenceTest {
    private static final String REGENERATE = "Regenerate it with\n"
            + "    mvn -q test -Dtest=ParameterReferenceTest -Dvetsim.writeDocs=true\n"
            + "or, from a built jar,\n"
            + "    java -cp target/vetsim.jar org.vetsim.io.scenario.ParameterReference docs/parameters.md";

    private final List<Entry> entries = ParameterReference.entries();

    /** The leaf paths of baseline.yaml, with [] for list entries; an empty list is a leaf. */
    private static Set<String> baselineLeaves() throws IOException {
        JsonNode root = new YAMLMapper().readTree(Path.of("scenarios/baseline.yaml").toFile());
        Set<String> leaves = new TreeSet<>();
        collect(root, "", leaves);
        return leaves;
    }

    private static void collect(JsonNode node, String path, Set<String> leaves) {
        if (node.isObject() && !node.isEmpty()) {
            node.properties().forEach(entry -> collect(entry.getValue(), Keys.child(path, entry.getKey()), leaves));
        } else if (node.isArray() && !node.isEmpty()) {
            node.forEach(item -> collect(item, path + "[]", leaves));
        } else {
            leaves.add(path);
        }
    }

    @Test
    void everyKeyOfTheBaselineIsDocumented() throws IOException {
        Set<String> documented = entries.stream().map(Entry::key).collect(Collectors.toSet());
        Set<String> undocumented = new TreeSet<>(baselineLeaves());
        undocumented.removeAll(documented);
        assertTrue(undocumented.isEmpty(), "keys of baseline.yaml missing from the reference: " + undocumented);
    }

    @Test
    void everyDocumentedKeyIsInTheBaseline() throws IOException {
        Set<String> leaves = baselineLeaves();
        Set<String> extra = new TreeSet<>();
        for (Entry entry : entries) {
            String key = entry.key();
            boolean inBaseline = leaves.contains(key) || leaves.stream().anyMatch(leaf -> leaf.startsWith(key + "[]"));
            boolean underEmptyList = leaves.stream().anyMatch(leaf -> key.startsWith(leaf + "[]."));
            if (!inBaseline && !underEmptyList && !key.equals(Schema.EXTENDS)) {
                extra.add(key);
            }
        }
        assertTrue(extra.isEmpty(), "documented keys that baseline.yaml does not give: " + extra);
    }

    @Test
    void everyKeyHasADescriptionTypeAndAllowedValues() {
        for (Entry entry : entries) {
            assertFalse(entry.doc().isBlank(), entry.key() + " has no description");
            assertFalse(entry.type().isBlank(), entry.key() + " has no type");
            assertFalse(entry.allowed().isBlank(), entry.key() + " has no allowed values");
        }
    }

    @Test
    void entriesCarryTypeDefaultUnitAndRange() {
        Map<String, Entry> byKey = entries.stream().collect(Collectors.toMap(Entry::key, entry -> entry));
        assertEquals(new Entry("labour_market.quit_rate", "number", "0.02", "per month", "between 0 and 0.5",
                "Monthly probability that a young employee with a vocational certificate or a degree quits (a voluntary "
                + "separation: a share move straight to another job, job_to_job_share; induction at a training centre lowers it). "
                + "Those with neither quit at this rate times unqualified_quit_ratio; where a country's figure is the mean of all "
                + "young workers, the ratio is 1 and this is that mean. It is the rate over young employees at employers of every "
                + "size; young_quit_size_factors multiply it by the employer's size class."), byKey.get("labour_market.quit_rate"));
        assertEquals("whole number", byKey.get("simulation.years").type());
        assertEquals("true/false", byKey.get("engagement.mentoring.enabled").type());
        assertEquals("0.06, 0.03, 0.15, 0.05, 0.03, 0.02", byKey.get("occupations[].tech_drift").defaultValue());
        assertEquals("list", byKey.get("reforms").type());
        assertEquals("none", byKey.get("reforms").defaultValue());
    }

    @Test
    void textListsEveryKey() {
        String text = ParameterReference.text();
        for (Entry entry : entries) {
            assertTrue(text.contains("\n" + entry.key() + "\n"), entry.key());
        }
        assertTrue(text.contains("number; default 0.02; unit: per month; allowed: between 0 and 0.5"), text);
    }

    @Test
    void docsParametersMdIsCurrent() throws IOException {
        Path docs = Path.of(ParameterReference.DOCS_FILE);
        if (Boolean.getBoolean("vetsim.writeDocs")) {
            ParameterReference.writeMarkdown(docs);
        }
        String current = Files.exists(docs) ? Files.readString(docs, StandardCharsets.UTF_8) : "";
        assertTrue(current.equals(ParameterReference.markdown()),
                ParameterReference.DOCS_FILE + " is not the reference generated from the code. " + REGENERATE);
    }

    @Test
    void rulesBetweenKeysAreListedInTextAndMarkdown() {
        List<ParameterReference.RuleEntry> rules = ParameterReference.rules();
        String text = ParameterReference.text();
        String markdown = ParameterReference.markdown();
        assertTrue(rules.size() >= 5, rules.toString());
        for (ParameterReference.RuleEntry rule : rules) {
            assertTrue(text.contains(String.join(", ", rule.keys()) + "\n"), rule.keys().toString());
            assertTrue(markdown.contains(rule.text()), rule.text());
        }
        assertTrue(text.contains("Rules between keys"));
        assertTrue(text.contains("population.exit_age, population.entry_age\n    exit_age is at least entry_age + 4"), text);
        assertTrue(markdown.contains("| `labour_market.job_share_by_size.micro`, `labour_market.job_share_by_size.small`"), markdown);
        assertTrue(markdown.contains("| `name` | text |"), markdown);
        assertTrue(markdown.contains("1 to 64 letters, digits, '.', '-' and '_'"), "a rule on one value is its allowed values");
    }
}
