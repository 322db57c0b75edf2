package org.vetsim.experiment;

import java.util.List;

/**
 * One arm of an experiment: a scenario of a comparison or a point of a sweep design.
 *
 * @param label name in the outputs (the scenario's name, or the design point's number)
 * @param description what the arm is, in words
 * @param source the scenario file it was loaded from
 * @param scenarioHash SHA-256 of the fully resolved scenario, so a resumed or merged experiment
 *                     can tell that the inputs did not change
 * @param overrides the {@code key=value} overrides of a design point (empty for a comparison)
 */
public record Arm(String label, String description, String source, String scenarioHash, List<String> overrides) {
    public Arm {
        overrides = List.copyOf(overrides);
    }
}
