package org.vetsim.scenario;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Every rule a scenario record checks beyond its ranges ({@code Checks.require}) is declared as a
 * {@link Rule} on the record, so that {@code vetsim params} and docs/parameters.md list it and a
 * broken rule is blamed on the value given last.
 */
class RulesDocumentedTest {
    private static final Path RECORDS = Path.of("src/main/java/org/vetsim/scenario");
    private static final Pattern REQUIRE = Pattern.compile(
            "Checks\\.require(?:NonEmpty)?\\((?:[^;]*?),\\s*\"(\\w+)\"", Pattern.DOTALL);

    @Test
    void everyCheckedRuleIsDeclared() throws IOException, ClassNotFoundException {
        List<String> missing = new ArrayList<>();
        int found = 0;
        try (Stream<Path> files = Files.list(RECORDS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String name = file.getFileName().toString().replace(".java", "");
                if (name.equals("Checks")) {
                    continue;
                }
                Class<?> type = Class.forName("org.vetsim.scenario." + name);
                Matcher require = REQUIRE.matcher(Files.readString(file));
                while (require.find()) {
                    found++;
                    String key = require.group(1);
                    boolean declared = Arrays.stream(type.getAnnotationsByType(Rule.class))
                            .anyMatch(rule -> Arrays.asList(rule.keys()).contains(key));
                    if (!declared) {
                        missing.add(name + ": Checks.require on '" + key + "' has no @Rule naming it");
                    }
                }
            }
        }
        assertFalse(found == 0, "no Checks.require found: the pattern is out of date");
        assertEquals(List.of(), missing);
    }

    @Test
    void ruleKeysAreComponentsOfTheirRecord() {
        for (Class<?> type : List.of(Scenario.class, OccupationSpec.class, PopulationSettings.class,
                SizeClassShares.class, SkillSettings.class)) {
            List<String> components = Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).toList();
            for (Rule rule : type.getAnnotationsByType(Rule.class)) {
                for (String key : rule.keys()) {
                    assertFalse(!components.contains(key), type.getSimpleName() + " has no component " + key);
                }
            }
        }
    }
}
