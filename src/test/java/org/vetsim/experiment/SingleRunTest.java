package org.vetsim.experiment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vetsim.io.scenario.ScenarioLoader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A single run's folder appears only when the run is complete. */
class SingleRunTest {

    @Test
    void aFailingModelLeavesNoFolder(@TempDir Path tmp) {
        Path target = tmp.resolve("run");
        SingleRun run = new SingleRun(ScenarioLoader.loadDefault(
                List.of("population.young_people=500", "simulation.years=2")), "test", 1, List.of());
        RunProgress failing = (done, total) -> {
            if (done > 30) {
                throw new IllegalStateException("interrupted");
            }
        };
        assertThrows(IllegalStateException.class, () -> run.writeTo(target, failing));
        assertFalse(Files.exists(target));
        assertFalse(Files.exists(tmp.resolve(".run.partial")));
    }
}
