package org.vetsim.experiment.compare;

import org.vetsim.experiment.ExperimentMetrics;
import org.vetsim.io.output.Numbers;
import org.vetsim.metrics.Bounds;
import org.vetsim.metrics.Metric;
import org.vetsim.experiment.stats.PairedDifference;
import org.vetsim.experiment.stats.SignedRankTest;
import org.vetsim.experiment.stats.Summary;
import org.vetsim.experiment.stats.Window;

import java.util.List;

/** The tables and the method notes of a comparison's {@code report.md}. */
final class ReportTables {
    private ReportTables() {
    }

    /**
     * One table for one window: every metric and scenario. Shares are shown as percentages and
     * their differences in percentage points, as in the headline sentences; the metric's cell
     * names the unit.
     */
    static void window(StringBuilder md, ComparisonData data, List<ComparisonRow> rows, Window window) {
        md.append("## Results: ").append(window.description()).append("\n\n");
        md.append("| metric | scenario | mean [95% CI] | difference to ").append(data.plan.arms().get(0).label())
                .append(" [95% CI] | p (t, Holm) | p (Wilcoxon, Holm) | d_z |\n");
        md.append("|---|---|---|---|---|---|---|\n");
        for (ComparisonRow row : rows) {
            if (!row.window().equals(window)) {
                continue;
            }
            Metric metric = row.metric();
            md.append("| ").append(row.arm() == 0 ? ExperimentMetrics.title(metric) + " (" + unitNote(metric) + ")" : "")
                    .append(" | ").append(CompareReport.cell(row.scenario()))
                    .append(" | ").append(mean(metric, row.summary(), data.completedRuns(row.arm())));
            PairedDifference p = row.paired();
            if (p == null) {
                md.append(" | (reference) | | | |\n");
            } else {
                double scale = isShare(metric) ? 100 : 1;
                md.append(" | ").append(interval(p.difference().mean() * scale, p.difference().ciLow() * scale,
                                p.difference().ciHigh() * scale, ""))
                        .append(" | ").append(Numbers.pValue(row.pTHolm()))
                        .append(" | ").append(Numbers.pValue(row.pWilcoxonHolm()))
                        .append(" | ").append(Numbers.brief(p.cohensDz())).append(" |\n");
            }
        }
        md.append('\n');
    }

    /**
     * The mean with its interval, and in how many of the completed runs the metric was defined
     * where that is not all of them (a rate over events some runs did not have).
     */
    private static String mean(Metric metric, Summary summary, int completedRuns) {
        if (summary.n() == 0 && completedRuns > 0) {
            return "undefined (in every run)";
        }
        boolean share = isShare(metric);
        double scale = share ? 100 : 1;
        String text = interval(summary.mean() * scale, summary.ciLow() * scale, summary.ciHigh() * scale, share ? "%" : "");
        return summary.n() < completedRuns ? text + " (defined in " + summary.n() + " of " + completedRuns + " runs)" : text;
    }

    /** The unit of a metric's row: percent, with differences in points, for a share; its own unit otherwise. */
    static String unitNote(Metric metric) {
        if (isShare(metric)) {
            return "%; differences in percentage points";
        }
        String unit = ExperimentMetrics.unit(metric);
        return unit.equals("count") ? "number" : unit;
    }

    private static boolean isShare(Metric metric) {
        return metric.bounds() == Bounds.UNIT;
    }

    private static String interval(double mean, double low, double high, String suffix) {
        return Numbers.brief(mean) + suffix + " [" + Numbers.brief(low) + suffix + ", " + Numbers.brief(high) + suffix + "]";
    }

    /** How the statistics were computed, and the files. */
    static void method(StringBuilder md) {
        md.append("## How to read the statistics\n\n");
        md.append("- Each number is first averaged within a run over the window (the last 12 months, the whole horizon ")
                .append("or one year), giving one value per replication; replications are independent.\n");
        md.append("- A rate over events a run did not have (a training cost where nobody trains, a pass rate where ")
                .append("nobody sat the exam) is undefined in that run, never 0: it is left out of the mean, which says ")
                .append("in how many runs the metric was defined, and out of the paired differences.\n");
        md.append("- Metrics on a scale from 0 to 1 (shares, rates and indices such as skill mismatch) are shown in ")
                .append("percent and their differences in percentage points; `comparison.csv` holds them from 0 to 1.\n");
        md.append("- Means carry 95% confidence intervals from the t distribution with n - 1 degrees of freedom ")
                .append("(with few replications an interval of a share can reach past 0% or 100%).\n");
        md.append("- Differences are paired: scenario minus reference within each replication (same seed). ")
                .append("Their interval is the t interval of the paired differences.\n");
        md.append("- p (t) is the two-sided paired t-test; p (Wilcoxon) the two-sided Wilcoxon signed-rank test ")
                .append("(zero differences dropped; exact below ").append(SignedRankTest.EXACT_LIMIT)
                .append(" non-zero differences without ties, otherwise the normal approximation with tie and continuity ")
                .append("corrections). Both are Holm-adjusted over the comparisons with the reference, separately for ")
                .append("each metric and window. When all differences are equal the t-test is undefined: p is reported ")
                .append("as 1 if they are all zero and 0 otherwise.\n");
        md.append("- d_z (Cohen's d for paired data) is the mean difference over the standard deviation of the ")
                .append("differences: about 0.2 is small, 0.5 medium, 0.8 large. With common random numbers it can be ")
                .append("large even for small differences, so judge relevance by the difference itself.\n\n");
        md.append("## Files\n\n");
        md.append("- `comparison.csv`: every statistic above, one row per metric, window and scenario.\n");
        md.append("- `runs.csv`: one row per run (scenario, replication, seed, status, wall time).\n");
        md.append("- `timeseries_long.csv` (or `.csv.gz`): every metric of every run and month, long format.\n");
        md.append("- `chart_*.png`: the charts; `plan.json`: the experiment plan; `runs/`: the per-run records.\n");
    }
}
