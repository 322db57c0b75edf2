package org.vetsim.scenario;

/**
 * Length of a run. One tick is one month; the warm-up months run the model from its initial
 * state to a settled one and are not written to the output.
 */
public record SimulationSettings(
        @Param(doc = "Simulated years written to the output, after the warm-up.", unit = "years", min = 1, max = 200)
        int years,
        @Param(doc = "Years simulated before output starts: the youth window fills from empty over exit_age - entry_age years and then settles (15 more years; measured with `vetsim warmup`). A shorter warm-up is allowed but warned about.",
                unit = "years", min = 0, max = 50)
        int warmupYears,
        @Param(doc = "Seed used when the command line gives none.", min = 0)
        long seed) {

    /**
     * Years after the youth window has filled until the key outcomes are about stationary: the
     * MSER truncation of {@code vetsim warmup} (24 replications of 80 years from an empty window at
     * 10,000 young people, business cycle off; 6 December 2026) came out at up to 30 simulated years
     * in three presets and 31-34 in four others (German skill mismatch 34), whose key series differ
     * from their later means by under 2% after year 30 but for German months to a first job (4%)
     * and the small, noisy training-firm shares of the United States and Korea; the United
     * Kingdom, still settling at 40, sets 50. Colleges' seats, which move a tenth of the way to
     * applications a year, follow the general-track leavers who enter VET (docs/ODD.md, section 5).
     */
    public static final int SETTLING_YEARS = 15;

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

    SimulationSettings withWarmupYears(int newWarmupYears) {
        return new SimulationSettings(years, newWarmupYears, seed);
    }
}
