package org.vetsim.scenario;

/**
 * Technological change: each occupation's requirement level rises by its drift every year, and
 * skill learned at an older requirement level is worth less the further it lags behind.
 */
public record TechnologySettings(
        @Param(doc = "Multiplier on every occupation's tech_drift; 0 freezes requirements.", min = 0, max = 20, fixedAtStart = true)
        double driftMultiplier,
        @Param(doc = "Standard deviation of the random monthly step added to each occupation's requirement level.",
                unit = "requirement units", min = 0, max = 1)
        double driftNoise,
        @Param(doc = "Lag, in requirement units, at which learned skill keeps 1/e (37%) of its value: match = exp(-lag / scale).",
                unit = "requirement units", min = 0.01, max = 100, fixedAtStart = true)
        double obsolescenceScale) {

    public TechnologySettings {
        Checks.validate(TechnologySettings.class, driftMultiplier, driftNoise, obsolescenceScale);
    }

    /** This setting with another drift multiplier. */
    public TechnologySettings withDriftMultiplier(double multiplier) {
        return new TechnologySettings(multiplier, driftNoise, obsolescenceScale);
    }
}
