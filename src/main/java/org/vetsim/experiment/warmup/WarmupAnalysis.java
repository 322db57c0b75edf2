package org.vetsim.experiment.warmup;

import org.vetsim.experiment.ExperimentException;
import org.vetsim.experiment.ModelRun;
import org.vetsim.experiment.ReplicationRunner;
import org.vetsim.experiment.RunProgress;
import org.vetsim.experiment.RunRecord;
import org.vetsim.experiment.SeedSequence;
import org.vetsim.experiment.stats.Summary;
import org.vetsim.metrics.DefinedMean;
import org.vetsim.metrics.Metric;
import org.vetsim.scenario.Scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Finds how many years a scenario must run before its key series are stationary. The scenario is
 * run from the model's initial state without a warm-up, with its reforms removed and (unless
 * asked otherwise) the deterministic business cycle switched off, since both are meant to move
 * the outcomes; each metric's yearly means are averaged over replications; the MSER rule
 * ({@link Mser}) gives each metric's truncation point and Welch's moving average
 * ({@link WelchAverage}) its smoothed path. The recommended warm-up is the latest truncation point
 * over the metrics.
 */
public final class WarmupAnalysis {
    /** Half-width, in years, of Welch's moving average. */
    public static final int WELCH_WINDOW = 2;

    /** What to run: replications, simulated years, master seed, metrics, and whether to keep the cycle. */
    public record Settings(int replications, int years, long seed, List<Metric> metrics, boolean keepCycle,
                           int threads) {
        public Settings {
            if (replications < 2) {
                throw new ExperimentException("--replications must be at least 2 for confidence intervals, got " + replications);
            }
            if (years < 10 || years > 200) {
                throw new ExperimentException("--years must be between 10 and 200, got " + years);
            }
            metrics = List.copyOf(metrics);
        }
    }

    /** One metric: yearly means over replications with their 95% CI, Welch's average, and the truncation. */
    public record MetricResult(Metric metric, double[] mean, double[] ciLow, double[] ciHigh, double[] welch,
                               int truncationYears) {
        /**
         * Whether the truncation reached the latest point MSER searches (half the probe): the series
         * may still be settling at the end of the probe, and the truncation is a lower bound.
         */
        public boolean atSearchLimit() {
            return mean.length >= 2 && truncationYears >= mean.length / 2;
        }

        /** Mean of the yearly means after the truncation where defined: the stationary level (NaN if undefined throughout). */
        public double stationaryMean() {
            return DefinedMean.of(mean, truncationYears, mean.length);
        }
    }

    /** The whole analysis. */
    public record Result(Scenario scenario, Settings settings, List<MetricResult> metrics) {
        /** The latest truncation over the metrics, in years. */
        public int recommendedYears() {
            return metrics.stream().mapToInt(MetricResult::truncationYears).max().orElse(0);
        }

        /**
         * Whether the probe can judge the warm-up: it runs at least twice the years the youth window
         * takes to fill and settle ({@link Scenario#neededWarmupYears}, so that MSER, which searches
         * the first half, can see past it), and every metric settled within it
         * ({@link MetricResult#atSearchLimit}).
         */
        public boolean conclusive() {
            return !tooShort() && metrics.stream().noneMatch(MetricResult::atSearchLimit);
        }

        /**
         * What an inconclusive probe still shows: the recommended warm-up, or the years the youth
         * window needs where the probe is too short to see them.
         */
        public int lowerBoundYears() {
            return tooShort() ? Math.max(recommendedYears(), scenario.neededWarmupYears()) : recommendedYears();
        }

        /** Whether the probe is too short to see the youth window fill and settle, whatever the metrics show. */
        public boolean tooShort() {
            return settings.years() < 2 * scenario.neededWarmupYears();
        }

        /** What an inconclusive probe should do next, in a clause: a longer probe, or the cap reached. */
        public String longerProbeAdvice() {
            String cause = tooShort() ? "the probe is too short to see the youth window settle"
                    : "a metric was still settling at the end of the search";
            return longerProbeYears() > settings.years() ? cause + "; run --years " + longerProbeYears() + " or more"
                    : cause + " even in the longest probe (200 years)";
        }

        /** A probe long enough to judge: twice the recommended or the needed warm-up, whichever is longer, plus ten years. */
        public int longerProbeYears() {
            return Math.min(200, 2 * Math.max(recommendedYears(), scenario.neededWarmupYears()) + 10);
        }
    }

    private WarmupAnalysis() {
    }

    /**
     * The scenario as it is probed: no warm-up, {@code years} long, no reforms, the cycle off unless
     * kept, and the degree's reference following leavers' earnings (fixed at the start of output, it
     * would be fixed at a value of the filling window, which the probe is there to see settle).
     */
    public static Scenario probe(Scenario scenario, int years, boolean keepCycle) {
        Scenario probe = scenario.withWarmupYears(0).withYears(years).withReforms(List.of())
                .withEducation(scenario.education().withDegreeReferenceMonth(0));
        return keepCycle ? probe : probe.withLabourMarket(probe.labourMarket().withoutCycle());
    }

    /** Runs the analysis, reporting each finished replication to {@code progress}. */
    public static Result run(Scenario scenario, Settings settings, RunProgress progress) {
        Scenario probe = probe(scenario, settings.years(), settings.keepCycle());
        long[] seeds = SeedSequence.seeds(settings.seed(), settings.replications());
        List<Callable<RunRecord>> tasks = new ArrayList<>();
        for (int r = 0; r < seeds.length; r++) {
            int replication = r;
            tasks.add(() -> ModelRun.run(probe, 0, replication, seeds[replication], settings.metrics(), List.of()));
        }
        List<RunRecord> runs = new ReplicationRunner(settings.threads(), progress).run(tasks);
        for (RunRecord run : runs) {
            if (!run.ok()) {
                throw new ExperimentException("replication " + run.replication() + " failed: " + run.message());
            }
        }
        List<MetricResult> results = new ArrayList<>();
        for (int k = 0; k < settings.metrics().size(); k++) {
            results.add(analyse(settings.metrics().get(k), yearlyMeans(runs, k, settings.years())));
        }
        return new Result(scenario, settings, results);
    }

    /** Yearly means of metric {@code k} over the months it is defined in, one row per replication (NaN for a year without any). */
    private static double[][] yearlyMeans(List<RunRecord> runs, int k, int years) {
        double[][] means = new double[runs.size()][years];
        for (int r = 0; r < runs.size(); r++) {
            double[][] rows = runs.get(r).values();
            double[] monthly = new double[rows.length];
            for (int month = 0; month < rows.length; month++) {
                monthly[month] = rows[month][k];
            }
            for (int y = 0; y < years; y++) {
                means[r][y] = DefinedMean.of(monthly, 12 * y, Math.min(rows.length, 12 * (y + 1)));
            }
        }
        return means;
    }

    static MetricResult analyse(Metric metric, double[][] byReplication) {
        int years = byReplication[0].length;
        double[] mean = new double[years];
        double[] low = new double[years];
        double[] high = new double[years];
        for (int y = 0; y < years; y++) {
            double[] values = new double[byReplication.length];
            for (int r = 0; r < values.length; r++) {
                values[r] = byReplication[r][y];
            }
            Summary summary = Summary.of(Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray());
            mean[y] = summary.mean();
            low[y] = summary.ciLow();
            high[y] = summary.ciHigh();
        }
        return new MetricResult(metric, mean, low, high, WelchAverage.of(mean, WELCH_WINDOW), truncation(mean));
    }

    /**
     * The MSER truncation of the yearly means, and at least the leading years in which the metric
     * is undefined (before any exam, graduation or intake it counts): those years belong to the
     * warm-up. A later undefined year (rare: no replication had the events all year) carries the
     * year before forward, so that the truncation keeps counting calendar years. A metric
     * undefined throughout has no truncation (0).
     */
    static int truncation(double[] mean) {
        int undefined = 0;
        while (undefined < mean.length && Double.isNaN(mean[undefined])) {
            undefined++;
        }
        if (undefined == mean.length) {
            return 0;
        }
        double[] tail = Arrays.copyOfRange(mean, undefined, mean.length);
        for (int i = 1; i < tail.length; i++) {
            if (Double.isNaN(tail[i])) {
                tail[i] = tail[i - 1];
            }
        }
        return undefined + Mser.truncation(tail);
    }
}
