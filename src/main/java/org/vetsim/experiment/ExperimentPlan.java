package org.vetsim.experiment;

import java.util.Arrays;
import java.util.List;

/**
 * Everything that determines an experiment's outputs, saved as {@code plan.json} before any run
 * starts: the arms, the replications and their seeds, the months and metrics recorded and
 * analysed. Outputs are assembled from the plan and the run records alone, so one whole run, a
 * resumed one and merged shards give the same files. The plan holds nothing about how the runs
 * were scheduled (threads, shards).
 *
 * @param format version of this layout
 * @param kind {@code compare} or {@code sweep}
 * @param arms the scenarios or design points
 * @param replications replications of every arm
 * @param masterSeed the seed all replication seeds are derived from
 * @param seeds the seed of each replication, shared by every arm (common random numbers)
 * @param outputMonths output months of every run
 * @param recorded metric columns kept in each run record
 * @param metrics metric columns analysed, charted and reported
 * @param atYears output years at which a comparison also reports the metrics
 * @param gzip whether {@code timeseries.csv} is compressed
 * @param sweep how a sweep's design was built (null for a comparison)
 */
public record ExperimentPlan(int format, String kind, List<Arm> arms, int replications, long masterSeed,
                             List<Long> seeds, int outputMonths, List<String> recorded, List<String> metrics,
                             List<Integer> atYears, boolean gzip, SweepSpec sweep) {
    /** The current {@link #format}. */
    public static final int FORMAT = 1;

    public ExperimentPlan {
        arms = List.copyOf(arms);
        seeds = List.copyOf(seeds);
        recorded = List.copyOf(recorded);
        metrics = List.copyOf(metrics);
        atYears = List.copyOf(atYears);
        if (seeds.size() != replications) {
            throw new IllegalArgumentException(replications + " replications but " + seeds.size() + " seeds");
        }
    }

    /** A plan with seeds derived from {@code masterSeed} for {@code replications} replications. */
    public static ExperimentPlan of(String kind, List<Arm> arms, int replications, long masterSeed, int outputMonths,
                                    List<String> recorded, List<String> metrics, List<Integer> atYears, boolean gzip,
                                    SweepSpec sweep) {
        List<Long> seeds = Arrays.stream(SeedSequence.seeds(masterSeed, replications)).boxed().toList();
        return new ExperimentPlan(FORMAT, kind, arms, replications, masterSeed, seeds, outputMonths, recorded,
                metrics, atYears, gzip, sweep);
    }

    /** This plan with another number of replications (the seeds of the first ones unchanged). */
    public ExperimentPlan withReplications(int count) {
        return of(kind, arms, count, masterSeed, outputMonths, recorded, metrics, atYears, gzip, sweep);
    }

    /** Whether {@code other} is the same experiment, perhaps with another number of replications. */
    public boolean sameExperiment(ExperimentPlan other) {
        return withReplications(other.replications).equals(other);
    }

    /** The seed of replication {@code r}. */
    public long seed(int replication) {
        return seeds.get(replication);
    }

    /** Position of a run in run order: replication by replication, arm by arm within each. */
    public long position(int arm, int replication) {
        return (long) replication * arms.size() + arm;
    }
}
