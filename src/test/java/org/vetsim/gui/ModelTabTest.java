package org.vetsim.gui;

import org.junit.jupiter.api.Test;
import org.vetsim.scenario.LabourMarketSettings;
import org.vetsim.scenario.PopulationSettings;
import org.vetsim.scenario.Scenario;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The read-only scenario groups of the Model tab, and the labels and values the GUI shows. */
class ModelTabTest {
    private final Scenario scenario = GuiTestScenarios.small(1);

    @Test
    void populationShowsEveryComponentWithUnitAndDescription() {
        RecordProperties population = new RecordProperties(PopulationSettings.class, scenario::population);
        List<String> names = names(population);
        assertEquals(List.of("Young people (persons)", "Entry age (years)", "Exit age (years)", "Ability spread"), names);
        assertEquals(2000, population.getValue(0));
        for (int i = 0; i < population.numProperties(); i++) {
            assertFalse(population.isReadWrite(i));
            assertNotNull(population.getDescription(i));
        }
    }

    @Test
    void nestedRecordsAreFlattened() {
        RecordProperties market = new RecordProperties(LabourMarketSettings.class, scenario::labourMarket);
        List<String> names = names(market);
        assertTrue(names.contains("Job share by size: micro"), names.toString());
        assertEquals(scenario.labourMarket().jobShareBySize().micro(),
                market.getValue(names.indexOf("Job share by size: micro")));
        assertTrue(names.contains("Quit rate (per month)"), names.toString());
    }

    @Test
    void labelsReadAsWords() {
        assertEquals("Jobs per young person", Labels.humanize("jobsPerYoungPerson"));
        assertEquals("Subsidy per place", Labels.humanize("SubsidyPerPlace"));
        assertEquals("on", Labels.value(true));
        assertEquals("6", Labels.value(6.0));
        assertEquals("0.005", Labels.value(0.005));
    }

    private static List<String> names(RecordProperties properties) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < properties.numProperties(); i++) {
            names.add(properties.getName(i));
        }
        return names;
    }
}
