package org.vetsim.scenario;

/**
 * Track choice at the end of lower-secondary school and the general (academic) track.
 * A young person weighs vocational against general education by ability and a system-wide
 * propensity, then picks an occupation by its perceived prospects (a logit choice).
 */
public record EducationSettings(
        @Param(doc = "Propensity to choose vocational education at average ability; the logit intercept of the VET-versus-general choice is log(p/(1-p)).",
                min = 0.01, max = 0.99)
        double vetPreference,
        @Param(doc = "How strongly higher ability pulls towards the general track (logit slope per standard deviation of ability).", min = 0, max = 10)
        double abilityTowardsGeneral,
        @Param(doc = "How strongly perceived prospects (jobs per qualified job seeker) steer the choice of occupation (logit sensitivity).", min = 0, max = 50)
        double prospectSensitivity,
        @Param(doc = "Age of the labour-market information young people act on when they choose an occupation.", unit = "months", min = 0, max = 120)
        int informationLagMonths,
        @Param(doc = "Length of the general upper-secondary track.", unit = "months", min = 6, max = 72)
        int generalMonths,
        @Param(doc = "Share of general-track graduates, at the top of the ability distribution, who go on to higher education.", min = 0, max = 1)
        double higherEducationShare,
        @Param(doc = "Length of higher education.", unit = "months", min = 12, max = 96)
        int higherEducationMonths,
        @Param(doc = "Monthly gain of general skill in general or higher education, as a share of the distance to the person's ceiling.",
                unit = "per month", min = 0, max = 1)
        double generalLearningRate) {

    public EducationSettings {
        Checks.validate(EducationSettings.class, vetPreference, abilityTowardsGeneral, prospectSensitivity, informationLagMonths, generalMonths, higherEducationShare, higherEducationMonths, generalLearningRate);
    }
}
