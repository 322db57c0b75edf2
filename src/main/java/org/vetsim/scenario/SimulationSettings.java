package org.vetsim.scenario;

/**
 * Length of a run. One tick is one month; the warm-up months run the model from its initial
 * state to a settled one and are not written to the output.
 */
public record SimulationSettings(
        @Param(doc = "Simulated years written to the output, after the warm-up.", unit = "years", min = 1, max = 200)
        int years,
        @Param(doc = "Years simulated before output starts, so that every age in the youth window has passed through the education system.",
                unit = "years", min = 0, max = 50)
        int warmupYears,
        @Param(doc = "Seed used when the command line gives none.", min = 0)
        long seed) {

    public SimulationSettings {
        Checks.validate(SimulationSettings.class, years, warmupYears, seed);
    }

    /** Months written to the output. */
    public int outputMonths() {
        return years * 12;
    }

    /** Months simulated in all, warm-up included. */
    public int totalMonths() {
        return (years + warmupYears) * 12;
    }

    SimulationSettings withYears(int newYears) {
        return new SimulationSettings(newYears, warmupYears, seed);
    }
}
