package org.vetsim.experiment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The values a sweep's design sets by a reform are read as the scenario reads a plain scalar (YAML 1.2). */
class ReformTimelineTest {

    @Test
    void designLevelsBecomeTheReformsValuesAsTheScenarioWouldReadThem() {
        ObjectNode changes = ReformTimeline.changes(List.of("engagement.mentoring.enabled=True",
                "engagement.financial_incentives.subsidy_per_place=0.5", "education.general_months=036",
                "labour_market.quit_rate=+1e-2", "engagement.work_based_learning.internships=yes"));
        assertTrue(changes.get("mentoring.enabled").booleanValue(), "True is a boolean");
        assertEquals(0.5, changes.get("financial_incentives.subsidy_per_place").doubleValue());
        assertEquals(36, changes.get("education.general_months").intValue(), "leading zeros are decimal");
        assertEquals(0.01, changes.get("labour_market.quit_rate").doubleValue(), 1e-15);
        assertTrue(changes.get("work_based_learning.internships").isTextual(), "yes is text in YAML 1.2, as the scenario reads it");
    }
}
