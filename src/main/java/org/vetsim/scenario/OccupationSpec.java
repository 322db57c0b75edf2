package org.vetsim.scenario;

/**
 * One occupation: its share of jobs, how fast its skill requirements move with technology, and
 * whether it may be learnt as an apprenticeship and in full-time school-based programmes.
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
                + "as Germany's health, education and social occupations are (the Schulberufssystem).")
        boolean apprenticeships,
        @Param(doc = "Whether colleges offer full-time school-based programmes in this occupation (school places); false where "
                + "the country trains the occupation only in firms, as Germany trains its dual occupations (an applicant no firm "
                + "takes finds no school place in them). Apprentices of the occupation still attend its programmes' part-time "
                + "classes.")
        boolean schoolBased) {

    public OccupationSpec {
        Checks.validate(OccupationSpec.class, name, employmentShare, techDrift, apprenticeships, schoolBased);
        Checks.require(!name.isBlank(), "name", "must not be empty");
    }
}
