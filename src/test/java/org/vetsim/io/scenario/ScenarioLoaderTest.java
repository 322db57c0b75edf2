package org.vetsim.io.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vetsim.scenario.Engagement;
import org.vetsim.scenario.OccupationSpec;
import org.vetsim.scenario.Reform;
import org.vetsim.scenario.Scenario;

class ScenarioLoaderTest {
    static final Path GOOD = Path.of("src/test/resources/scenarios-good");

    @Test
    void baselineHasTheValuesOfScenariosBaselineYaml() {
        Scenario scenario = ScenarioLoader.loadDefault(List.of());
        assertEquals("baseline", scenario.name());
        assertEquals(20, scenario.simulation().years());
        assertEquals(30, scenario.simulation().warmupYears());
        assertEquals(20261126L, scenario.simulation().seed());
        assertEquals(20000, scenario.population().youngPeople());
        assertEquals(6, scenario.occupations().size());
        assertEquals(new OccupationSpec("ict", 0.07, 0.15, true, true), scenario.occupations().get(2));
        assertEquals(0.02, scenario.labourMarket().quitRate());
        assertEquals(0.35, scenario.labourMarket().jobShareBySize().micro());
        assertEquals(20.0, scenario.skills().halfLifeLowGeneral());
        assertFalse(scenario.engagement().workBasedLearning().apprenticeships());
        assertEquals(36, scenario.engagement().workBasedLearning().apprenticeshipMonths());
        assertEquals(250, scenario.engagement().financialIncentives().levyThresholdStaff());
        assertEquals(0.03, scenario.engagement().cooperationContracts().breachRate());
        assertTrue(scenario.reforms().isEmpty());
    }

    @Test
    void theRepositoryBaselineFileLoadsToTheBundledOne() {
        assertEquals(ScenarioLoader.loadDefault(List.of()), ScenarioLoader.load(Path.of("scenarios/baseline.yaml"), List.of()));
    }

    @Test
    void aFileGivingOnlyWhatItExtendsIsThatScenarioNamedAfterTheFile() {
        var copy = ScenarioLoader.load(GOOD.resolve("only-extends.yaml"), List.of());
        assertEquals("only-extends", copy.name());
        assertEquals(ScenarioLoader.loadDefault(List.of("name=only-extends")), copy);
    }

    @Test
    void aBareNameThatIsNoFileLoadsTheBundledScenario() {
        Scenario baseline = ScenarioLoader.loadDefault(List.of());
        assertEquals(baseline, ScenarioLoader.load(Path.of("baseline"), List.of()));
        assertEquals(baseline, ScenarioLoader.load(Path.of("baseline.yaml"), List.of()));
    }

    @Test
    void extendsChainsWithBaselineThenExtendedFilesThenTheFileThenOverrides() {
        Scenario scenario = ScenarioLoader.load(GOOD.resolve("sub/chain-child.yaml"),
                List.of("technology.drift_multiplier=4"));
        assertEquals("chain-child", scenario.name());
        assertEquals("base of the chain", scenario.description());
        assertEquals(0.03, scenario.labourMarket().quitRate(), "the middle file overrides the base");
        assertEquals(0.5, scenario.labourMarket().wageCompression(), "the base overrides the baseline");
        assertEquals(0.5, scenario.labourMarket().jobShareBySize().micro(), "maps merge key by key");
        assertEquals(0.20, scenario.labourMarket().jobShareBySize().small(), "untouched keys keep the baseline value");
        assertEquals(4.0, scenario.technology().driftMultiplier(), "--set overrides every file");
        assertEquals(List.of("crafts", "services"), scenario.occupations().stream().map(OccupationSpec::name).toList(),
                "lists replace wholesale");
    }

    @Test
    void extendsMayNameABundledScenario() {
        Scenario scenario = ScenarioLoader.load(GOOD.resolve("extends-bundled.yaml"), List.of());
        assertEquals("extends-bundled", scenario.name());
        assertEquals(20, scenario.simulation().years());
    }

    @Test
    void aFileAddsItsReformsToThoseOfTheFileItExtends() {
        Scenario country = ScenarioLoader.load(Path.of("uzbekistan"), List.of());
        Scenario adoption = ScenarioLoader.load(Path.of("uzbekistan-dual"), List.of());
        assertEquals(country.reforms().size() + 1, adoption.reforms().size());
        for (int i = 0; i < country.reforms().size(); i++) {
            assertEquals(country.reforms().get(i).month(), adoption.reforms().get(i).month(), "the country's history is kept");
        }
        Reform adopted = adoption.reforms().get(adoption.reforms().size() - 1);
        assertEquals(181, adopted.month());
        assertTrue(adopted.engagement().workBasedLearning().apprenticeships());
        assertEquals(24, adopted.inForce().colleges().programmeMonths(), "earlier reforms stay in force");
        assertFalse(country.reforms().get(country.reforms().size() - 1).engagement().workBasedLearning().apprenticeships());
    }

    @Test
    void overridesSetNumbersBooleansTextAndListEntries() {
        Scenario scenario = ScenarioLoader.loadDefault(List.of(
                "labour_market.quit_rate=0.03",
                "engagement.financial_incentives.subsidy_per_place=2",
                "engagement.work_based_learning.apprenticeships=true",
                "occupations.2.tech_drift=0.3",
                "description=my run: with a colon",
                "simulation.years=10"));
        assertEquals(0.03, scenario.labourMarket().quitRate());
        assertEquals(2.0, scenario.engagement().financialIncentives().subsidyPerPlace());
        assertTrue(scenario.engagement().workBasedLearning().apprenticeships());
        assertEquals(new OccupationSpec("ict", 0.07, 0.3, true, true), scenario.occupations().get(2));
        assertEquals(0.15, scenario.occupations().get(1).employmentShare(), "other entries are untouched");
        assertEquals("my run: with a colon", scenario.description());
        assertEquals(10, scenario.simulation().years());
    }

    @Test
    void laterOverridesWinAndMayGiveWholeMapsOrLists() {
        Scenario scenario = ScenarioLoader.loadDefault(List.of(
                "labour_market.quit_rate=0.03",
                "labour_market.quit_rate=0.04",
                "labour_market.job_share_by_size={micro: 0.1, large: 0.6}",
                "occupations=[{name: all, employment_share: 1, tech_drift: 0.1, apprenticeships: true, school_based: true}]"));
        assertEquals(0.04, scenario.labourMarket().quitRate());
        assertEquals(0.1, scenario.labourMarket().jobShareBySize().micro());
        assertEquals(0.2, scenario.labourMarket().jobShareBySize().small());
        assertEquals(List.of(new OccupationSpec("all", 1, 0.1, true, true)), scenario.occupations());
    }

    @Test
    void reformsResolveInTimeOrderEachBuildingOnTheOneBefore() {
        Scenario scenario = ScenarioLoader.load(GOOD.resolve("reforms.yaml"), List.of());
        List<Reform> reforms = scenario.reforms();
        assertEquals(List.of(12, 24, 36), reforms.stream().map(Reform::month).toList());

        Engagement first = reforms.get(0).engagement();
        assertTrue(first.workBasedLearning().apprenticeships());
        assertEquals(2.0, first.financialIncentives().subsidyPerPlace());
        assertFalse(first.mentoring().enabled());
        assertEquals(scenario.engagement().curriculumCoDesign(), first.curriculumCoDesign());

        Engagement second = reforms.get(1).engagement();
        assertTrue(second.workBasedLearning().apprenticeships(), "the second reform keeps the first's changes");
        assertEquals(2.0, second.financialIncentives().subsidyPerPlace());
        assertTrue(second.mentoring().enabled());
        assertEquals(0.9, second.mentoring().quality());

        Engagement third = reforms.get(2).engagement();
        assertEquals(3.0, third.financialIncentives().subsidyPerPlace());
        assertTrue(third.mentoring().enabled());
        assertFalse(scenario.engagement().workBasedLearning().apprenticeships(), "the start is unchanged");
    }

    @Test
    void aReformMayShortenMilitaryService(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("korea-shorter.yaml");
        java.nio.file.Files.writeString(file, "extends: korea-corporate\nname: korea-shorter\nreforms:\n"
                + "  - month: 12\n    set:\n      military_service.months: 18\n");
        Scenario scenario = ScenarioLoader.load(file, List.of());
        assertEquals(21, scenario.militaryService().months());
        assertEquals(18, scenario.reforms().get(0).inForce().militaryService().months(), "Korea's cut from 21 to 18 months");
    }

    @Test
    void overridesReachIntoReformsByTheirPlaceInTheFile() {
        Scenario scenario = ScenarioLoader.load(GOOD.resolve("reforms.yaml"), List.of(
                "reforms.0.set.industry_councils.enabled=true",
                "reforms.0.month=30"));
        assertEquals(List.of(12, 24, 30), scenario.reforms().stream().map(Reform::month).toList());
        assertFalse(scenario.reforms().get(1).engagement().industryCouncils().enabled());
        assertTrue(scenario.reforms().get(2).engagement().industryCouncils().enabled());
        assertEquals(3.0, scenario.reforms().get(2).engagement().financialIncentives().subsidyPerPlace());
    }

    @Test
    void aFolderNamedAfterABundledScenarioDoesNotHideIt(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Files.createDirectory(dir.resolve("germany-dual"));
        java.nio.file.Path file = dir.resolve("mine.yaml");
        java.nio.file.Files.writeString(file, "extends: germany-dual\nname: mine\n");
        assertEquals("mine", ScenarioLoader.load(file, List.of()).name(), "extends: finds the bundled scenario, not the folder");

        java.nio.file.Path here = java.nio.file.Path.of("uzbekistan-combined");
        boolean made = !java.nio.file.Files.exists(here);
        if (made) {
            java.nio.file.Files.createDirectory(here);
        }
        try {
            assertEquals("uzbekistan-combined", ScenarioLoader.load(here, List.of()).name(),
                    "a bare name finds the bundled scenario even where an output folder of that name exists");
        } finally {
            if (made) {
                java.nio.file.Files.delete(here);
            }
        }
    }
}
