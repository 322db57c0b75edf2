package org.vetsim.gui;

import org.junit.jupiter.api.Test;
import org.vetsim.io.scenario.ScenarioLoader;
import org.vetsim.model.Status;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The picture and its legend show a box for military service only where someone serves, and one
 * for working abroad only where someone can migrate, and one for informal work only where it is open.
 */
class StatusPoolTest {
    @Test
    void militaryServiceAndWorkingAbroadAreShownOnlyWhereSomeoneServesOrMigrates() {
        List<Status> baseline = StatusPool.shown(ScenarioLoader.load(Path.of("baseline"), List.of()));
        assertFalse(baseline.contains(Status.MILITARY_SERVICE));
        assertFalse(baseline.contains(Status.ABROAD));
        assertFalse(baseline.contains(Status.INFORMAL));
        assertEquals(Status.values().length - 3, baseline.size());
        List<Status> korea = StatusPool.shown(ScenarioLoader.load(Path.of("korea-corporate"), List.of()));
        assertTrue(korea.contains(Status.MILITARY_SERVICE));
        assertFalse(korea.contains(Status.ABROAD));
        List<Status> uzbekistan = StatusPool.shown(ScenarioLoader.load(Path.of("uzbekistan"), List.of()));
        assertTrue(uzbekistan.contains(Status.ABROAD));
        assertTrue(uzbekistan.contains(Status.INFORMAL), "Uzbekistan's young may work informally");
        List<Status> formalOnly = StatusPool.shown(ScenarioLoader.load(Path.of("uzbekistan"),
                List.of("labour_market.informal_work.earnings=0")));
        assertFalse(formalOnly.contains(Status.INFORMAL));
    }
}
