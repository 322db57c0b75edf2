package org.vetsim.experiment.optimise;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vetsim.experiment.RunProgress;
import org.vetsim.io.scenario.ScenarioLoader;
import org.vetsim.scenario.Scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scenario file of a mix whose levers take effect as a reform, on a base with reforms of its
 * own: it extends the base and adds the levers' reform, or, when that reform is merged with one of
 * the base's, is written whole. Either way it loads back to the scenario the search ran (checked
 * by the export itself).
 */
class ScenarioExportTest {
    private static final List<String> SET = List.of("population.young_people=500");
    private static final Function<List<String>, Scenario> LOADER = extra -> {
        List<String> all = new java.util.ArrayList<>(SET);
        all.addAll(extra);
        return ScenarioLoader.load(Path.of("baseline-reform"), all);
    };

    @TempDir
    Path tmp;

    @Test
    void aReformOfTheLeversIsAddedToTheBasesOrTheFileIsWrittenWhole() throws IOException {
        MixScenarios scenarios = new MixScenarios(LOADER, LOADER.apply(List.of()));
        LeverParser parser = new LeverParser(override -> LOADER.apply(List.of(override)));
        SearchSpace space = new SearchSpace(List.of(parser.parse("engagement.mentoring.enabled=bool"),
                LeverParser.reformYear("2:3", 20)), 0);
        ScenarioExport export = new ScenarioExport("baseline-reform", SET, LOADER, scenarios,
                new ScenarioExport.Comparison(2, 1, List.of(), 1, RunProgress.NONE));
        List<String> files = export.write(tmp, List.of(
                new MixExport.Named("added.yaml", "added", "mentoring from year 3", new Mix(space, List.of(1, 1))),
                new MixExport.Named("merged.yaml", "merged", "mentoring from year 2", new Mix(space, List.of(1, 0)))));
        assertEquals(List.of("added.yaml", "merged.yaml"), files);
        String added = Files.readString(tmp.resolve("added.yaml"));
        assertTrue(added.contains("extends: baseline-reform") && added.contains("month: 25")
                && !added.contains("month: 13"), "one reform, in month 25, added to the base's: " + added);
        assertEquals(List.of(13, 25, 37, 61), ScenarioLoader.load(tmp.resolve("added.yaml"), List.of()).reforms().stream()
                .map(r -> r.month()).toList());
        String merged = Files.readString(tmp.resolve("merged.yaml"));
        assertFalse(merged.contains("\nextends:"), merged);
        assertTrue(merged.contains("Written whole"), merged);
        assertTrue(ScenarioLoader.load(tmp.resolve("merged.yaml"), List.of()).reforms().get(0).engagement().mentoring().enabled(),
                "mentoring joins the base's reform of month 13");
    }
}
