package org.vetsim.gui;

import org.junit.jupiter.api.Test;
import org.vetsim.io.scenario.ScenarioLoader;
import org.vetsim.model.Status;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The picture and its legend show a box for military service only where someone serves. */
class StatusPoolTest {
    @Test
    void militaryServiceIsShownOnlyWhereSomeoneServes() {
        List<Status> baseline = StatusPool.shown(ScenarioLoader.load(Path.of("baseline"), List.of()));
        assertFalse(baseline.contains(Status.MILITARY_SERVICE));
        assertEquals(Status.values().length - 1, baseline.size());
        assertTrue(StatusPool.shown(ScenarioLoader.load(Path.of("korea-corporate"), List.of())).contains(Status.MILITARY_SERVICE));
    }
}
