package org.vetsim.calibration;

import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.vetsim.experiment.ReplicationRunner;
import org.vetsim.experiment.RunProgress;
import org.vetsim.io.scenario.ScenarioLoader;
import org.vetsim.metrics.DefinedMean;
import org.vetsim.metrics.MonthReport;
import org.vetsim.model.VetModel;
import org.vetsim.scenario.Scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Runs each country preset over several seeds and sets the simulated value of every structural
 * target (the mean over seeds of the mean over the last five output years, or all years if fewer;
 * of the year a target names, for a preset with a reform history) beside the published figure and
 * its tolerance band, with the standard error of that mean over seeds. Worlds drawn from different
 * seeds differ lastingly (a preset's few large employers hold much of its training, each with its
 * own lasting costs), so a firm-level target can differ between seeds by more than it moves over
 * the years of one run; the standard error says how far the band decision rests on the seeds drawn.
 * The seeds of a preset run in parallel ({@link ReplicationRunner}); the result does not depend on
 * the number of threads.
 */
public final class CalibrationReport {
    /**
     * One row of the report: the simulated value and its standard error over seeds (NaN with fewer
     * than two seeds where the target is defined).
     */
    public record Row(CalibrationTarget target, double simulated, double standardError) {
        /** A row without a standard error (one seed, or a value set by hand). */
        public Row(CalibrationTarget target, double simulated) {
            this(target, simulated, Double.NaN);
        }

        public boolean withinBand() {
            return simulated >= target.low() && simulated <= target.high();
        }

        /**
         * Whether the band decision rests on the seeds drawn: the simulated value lies within two
         * standard errors of an edge of the band (false without a standard error).
         */
        public boolean nearEdge() {
            double margin = 2 * standardError;
            double distance = Math.min(Math.abs(simulated - target.low()), Math.abs(simulated - target.high()));
            return Double.isFinite(margin) && distance < margin;
        }
    }

    private final int seeds;
    private final int years;
    private final int youngPeople;
    private final int threads;

    /** Seeds per preset of `./vetsim calibration` and its report. */
    public static final int DEFAULT_SEEDS = 6;
    /** Output years per run of `./vetsim calibration`. */
    public static final int DEFAULT_YEARS = 10;
    /** Youth population per run of `./vetsim calibration`. */
    public static final int DEFAULT_YOUNG_PEOPLE = 20_000;

    /** A report over {@code seeds} seeds per preset, run on as many threads as there are processors. */
    public CalibrationReport(int seeds, int years, int youngPeople) {
        this(seeds, years, youngPeople, Runtime.getRuntime().availableProcessors());
    }

    /** A report over {@code seeds} seeds per preset, run on {@code threads} threads. */
    public CalibrationReport(int seeds, int years, int youngPeople, int threads) {
        this.seeds = seeds;
        this.years = years;
        this.youngPeople = youngPeople;
        this.threads = ReplicationRunner.checkThreads(threads);
    }

    /** Computes the rows for the targets of the given presets (all presets if empty). */
    public List<Row> compute(List<String> presets) {
        Map<String, List<CalibrationTarget>> byPreset = new LinkedHashMap<>();
        for (CalibrationTarget target : CalibrationTargets.all()) {
            if (presets.isEmpty() || presets.contains(target.preset())) {
                byPreset.computeIfAbsent(target.preset(), p -> new ArrayList<>()).add(target);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (var entry : byPreset.entrySet()) {
            int needed = entry.getValue().stream().mapToInt(CalibrationTarget::outputYear).max().orElse(0);
            Scenario scenario = ScenarioLoader.load(Path.of(entry.getKey()), List.of())
                    .withYoungPeople(youngPeople).withYears(Math.max(years, needed));
            List<CalibrationTarget> targets = entry.getValue();
            List<Callable<double[]>> runs = new ArrayList<>();
            for (int s = 0; s < seeds; s++) {
                long seed = scenario.simulation().seed() + s;
                runs.add(() -> simulated(run(scenario, seed), targets));
            }
            List<double[]> bySeed = new ReplicationRunner(threads, RunProgress.NONE).run(runs);
            for (int i = 0; i < targets.size(); i++) {
                double[] values = new double[seeds];
                for (int s = 0; s < seeds; s++) {
                    values[s] = bySeed.get(s)[i];
                }
                rows.add(new Row(targets.get(i), DefinedMean.of(values), standardError(values)));
            }
        }
        return rows;
    }

    private static List<MonthReport> run(Scenario scenario, long seed) {
        List<MonthReport> reports = new ArrayList<>();
        VetModel model = new VetModel(scenario, seed);
        model.addListener(reports::add);
        model.runToEnd();
        return reports;
    }

    /** Each target's statistic ({@link #simulated(List, CalibrationTarget)}) from one run's reports. */
    private static double[] simulated(List<MonthReport> reports, List<CalibrationTarget> targets) {
        double[] values = new double[targets.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = simulated(reports, targets.get(i));
        }
        return values;
    }

    /**
     * The standard error of the mean of the defined {@code values}: their sample standard deviation
     * over the square root of their number (NaN with fewer than two).
     */
    static double standardError(double[] values) {
        double[] defined = Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
        if (defined.length < 2) {
            return Double.NaN;
        }
        return new StandardDeviation().evaluate(defined) / Math.sqrt(defined.length);
    }

    /**
     * The target's statistic over its output year, or over the last five output years for a
     * steady state, from the months where the metric is defined (NaN if it is defined in none):
     * their mean (of the reference month's values alone, for a stock counted at a reference date),
     * or the range of their mean monthly profile.
     */
    static double simulated(List<MonthReport> reports, CalibrationTarget target) {
        int from = target.outputYear() > 0 ? 12 * (target.outputYear() - 1) : Math.max(0, reports.size() - 60);
        int to = target.outputYear() > 0 ? 12 * target.outputYear() : reports.size();
        double[] months = new double[to - from];
        for (int i = from; i < to; i++) {
            MonthReport report = reports.get(i);
            boolean read = target.reads(report.calendarMonth());
            months[i - from] = read ? report.value(target.metric()) : Double.NaN;
        }
        return switch (target.statistic()) {
            case MEAN -> DefinedMean.of(months);
            case WITHIN_YEAR_RANGE -> withinYearRange(months, reports.get(from).month());
        };
    }

    /**
     * The highest less the lowest month of the mean monthly profile of {@code months}, whose first
     * value is of output month {@code firstMonth}: each month of the school year averaged over the
     * years where defined (NaN if some month of the year is undefined throughout).
     */
    static double withinYearRange(double[] months, int firstMonth) {
        double highest = Double.NEGATIVE_INFINITY;
        double lowest = Double.POSITIVE_INFINITY;
        for (int m = 0; m < 12; m++) {
            int offset = Math.floorMod(m - (firstMonth - 1), 12);
            double[] same = new double[(months.length - offset + 11) / 12];
            for (int i = offset, k = 0; i < months.length; i += 12, k++) {
                same[k] = months[i];
            }
            double mean = DefinedMean.of(same);
            if (Double.isNaN(mean)) {
                return Double.NaN;
            }
            highest = Math.max(highest, mean);
            lowest = Math.min(lowest, mean);
        }
        return highest - lowest;
    }

    /**
     * The rows as a Markdown table, with the settings used. A target with a known reason
     * ({@link KnownMisses}) shows it in one line
     * whether it is out of its band (known) or in it (a caveat: a target at its band's edge, in or
     * out by noise, or in band for a reason other than the mechanism it measures), with the number
     * of the note under the table that gives the full account.
     */
    public String markdown(List<Row> rows) {
        StringBuilder md = new StringBuilder();
        long met = rows.stream().filter(Row::withinBand).count();
        long metNearEdge = rows.stream().filter(r -> r.withinBand() && r.nearEdge()).count();
        long missedNearEdge = rows.stream().filter(r -> !r.withinBand() && r.nearEdge()).count();
        md.append(String.format(Locale.ROOT, "Calibration: %d seed%s, %d output year%s, %d young people; "
                + "simulated = mean over seeds of the mean over %s "
                + "(over the year named, where a target describes one year of a reform history; for a within-year "
                + "range, the highest less the lowest month of the mean monthly profile over those years; for a stock "
                + "counted at a reference date, the mean of the model's stock at the ends of the calendar months that "
                + "date falls at or between)", seeds, seeds == 1 ? "" : "s", years, years == 1 ? "" : "s", youngPeople,
                years > 5 ? "the last five output years" : "all output years"));
        if (seeds > 1) {
            md.append("; its standard error over seeds follows it (s.e.: their standard deviation over the square root of "
                    + "their number): worlds drawn from different seeds differ lastingly, most in the firm-level targets, "
                    + "since a preset's few large employers hold much of its training");
        }
        md.append(String.format(Locale.ROOT, ". %d of %d targets in band", met, rows.size()));
        if (seeds > 1) {
            md.append(String.format(Locale.ROOT, "; %d of those in band and %d of those out lie within two standard errors "
                    + "of an edge (marked *), so that other seeds could decide them otherwise", metNearEdge, missedNearEdge));
        }
        md.append(".\n\n");
        md.append("| preset | metric | year | target | band | simulated | in band | source |\n|---|---|---|---|---|---|---|---|\n");
        var misses = KnownMisses.all();
        List<String> notes = new ArrayList<>();
        List<List<String>> noteTargets = new ArrayList<>();
        for (Row row : rows) {
            CalibrationTarget t = row.target();
            String key = t.key();
            KnownMisses.KnownMiss miss = misses.get(key);
            String known = null;
            if (miss != null) {
                String detail = miss.detail();
                if (!notes.contains(detail)) {
                    notes.add(detail);
                    noteTargets.add(new ArrayList<>());
                }
                noteTargets.get(notes.indexOf(detail)).add(t.preset() + " `" + t.metric().column() + "`" + t.statistic().label());
                known = miss.summary() + "; note " + (notes.indexOf(detail) + 1);
            }
            String edge = row.nearEdge() ? "*" : "";
            String inBand = row.withinBand() ? (known != null ? "yes" + edge + " (caveat: " + known + ")" : "yes" + edge)
                    : known != null ? "**no**" + edge + " (known: " + known + ")" : "**no**" + edge;
            String simulated = simulatedCell(row);
            md.append(String.format(Locale.ROOT, "| %s | `%s`%s | %s | %.3f | %.3f to %.3f | %s | %s | %s |%n", t.preset(),
                    t.metric().column(), t.statistic().label(), t.when(), t.target(), t.low(), t.high(), simulated, inBand,
                    t.source()));
        }
        if (!notes.isEmpty()) {
            md.append("\n## Notes on the known misses and caveats\n\nWhat is known of each, with the measurements and how it "
                    + "moved as the model changed.\n\n");
            for (int i = 0; i < notes.size(); i++) {
                String note = notes.get(i);
                md.append(i + 1).append(". ").append(String.join(", ", noteTargets.get(i))).append(": ")
                        .append(Character.toUpperCase(note.charAt(0))).append(note.substring(1)).append(".\n");
            }
        }
        return md.toString();
    }

    /** The simulated value, with its standard error where there is one ("undefined" where it is not defined). */
    private static String simulatedCell(Row row) {
        if (Double.isNaN(row.simulated())) {
            return "undefined";
        }
        if (Double.isNaN(row.standardError())) {
            return String.format(Locale.ROOT, "%.3f", row.simulated());
        }
        return String.format(Locale.ROOT, "%.3f (s.e. %.3f)", row.simulated(), row.standardError());
    }
}
