package org.vetsim.experiment.warmup;

import org.vetsim.experiment.ExperimentMetrics;
import org.vetsim.experiment.chart.BandChart;
import org.vetsim.io.output.AtomicFiles;
import org.vetsim.metrics.Metric;
import org.vetsim.io.output.Column;
import org.vetsim.io.output.Columns;
import org.vetsim.io.output.CsvWriter;
import org.vetsim.io.output.DataPackage;
import org.vetsim.io.output.Numbers;
import org.vetsim.io.output.Table;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The files of {@code vetsim warmup}: {@code warmup.csv} (per year and metric the mean over
 * replications, its 95% CI and Welch's moving average), one chart per metric with the truncation
 * point marked, {@code report.md} with the truncation of each metric and the recommendation, and
 * {@code datapackage.json} describing the CSV file.
 */
public final class WarmupFiles {
    private WarmupFiles() {
    }

    /** The file of yearly means per metric. */
    public static final String FILE = "warmup.csv";

    /** Writes every file of {@code result} into {@code folder}. */
    public static void write(Path folder, WarmupAnalysis.Result result) throws IOException {
        Table table = table(result);
        writeCsv(folder.resolve(FILE), table, result);
        new DataPackage("warmup", "Warm-up analysis of scenario " + result.scenario().name()).add(table).writeTo(folder);
        for (WarmupAnalysis.MetricResult metric : result.metrics()) {
            writeChart(folder.resolve("warmup_" + metric.metric().column() + ".png"), metric);
        }
        AtomicFiles.writeString(folder.resolve("report.md"), report(result));
    }

    /** The schema of {@code warmup.csv} for the metrics of {@code result}. */
    static Table table(WarmupAnalysis.Result result) {
        return new Table(FILE, "One row per simulated year (from the initial state, no warm-up) and metric: the yearly "
                + "mean over replications with its 95% confidence interval, Welch's moving average and the metric's "
                + "MSER truncation point.", List.of(
                Column.integer("year", "years", "Simulated year from the start of the run, from 1 (there is no warm-up).", 1),
                Columns.metricName(result.metrics().stream().map(m -> m.metric().column()).toList()),
                Column.number("mean", "", "Mean over replications of the metric's yearly mean, in the metric's unit."),
                Column.number("ci_low", "", "Lower end of the 95% t confidence interval of the mean."),
                Column.number("ci_high", "", "Upper end of the 95% t confidence interval of the mean."),
                Column.number("welch_average", "", "Welch's moving average of the mean over "
                        + (2 * WarmupAnalysis.WELCH_WINDOW + 1) + " years, centred, shrinking at the ends."),
                Column.integer("truncation_years", "years", "Years to drop before the metric is stationary (MSER rule); "
                        + "the same on every row of the metric.", 0)));
    }

    private static void writeCsv(Path file, Table table, WarmupAnalysis.Result result) throws IOException {
        AtomicFiles.write(file, out -> {
            CsvWriter csv = new CsvWriter(out, table);
            for (WarmupAnalysis.MetricResult metric : result.metrics()) {
                for (int y = 0; y < metric.mean().length; y++) {
                    csv.row(Integer.toString(y + 1), metric.metric().column(), Numbers.csv(metric.mean()[y]),
                            Numbers.csv(metric.ciLow()[y]), Numbers.csv(metric.ciHigh()[y]),
                            Numbers.csv(metric.welch()[y]), Integer.toString(metric.truncationYears()));
                }
            }
            csv.flush();
        });
    }

    private static void writeChart(Path file, WarmupAnalysis.MetricResult metric) throws IOException {
        int years = metric.mean().length;
        double[] x = new double[years];
        double[] none = new double[years];
        double[] low = new double[years];
        double[] high = new double[years];
        for (int y = 0; y < years; y++) {
            x[y] = y + 1;
            none[y] = Double.NaN;
            low[y] = metric.metric().bounds().clamp(metric.ciLow()[y]);
            high[y] = metric.metric().bounds().clamp(metric.ciHigh()[y]);
        }
        String title = ExperimentMetrics.title(metric.metric()) + (metric.atSearchLimit() ? ": not settled by year " : ": stationary after ")
                + metric.truncationYears() + (metric.atSearchLimit() ? " (MSER's search limit)" : " years (MSER)");
        Metric m = metric.metric();
        BandChart.write(file, title, "Simulated year (no warm-up)", ExperimentMetrics.chartLabel(m), List.of(
                new BandChart.Series("Yearly mean over replications (95% CI)", x, ExperimentMetrics.forChart(m, metric.mean()),
                        ExperimentMetrics.forChart(m, low), ExperimentMetrics.forChart(m, high)),
                new BandChart.Series("Welch moving average (" + (2 * WarmupAnalysis.WELCH_WINDOW + 1) + " years)", x,
                        ExperimentMetrics.forChart(m, metric.welch()), none, none)),
                metric.truncationYears() + 0.5, metric.atSearchLimit() ? "end of MSER's search" : "end of warm-up");
    }

    static String report(WarmupAnalysis.Result result) {
        WarmupAnalysis.Settings settings = result.settings();
        int configured = result.scenario().simulation().warmupYears();
        StringBuilder md = new StringBuilder();
        md.append("# Warm-up of ").append(result.scenario().name()).append("\n\n");
        md.append(String.format("Runs from the initial state without a warm-up: %d replications of %d years, master seed %d; "
                        + "reforms removed; business cycle %s. Per metric, the yearly means are averaged over replications "
                        + "and the MSER rule (White 1997) gives the years to drop; the charts add Welch's moving average "
                        + "(%d years).%n%n", settings.replications(), settings.years(), settings.seed(),
                settings.keepCycle() ? "kept as in the scenario" : "switched off", 2 * WarmupAnalysis.WELCH_WINDOW + 1));
        md.append("| metric | stationary after (years) | stationary mean | chart |\n|---|---:|---:|---|\n");
        for (WarmupAnalysis.MetricResult metric : result.metrics()) {
            md.append(String.format("| `%s` | %s%d | %s | [png](warmup_%s.png) |%n", metric.metric().column(),
                    metric.atSearchLimit() ? "at least " : "", metric.truncationYears(),
                    metric.atSearchLimit() ? "not settled" : Numbers.brief(metric.stationaryMean()), metric.metric().column()));
        }
        int recommended = result.recommendedYears();
        if (!result.conclusive()) {
            md.append(String.format("%nRecommended warm-up: **at least %d years**; the probe cannot judge it: MSER searches "
                    + "the first half of the probe's %d years, the youth window alone takes %d years to fill and settle, "
                    + "and a metric whose truncation reached that half may still be settling: %s. The scenario's "
                    + "`simulation.warmup_years` is %d.%n", result.lowerBoundYears(), result.settings().years(),
                    result.scenario().neededWarmupYears(), result.longerProbeAdvice(), configured));
            return md.toString();
        }
        md.append(String.format("%nRecommended warm-up: **%d years** (the latest of the truncation points). "
                + "The scenario's `simulation.warmup_years` is %d: %s.%n", recommended, configured,
                configured >= recommended ? "long enough" : "**shorter than the model needs**; raise it to at least " + recommended));
        return md.toString();
    }
}
