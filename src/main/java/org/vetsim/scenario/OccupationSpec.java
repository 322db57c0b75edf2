package org.vetsim.scenario;

/**
 * One occupation: its share of jobs and how fast its skill requirements move with technology.
 */
@Rule(keys = "name", text = "not empty")
public record OccupationSpec(
        @Param(doc = "Name of the occupation (distinct within a scenario).") String name,
        @Param(doc = "Share of all jobs in this occupation; shares are normalised to sum to one.", min = 0.0001, max = 1)
        double employmentShare,
        @Param(doc = "Speed at which the occupation's skill requirements move, in requirement units per year (multiplied by technology.drift_multiplier).",
                unit = "per year", min = 0, max = 2)
        double techDrift) {

    public OccupationSpec {
        Checks.validate(OccupationSpec.class, name, employmentShare, techDrift);
        Checks.require(!name.isBlank(), "name", "must not be empty");
    }
}
