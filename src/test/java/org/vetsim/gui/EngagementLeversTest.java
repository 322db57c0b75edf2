package org.vetsim.gui;

import org.junit.jupiter.api.Test;
import org.vetsim.scenario.Param;
import org.vetsim.scenario.Scenario;
import sim.util.Interval;
import sim.util.SimpleProperties;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Model tab's levers: grouped, documented and ranged from @Param, and applied before a run. */
class EngagementLeversTest {
    private final Scenario scenario = GuiTestScenarios.small(1);
    private final VetsimWithUI gui = new VetsimWithUI(scenario, 1, GuiTestScenarios::read);
    private final SimpleProperties properties = new SimpleProperties(gui.levers());

    @Test
    void everyLeverIsInExactlyOneGroupWithADescription() {
        Set<String> grouped = new HashSet<>();
        for (PropertyGroup group : EngagementLevers.groups()) {
            PropertySubset subset = new PropertySubset(properties, group);
            for (int i = 0; i < subset.numProperties(); i++) {
                assertTrue(grouped.add(group.names().get(i)), group.names().get(i) + " is in two groups");
                assertNotNull(subset.getDescription(i), group.names().get(i));
                assertTrue(subset.isReadWrite(i), group.names().get(i));
            }
        }
        Set<String> all = new HashSet<>();
        for (int i = 0; i < properties.numProperties(); i++) {
            all.add(properties.getName(i));
        }
        assertEquals(all, grouped);
        assertEquals(Mechanism.values().length, EngagementLevers.groups().size());
    }

    @Test
    void slidersSpanTheRangeOfTheScenarioRecords() {
        Interval subsidy = (Interval) ParamInfo.domain(Mechanism.FINANCIAL_INCENTIVES.type(), "subsidyPerPlace");
        Param param = ParamInfo.param(Mechanism.FINANCIAL_INCENTIVES.type(), "subsidyPerPlace");
        assertEquals(param.min(), subsidy.getMin().doubleValue());
        assertEquals(param.max(), subsidy.getMax().doubleValue());
        assertTrue(subsidy.isDouble());
        Interval months = (Interval) ParamInfo.domain(Mechanism.WORK_BASED_LEARNING.type(), "apprenticeshipMonths");
        assertEquals(6L, months.getMin());
        assertTrue(ParamInfo.describe(Mechanism.FINANCIAL_INCENTIVES.type(), "subsidyPerPlace").contains("between 0 and 24"));
    }

    @Test
    void beforeARunALeverSetsTheStartingEngagement() {
        EngagementLevers levers = gui.levers();
        levers.setApprenticeships(true);
        levers.setSubsidyPerPlace(3.5);
        levers.setTrainingContracts(true);
        assertTrue(gui.scenario().engagement().workBasedLearning().apprenticeships());
        assertEquals(3.5, gui.scenario().engagement().financialIncentives().subsidyPerPlace());
        assertTrue(gui.scenario().engagement().cooperationContracts().trainingContracts());
        assertEquals(3.5, levers.getSubsidyPerPlace());
        assertEquals(scenario.engagement().mentoring(), gui.scenario().engagement().mentoring());
    }

    @Test
    void aValueOutOfRangeIsRefusedAndChangesNothing() {
        PropertyGroup incentives = EngagementLevers.groups().stream()
                .filter(g -> g.title().equals("Financial incentives")).findFirst().orElseThrow();
        PropertySubset subset = new PropertySubset(properties, incentives);
        int subsidy = incentives.names().indexOf("SubsidyPerPlace");
        assertNull(subset.setValue(subsidy, "99"));
        assertEquals(0.0, gui.scenario().engagement().financialIncentives().subsidyPerPlace());
        assertEquals(2.0, subset.setValue(subsidy, "2"));
        assertEquals(2.0, gui.scenario().engagement().financialIncentives().subsidyPerPlace());
    }

    @Test
    void everyLeverCanBeSetWithinItsRange() {
        for (PropertyGroup group : EngagementLevers.groups()) {
            PropertySubset subset = new PropertySubset(properties, group);
            for (int i = 0; i < subset.numProperties(); i++) {
                Object value = subset.getValue(i);
                Object next = value instanceof Boolean flag ? !flag
                        : subset.getDomain(i) instanceof Interval range ? range.getMax() : value;
                String text = String.valueOf(next);
                Object result = subset.setValue(i, text);
                assertNotNull(result, group.names().get(i));
                assertEquals(text, String.valueOf(subset.getValue(i)), group.names().get(i));
            }
        }
    }
}
