package org.vetsim.scenario;

/**
 * One occupation: its share of jobs, how fast its skill requirements move with technology, and
 * whether it may be learnt as an apprenticeship.
 */
@Rule(keys = "name", text = "not empty")
public record OccupationSpec(
        @Param(doc = "Name of the occupation (distinct within a scenario).") String name,
        @Param(doc = "Share of all jobs in this occupation; shares are normalised to sum to one.", min = 0.0001, max = 1)
        double employmentShare,
        @Param(doc = "Speed at which the occupation's skill requirements move, in requirement units per year (multiplied by technology.drift_multiplier).",
                unit = "per year", min = 0, max = 2)
        double techDrift,
        @Param(doc = "Whether employers of this occupation may train apprentices in it (where engagement.work_based_learning."
                + "apprenticeships allows them); false where the occupation is learnt only in full-time school-based programmes, "
                + "as Germany's health, education and social occupations are (the Schulberufssystem).", fixedAtStart = true)
        boolean apprenticeships) {

    public OccupationSpec {
        Checks.validate(OccupationSpec.class, name, employmentShare, techDrift, apprenticeships);
        Checks.require(!name.isBlank(), "name", "must not be empty");
    }
}
