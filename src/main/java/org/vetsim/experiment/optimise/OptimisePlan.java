package org.vetsim.experiment.optimise;

import java.util.List;

/**
 * Everything that determines a search's outputs, saved as {@code search.json} before the first
 * run. {@code --resume} continues a search only if the plan it would make is equal to the saved
 * one; the number of threads is not part of it, since it does not change the result.
 *
 * @param format version of this layout
 * @param base the base scenario as given (file or bundled name)
 * @param baseHash SHA-256 of the fully resolved base scenario (with overrides)
 * @param overrides the {@code --set} overrides
 * @param outputMonths output months of every run
 * @param levers the {@code --lever} options, in order
 * @param reformYear the {@code --reform-year} option (empty if none)
 * @param objective e.g. {@code minimise public_cost}
 * @param constraints the {@code --subject-to} options, in order
 * @param tradeoff the second metric of a trade-off curve, e.g. {@code minimise neet_rate} (empty if none)
 * @param points searches along a trade-off curve
 * @param window the output months each metric is averaged over, e.g. {@code year_5}
 * @param replications replications per candidate while searching
 * @param finalReplications replications of the best candidates and of the base
 * @param finalists how many of the best candidates are run again
 * @param budget candidates CMA-ES asks for in each search
 * @param population CMA-ES population (0 for its default)
 * @param masterSeed the seed everything is derived from
 * @param seeds the seed of each replication
 * @param metrics the metrics reported besides those of the goal
 */
public record OptimisePlan(int format, String base, String baseHash, List<String> overrides, int outputMonths,
                           List<String> levers, String reformYear, String objective, List<String> constraints,
                           String tradeoff, int points, String window, int replications, int finalReplications,
                           int finalists, int budget, int population, long masterSeed, List<Long> seeds,
                           List<String> metrics) {
    /** The current {@link #format}. */
    public static final int FORMAT = 1;

    public OptimisePlan {
        overrides = List.copyOf(overrides);
        levers = List.copyOf(levers);
        constraints = List.copyOf(constraints);
        seeds = List.copyOf(seeds);
        metrics = List.copyOf(metrics);
    }

    /** The seeds as an array. */
    public long[] seedArray() {
        return seeds.stream().mapToLong(Long::longValue).toArray();
    }
}
