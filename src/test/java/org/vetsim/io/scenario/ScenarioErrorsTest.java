package org.vetsim.io.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every kind of bad input gives one message naming the place, the full key and what is allowed. */
class ScenarioErrorsTest {
    private static final Path BAD = Path.of("src/test/resources/scenarios-bad");

    /** Loads {@code file} from the bad scenarios and returns the error message. */
    private static String errorOf(String file, String... overrides) {
        return assertThrows(ScenarioException.class, () -> ScenarioLoader.load(BAD.resolve(file), List.of(overrides)))
                .getMessage();
    }

    private static String errorOfOverride(String... overrides) {
        return assertThrows(ScenarioException.class, () -> ScenarioLoader.loadDefault(List.of(overrides))).getMessage();
    }

    private static void assertHas(String message, String... parts) {
        for (String part : parts) {
            assertTrue(message.contains(part), () -> "expected '" + part + "' in: " + message);
        }
    }

    private static String at(String file, int line, int column) {
        return BAD.resolve(file) + ":" + line + ":" + column + ": ";
    }

    @Test
    void unknownKeySuggestsTheNearestAndListsTheAllowedKeys() {
        assertHas(errorOf("unknown-key.yaml"), at("unknown-key.yaml", 3, 3) + "labour_market.quit_rat: unknown key; "
                + "did you mean 'quit_rate'? Allowed here: jobs_per_young_person, job_share_by_size,", "wage_compression");
    }

    @Test
    void unknownKeyInAListEntry() {
        assertHas(errorOf("unknown-entry-key.yaml"), at("unknown-entry-key.yaml", 5, 5)
                + "occupations.0.tech_drft: unknown key; did you mean 'tech_drift'? Allowed here: name, employment_share, tech_drift, apprenticeships, school_based");
    }

    @Test
    void keyAtTheWrongLevelIsPointedToItsPlace() {
        assertHas(errorOf("misplaced-key.yaml"), at("misplaced-key.yaml", 2, 1)
                + "quit_rate: unknown key here; it is found at labour_market.quit_rate.", "Allowed here: extends, name");
    }

    @Test
    void dottedKeysAreOnlyForReforms() {
        assertHas(errorOf("dotted-key.yaml"), at("dotted-key.yaml", 2, 1) + "labour_market.quit_rate: unknown key; "
                + "dotted keys are allowed only in a reform's set");
    }

    @Test
    void wrongTypesSayWhatIsExpected() {
        assertHas(errorOf("wrong-type.yaml"), at("wrong-type.yaml", 3, 14)
                + "labour_market.quit_rate: expected a number between 0 and 0.5, got 'abc'");
        assertHas(errorOf("float-for-int.yaml"), at("float-for-int.yaml", 3, 10)
                + "simulation.years: expected a whole number between 1 and 200, got 20.5");
        assertHas(errorOf("number-for-boolean.yaml"), at("number-for-boolean.yaml", 4, 14)
                + "engagement.mentoring.enabled: expected true or false, got 1");
        assertHas(errorOf("number-for-text.yaml"), at("number-for-text.yaml", 1, 7)
                + "name: expected text, got 2030; put it in quotes");
        assertHas(errorOf("map-for-number.yaml"), at("map-for-number.yaml", 4, 5)
                + "labour_market.quit_rate: expected a number between 0 and 0.5, got a map of keys");
    }

    @Test
    void unusableYamlValues() {
        assertHas(errorOf("not-a-number.yaml"), at("not-a-number.yaml", 3, 14)
                + "labour_market.quit_rate: expected a finite number, got '.nan'");
        assertHas(errorOf("alias.yaml"), at("alias.yaml", 4, 9)
                + "skills: YAML aliases (*market) are not supported in scenario files");
    }

    @Test
    void missingValue() {
        assertHas(errorOf("null-value.yaml"), at("null-value.yaml", 3, 13)
                + "labour_market.quit_rate: has no value; expected a number between 0 and 0.5");
    }

    @Test
    void listEntriesMustBeComplete() {
        assertHas(errorOf("incomplete-entry.yaml"), at("incomplete-entry.yaml", 8, 5)
                + "occupations.1.tech_drift: missing; occupations.1 needs the keys name, employment_share, tech_drift, apprenticeships, school_based");
    }

    @Test
    void outOfRangeNamesTheValueAndTheRange() {
        assertHas(errorOf("out-of-range.yaml"), at("out-of-range.yaml", 4, 14)
                + "labour_market.quit_rate: is 1.5 but must be between 0 and 0.5");
    }

    @Test
    void outOfRangeAfterMergingNamesTheFileThatGaveTheValue() {
        assertHas(errorOf("range-child.yaml"), at("range-base.yaml", 6, 14)
                + "labour_market.quit_rate: is 0.9 but must be between 0 and 0.5");
    }

    @Test
    void ruleBetweenKeysNamesTheKey() {
        assertHas(errorOf("cross-field.yaml"), at("cross-field.yaml", 3, 13)
                + "population.exit_age: must be at least 4 years above entry_age");
    }

    @Test
    void ruleOnAListNamesTheList() {
        assertHas(errorOf("duplicate-names.yaml"), at("duplicate-names.yaml", 3, 3)
                + "occupations: occupation names must be distinct");
    }

    @Test
    void malformedYamlGivesTheParserProblemAndLine() {
        assertHas(errorOf("malformed.yaml"), at("malformed.yaml", 4, 1) + "malformed YAML: ", "TAB");
        assertHas(errorOf("not-a-map.yaml"), BAD.resolve("not-a-map.yaml") + ": a scenario file must be a map of keys");
        assertHas(errorOf("duplicate-key.yaml"), at("duplicate-key.yaml", 4, 3)
                + "labour_market.quit_rate: given twice in the same map (first on line 3)");
    }

    @Test
    void missingFile() {
        assertHas(errorOf("no-such-file.yaml"), BAD.resolve("no-such-file.yaml") + ": file not found");
        String bare = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(Path.of("no-such-scenario"), List.of()))
                .getMessage();
        assertHas(bare, "no-such-scenario: file not found, and there is no bundled scenario of that name (bundled scenarios: "
                + "baseline, baseline-reform, germany-dual");
    }

    @Test
    void aMisspeltBundledNameGetsASuggestion() {
        String typo = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(Path.of("germny-dual"), List.of()))
                .getMessage();
        assertHas(typo, "(did you mean germany-dual?)");
        String two = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(Path.of("uzbekistan-dul.yaml"), List.of()))
                .getMessage();
        assertHas(two, "did you mean uzbekistan-dual?");
    }

    /** The names offered in suggestions are the scenarios the jar bundles: the files of the scenarios folder. */
    @Test
    void theBundledNamesAreTheScenariosFolder() throws java.io.IOException {
        try (var files = java.nio.file.Files.list(Path.of("scenarios"))) {
            List<String> names = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.replaceFirst("\\.yaml$", "")).sorted().toList();
            assertEquals(names, ScenarioSource.BUNDLED_NAMES.stream().sorted().toList());
        }
        for (String name : ScenarioSource.BUNDLED_NAMES) {
            assertTrue(ScenarioSource.bundled(name).isPresent(), name + " is on the classpath");
        }
    }

    @Test
    void cycleOfExtendsNamesTheChain() {
        String a = BAD.resolve("cycle-a.yaml").toString();
        String b = BAD.resolve("cycle-b.yaml").toString();
        assertHas(errorOf("cycle-a.yaml"), at("cycle-b.yaml", 1, 10)
                + "extends: files extend each other in a cycle: " + a + " -> " + b + " -> " + a);
    }

    @Test
    void extendsTargetThatDoesNotExist() {
        assertHas(errorOf("missing-extends.yaml"), at("missing-extends.yaml", 2, 10)
                + "extends: 'no-such-scenario.yaml' not found (looked for " + BAD.resolve("no-such-scenario.yaml"));
    }

    @Test
    void extendsTargetThatIsADeviceNamesTheExtendingFile() {
        assertHas(errorOf("device-extends.yaml"), "/dev/null: is not a regular file (a device, pipe or socket); a "
                + "scenario is a YAML text file (named by extends at " + BAD.resolve("device-extends.yaml") + ":2:10)");
    }

    @Test
    void reformKeysGetTheSameMessages() {
        assertHas(errorOf("reform-unknown-key.yaml"), at("reform-unknown-key.yaml", 5, 7)
                + "reforms.0.set.financial_incentives.subsidy_per_plac: unknown key; did you mean 'subsidy_per_place'? "
                + "Allowed here: subsidy_per_place, tax_credit_rate, levy_rate");
        assertHas(errorOf("reform-wrong-type.yaml"), at("reform-wrong-type.yaml", 5, 26)
                + "reforms.0.set.mentoring.enabled: expected true or false, got 'yes please'");
        assertHas(errorOf("reform-out-of-range.yaml"), at("reform-out-of-range.yaml", 8, 47)
                + "reforms.1.set.financial_incentives.subsidy_per_place: is 30 but must be between 0 and 24");
        assertHas(errorOf("reform-unknown-field.yaml"), at("reform-unknown-field.yaml", 4, 5)
                + "reforms.0.sets: unknown key; did you mean 'set'? Allowed here: month, set");
        assertHas(errorOf("reform-twice.yaml"), at("reform-twice.yaml", 7, 9)
                + "reforms.0.set.mentoring.enabled: changed twice in the same reform");
    }

    @Test
    void reformMonthsAreInRangeOnePerMonth() {
        assertHas(errorOf("reform-same-month.yaml"), at("reform-same-month.yaml", 6, 12)
                + "reforms.1.month: another reform is at month 12 too");
        assertHas(errorOf("reform-same-month.yaml", "reforms.1.month=-1"),
                "in --set reforms.1.month=-1: reforms.1.month: is -1 but must be at least");
    }

    @Test
    void overrideErrorsNameTheOverride() {
        assertHas(errorOfOverride("labour_market.quit_rat=0.03"), "in --set labour_market.quit_rat=0.03: "
                + "labour_market.quit_rat: unknown key; did you mean 'quit_rate'? Allowed here: jobs_per_young_person");
        assertHas(errorOfOverride("labour_market.quit_rate=abc"), "in --set labour_market.quit_rate=abc: "
                + "labour_market.quit_rate: expected a number between 0 and 0.5, got 'abc'");
        assertHas(errorOfOverride("labour_market.quit_rate=0.9"), "in --set labour_market.quit_rate=0.9: "
                + "labour_market.quit_rate: is 0.9 but must be between 0 and 0.5");
        assertHas(errorOfOverride("engagement.mentoring.enabled=1"), "in --set engagement.mentoring.enabled=1: "
                + "engagement.mentoring.enabled: expected true or false, got 1");
        assertHas(errorOfOverride("simulation.years=20.0"), "simulation.years: expected a whole number between 1 and 200, got 20.0");
        assertHas(errorOfOverride("labour_market.quit_rate"), "in --set labour_market.quit_rate: expected key.path=value");
        assertHas(errorOfOverride("occupations.6.tech_drift=0.3"), "in --set occupations.6.tech_drift=0.3: "
                + "occupations.6: no such entry; occupations has 6 entries, numbered 0 to 5");
        assertHas(errorOfOverride("occupations.ict.tech_drift=0.3"), "occupations.ict: a list entry is chosen by its number");
        assertHas(errorOfOverride("labour_market.quit_rate.monthly=0.3"),
                "labour_market.quit_rate.monthly: labour_market.quit_rate takes a single value");
        assertHas(errorOfOverride("extends=other.yaml"), "extends: can only be given in a scenario file");
        assertHas(errorOfOverride("labour_market.quit_rate="), "labour_market.quit_rate: has no value");
    }

    @Test
    void overrideErrorsInsideAFileScenarioStillNameTheOverride() {
        assertHas(errorOf("out-of-range.yaml", "labour_market.quit_rate=0.6"),
                "in --set labour_market.quit_rate=0.6: labour_market.quit_rate: is 0.6 but must be between 0 and 0.5");
    }

    @Test
    void aRuleBrokenByAnOverrideNamesTheOverrideNotTheBaseline() {
        assertHas(errorOfOverride("skills.half_life_low_general=3"), "in --set skills.half_life_low_general=3: "
                + "skills.half_life_high_general: must not exceed half_life_low_general");
        assertHas(errorOfOverride("education.vet_start_delay_months=6"), "in --set education.vet_start_delay_months=6: "
                + "education.vet_start_delay_months: must be a whole number of school years");
        assertHas(errorOfOverride("education.transition_months=6"), "in --set education.transition_months=6: "
                + "education.transition_months: must be a whole number of school years");
        assertHas(errorOfOverride("population.entry_age=20", "population.exit_age=30", "population.exit_age=23"),
                "in --set population.exit_age=23: population.exit_age: must be at least 4 years above entry_age");
        assertHas(errorOf("cross-field.yaml", "labour_market.quit_rate=0.03"), at("cross-field.yaml", 3, 13)
                + "population.exit_age: must be at least 4 years above entry_age");
        assertHas(errorOf("cross-field.yaml", "population.entry_age=14"), "in --set population.entry_age=14: "
                + "population.exit_age: must be at least 4 years above entry_age");
    }

    @Test
    void adultSeparationSizeFactorsMustBePositiveAndKeepEveryRateAProbability() {
        assertHas(errorOfOverride("labour_market.adult_separation_size_factors.small=0"),
                "in --set labour_market.adult_separation_size_factors.small=0: labour_market.adult_separation_size_factors.small: "
                        + "must be above 0");
        assertHas(errorOfOverride("labour_market.adult_separation_size_factors.large=-1"),
                "labour_market.adult_separation_size_factors.large: is -1 but must be between 0 and 20");
        assertHas(errorOfOverride("labour_market.adult_separation_size_factors.micro=abc"),
                "labour_market.adult_separation_size_factors.micro: expected a number between 0 and 20, got 'abc'");
        assertHas(errorOfOverride("labour_market.job_share_by_size={micro: 0.001, small: 0.3, medium: 0.3, large: 0.4}",
                        "labour_market.adult_separation_size_factors.micro=20", "labour_market.adult_separation_rate=0.2"),
                "in --set labour_market.adult_separation_rate=0.2: labour_market.adult_separation_size_factors: "
                        + "would give micro firms a monthly adult separation rate of", "above 1");
    }

    @Test
    void youngQuitSizeFactorsMustBePositiveAndKeepEveryQuitRateBelowAHalf() {
        assertHas(errorOfOverride("labour_market.young_quit_size_factors.medium=0"),
                "labour_market.young_quit_size_factors.medium: must be above 0");
        assertHas(errorOfOverride("labour_market.young_quit_size_factors.micro=20", "labour_market.quit_rate=0.2"),
                "labour_market.unqualified_quit_ratio: would give the unqualified young a monthly quit rate of",
                "(quit_rate x unqualified_quit_ratio x the highest of young_quit_size_factors and, while the entry exams are on, "
                        + "entry_exams.regular_quit_factor), above 0.5");
        assertHas(errorOfOverride("labour_market.entry_exams.enabled=true", "labour_market.entry_exams.regular_quit_factor=5",
                "labour_market.quit_rate=0.2"), "labour_market.unqualified_quit_ratio: would give the unqualified young a monthly quit rate of 1");
    }

    @Test
    void theExamAndRollingRecruitmentShareAtMostTheRegularOpenings() {
        assertHas(errorOfOverride("labour_market.entry_exams.entrant_share=0.7", "labour_market.entry_exams.open_hiring_share=0.4"),
                "labour_market.entry_exams.open_hiring_share: is 0.4 with entrant_share 0.7: together above 1, more than the regular openings");
        assertHas(errorOfOverride("labour_market.entry_exams.regular_separation_rate=-0.1"),
                "labour_market.entry_exams.regular_separation_rate: is -0.1 but must be between 0 and 0.5");
    }

    @Test
    void everyProblemOfAFileIsReportedAtOnce() {
        String shape = errorOf("several-problems.yaml");
        assertHas(shape, "3 problems:", at("several-problems.yaml", 3, 3) + "labour_market.quit_rat: unknown key",
                at("several-problems.yaml", 4, 26) + "labour_market.jobs_per_young_person: expected",
                at("several-problems.yaml", 7, 14) + "engagement.mentoring.enabled: expected true or false");
        assertTrue(shape.indexOf("quit_rat") < shape.indexOf("jobs_per_young_person"), "in the order of the file: " + shape);
        String ranges = errorOf("several-ranges.yaml");
        assertHas(ranges, "3 problems:", at("several-ranges.yaml", 3, 14) + "labour_market.quit_rate: is 1.5 but must be",
                "labour_market.hiring_threshold: is -2 but must be",
                "reforms.0.set.financial_incentives.subsidy_per_place: is 30 but must be between 0 and 24");
        assertEquals(4, ranges.split("\n").length, "a heading and one line a problem: " + ranges);
        assertTrue(ranges.indexOf("quit_rate") < ranges.indexOf("hiring_threshold"), "in the order of the file: " + ranges);
    }

    @Test
    void everyProblemOfAChainOfFilesAndOfTheOverridesIsReportedAtOnce() {
        String all = errorOf("multi-child.yaml", "labour_market.quit_rate=0.9", "labour_market.hiring_threshold=-2");
        assertHas(all, "6 problems:", at("multi-child.yaml", 4, 26) + "labour_market.jobs_per_young_person: is 50 but must be",
                at("multi-child.yaml", 6, 3) + "education.discount_rat: unknown key",
                at("multi-parent.yaml", 3, 14) + "labour_market.quit_rate: is 0.9 but must be",
                at("multi-parent.yaml", 4, 3) + "labour_market.hiring_treshold: unknown key",
                "in --set labour_market.quit_rate=0.9: labour_market.quit_rate: is 0.9",
                "in --set labour_market.hiring_threshold=-2: labour_market.hiring_threshold: is -2");
        assertTrue(all.indexOf("multi-child.yaml:4") < all.indexOf("multi-child.yaml:6")
                && all.indexOf("multi-child.yaml:6") < all.indexOf("multi-parent.yaml:3")
                && all.indexOf("multi-parent.yaml:4") < all.indexOf("--set labour_market.quit_rate")
                && all.indexOf("--set labour_market.quit_rate") < all.indexOf("--set labour_market.hiring_threshold"),
                "the file given first, then the file it extends, then the overrides in the order given: " + all);
    }
}
