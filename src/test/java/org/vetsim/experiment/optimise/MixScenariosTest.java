package org.vetsim.experiment.optimise;

import org.junit.jupiter.api.Test;
import org.vetsim.experiment.ExperimentException;
import org.vetsim.io.scenario.ScenarioLoader;
import org.vetsim.scenario.Reform;
import org.vetsim.scenario.Scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scenario of a mix: levers from the start, or as one more reform in the base's timeline. */
class MixScenariosTest {
    private static final Function<List<String>, Scenario> REFORMED = overrides -> ScenarioLoader.load(Path.of("baseline-reform"), overrides);
    private static final LeverParser PARSER = new LeverParser(override -> REFORMED.apply(List.of(override)));
    private static final Lever SUBSIDY = PARSER.parse("engagement.financial_incentives.subsidy_per_place=0:4:0.5");
    private static final Lever MENTORING = PARSER.parse("engagement.mentoring.enabled=bool");

    @Test
    void leversFromTheStartAreOverrides() {
        MixScenarios scenarios = new MixScenarios(REFORMED, REFORMED.apply(List.of()));
        Mix mix = new Mix(new SearchSpace(List.of(SUBSIDY, MENTORING), 0), List.of(3, 1));
        assertEquals(List.of("engagement.financial_incentives.subsidy_per_place=1.5", "engagement.mentoring.enabled=true"),
                scenarios.overrides(mix));
        Scenario scenario = scenarios.scenario(mix);
        assertEquals(1.5, scenario.engagement().financialIncentives().subsidyPerPlace());
        assertTrue(scenario.engagement().mentoring().enabled());
        List<String> warnings = scenarios.warnings(mix.space());
        assertEquals(2, warnings.size(), "the base's reform at month 37 sets both: " + warnings);
        assertTrue(warnings.get(0).contains("month 37"));
    }

    @Test
    void aReformYearAddsAReformBetweenTheBasesOrMergesWithOneInTheSameMonth() {
        MixScenarios scenarios = new MixScenarios(REFORMED, REFORMED.apply(List.of()));
        Lever year = LeverParser.reformYear("3:4", 20);
        SearchSpace space = new SearchSpace(List.of(SUBSIDY, year), 0);
        Scenario third = scenarios.scenario(new Mix(space, List.of(8, 0)));
        assertEquals(List.of(13, 25, 37, 61), months(third));
        assertEquals(0.0, third.engagement().financialIncentives().subsidyPerPlace());
        assertEquals(4.0, third.reforms().get(1).engagement().financialIncentives().subsidyPerPlace());
        assertTrue(third.reforms().get(1).engagement().curriculumCoDesign().enabled(), "the reform of month 13 still holds");
        assertEquals(2.0, third.reforms().get(2).engagement().financialIncentives().subsidyPerPlace(),
                "the base's later reform still sets its value");
        Scenario fourth = scenarios.scenario(new Mix(space, List.of(8, 1)));
        assertEquals(List.of(13, 37, 61), months(fourth));
        Reform merged = fourth.reforms().get(1);
        assertEquals(4.0, merged.engagement().financialIncentives().subsidyPerPlace(), "the lever wins in its month");
        assertTrue(merged.engagement().mentoring().enabled(), "the base's changes of that month stay");
    }

    @Test
    void aReformChangesAnyKeyNotFixedAtStart() {
        assertEquals("mentoring.enabled", MixScenarios.reformKey("engagement.mentoring.enabled"));
        assertEquals("labour_market.quit_rate", MixScenarios.reformKey("labour_market.quit_rate"));
        MixScenarios scenarios = new MixScenarios(REFORMED, REFORMED.apply(List.of()));
        SearchSpace quits = new SearchSpace(List.of(PARSER.parse("labour_market.quit_rate=0.01:0.03:0.01")), 3);
        scenarios.requireReformable(quits);
        Scenario third = scenarios.scenario(new Mix(quits, List.of(2)));
        assertEquals(0.03, third.reforms().get(1).inForce().labourMarket().quitRate(), "in force from month 25");
        SearchSpace jobs = new SearchSpace(List.of(PARSER.parse("labour_market.jobs_per_young_person=1:2")), 3);
        ExperimentException e = assertThrows(ExperimentException.class, () -> scenarios.requireReformable(jobs));
        assertTrue(e.getMessage().contains("with --reform-year") && e.getMessage().contains("jobs_per_young_person"),
                e.getMessage());
    }

    private static List<Integer> months(Scenario scenario) {
        List<Integer> months = new ArrayList<>();
        scenario.reforms().forEach(r -> months.add(r.month()));
        return months;
    }
}
