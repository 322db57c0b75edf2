package org.vetsim.experiment.compare;

import org.vetsim.experiment.Arm;
import org.vetsim.experiment.ExperimentMetrics;
import org.vetsim.experiment.ExperimentPlan;
import org.vetsim.io.output.Numbers;
import org.vetsim.experiment.stats.PairedDifference;
import org.vetsim.experiment.stats.Window;
import org.vetsim.metrics.Bounds;
import org.vetsim.metrics.Metric;

import java.util.List;

/**
 * Writes {@code report.md} for a policy analyst: what was compared and how, the headline
 * differences in words, the tables and the charts, and how to read the statistics.
 */
final class CompareReport {
    static final double ALPHA = 0.05;

    private CompareReport() {
    }

    static String write(ComparisonData data, List<ComparisonRow> rows, List<String> charts) {
        ExperimentPlan plan = data.plan;
        StringBuilder md = new StringBuilder();
        List<String> names = plan.arms().stream().map(Arm::label).toList();
        md.append("# Comparison: ").append(String.join(" vs ", names)).append("\n\n");
        setup(md, data);
        headlines(md, data, rows);
        for (Window window : data.windows) {
            ReportTables.window(md, data, rows, window);
        }
        md.append("## Charts\n\n");
        for (int k = 0; k < charts.size(); k++) {
            md.append("![").append(ExperimentMetrics.title(data.metrics.get(k))).append("](").append(charts.get(k)).append(")\n\n");
        }
        ReportTables.method(md);
        return md.toString();
    }

    private static void setup(StringBuilder md, ComparisonData data) {
        ExperimentPlan plan = data.plan;
        md.append("## What was compared\n\n");
        md.append("| scenario | role | description | file |\n|---|---|---|---|\n");
        for (int arm = 0; arm < plan.arms().size(); arm++) {
            Arm a = plan.arms().get(arm);
            md.append("| ").append(a.label()).append(" | ").append(arm == 0 ? "reference" : "compared with the reference")
                    .append(" | ").append(cell(a.description())).append(" | ").append(cell(a.source())).append(" |\n");
        }
        md.append("\nEach scenario was run ").append(plan.replications()).append(" times (replications) over ")
                .append(years(plan.outputMonths())).append(" after its warm-up. Replication r of every scenario used ")
                .append("the same random seed (common random numbers), so the scenarios differ only in their policies ")
                .append("and each difference is measured within a replication (a paired design). The seeds are derived ")
                .append("from the master seed ").append(plan.masterSeed()).append(" and listed in `runs.csv`.\n\n");
        if (data.failed() > 0) {
            md.append("**").append(data.failed()).append(" run(s) failed** and are left out (see `runs.csv`).\n\n");
        }
        md.append("Metrics compared: ");
        md.append(String.join(", ", data.metrics.stream().map(ExperimentMetrics::title).toList())).append(".\n\n");
    }

    /** Below this many replications the report warns that its paired tests rest on too few pairs. */
    static final int FEW_REPLICATIONS = 5;

    private static void headlines(StringBuilder md, ComparisonData data, List<ComparisonRow> rows) {
        md.append("## Headline differences (end of the horizon)\n\n");
        md.append("Differences are each scenario minus the reference, ").append(data.plan.arms().get(0).label())
                .append(", averaged over the last 12 months; \"clear\" means a Holm-adjusted paired t-test p-value below ")
                .append(ALPHA).append(".\n\n");
        int replications = data.plan.replications();
        if (replications < FEW_REPLICATIONS) {
            md.append("**Caution: only ").append(replications).append(replications == 1 ? " replication" : " replications")
                    .append(".** A paired t-test then has ").append(Math.max(0, replications - 1))
                    .append(" degree(s) of freedom, and with common random numbers the paired differences can agree ")
                    .append("closely by chance, so a difference may be called clear on almost no evidence (compare the ")
                    .append("Wilcoxon p-value). Run at least ").append(FEW_REPLICATIONS)
                    .append(" replications, and more for differences of a few points, before quoting one.\n\n");
        }
        for (int arm = 1; arm < data.plan.arms().size(); arm++) {
            String name = data.plan.arms().get(arm).label();
            md.append("### ").append(name).append("\n\n");
            StringBuilder unclear = new StringBuilder();
            StringBuilder undefined = new StringBuilder();
            for (ComparisonRow row : rows) {
                if (row.arm() != arm || !row.window().name().equals("end")) {
                    continue;
                }
                if (row.paired().difference().n() == 0) {
                    undefined.append(undefined.length() == 0 ? "" : "; ").append(ExperimentMetrics.title(row.metric()));
                } else if (row.pTHolm() < ALPHA) {
                    md.append("- ").append(sentence(row, rows)).append('\n');
                } else {
                    unclear.append(unclear.length() == 0 ? "" : "; ").append(ExperimentMetrics.title(row.metric()))
                            .append(" (").append(signedWithUnit(row.metric(), row.paired().difference().mean()))
                            .append(", Holm-adjusted t-test p ").append(pText(row.pTHolm())).append(")");
                }
            }
            if (unclear.length() > 0) {
                md.append("- No clear difference (more replications may show one): ").append(unclear).append(".\n");
            }
            if (undefined.length() > 0) {
                md.append("- Not comparable, undefined in one of the two in every run (a rate over events that did not ")
                        .append("occur, such as a training cost where nobody trains): ").append(undefined).append(".\n");
            }
            md.append('\n');
        }
    }

    private static String sentence(ComparisonRow row, List<ComparisonRow> rows) {
        PairedDifference p = row.paired();
        double diff = p.difference().mean();
        double reference = referenceMean(row, rows);
        Metric metric = row.metric();
        boolean share = metric.bounds() == Bounds.UNIT;
        double scale = share ? 100 : 1;
        String unit = share ? " percentage points" : ExperimentMetrics.unit(metric).equals("count") ? ""
                : " " + ExperimentMetrics.unit(metric);
        StringBuilder s = new StringBuilder("**").append(ExperimentMetrics.title(metric)).append("** is ")
                .append(diff > 0 ? "higher" : "lower").append(" by ").append(Numbers.brief(Math.abs(diff) * scale)).append(unit);
        if (reference != 0 && Double.isFinite(reference)) {
            s.append(" (reference ").append(share ? Numbers.brief(reference * 100) + "%" : Numbers.brief(reference))
                    .append(", a relative change of ").append(signed(100 * diff / reference)).append("%)");
        }
        s.append("; 95% CI of the difference ").append(Numbers.brief(p.difference().ciLow() * scale)).append(" to ")
                .append(Numbers.brief(p.difference().ciHigh() * scale)).append(unit)
                .append("; paired t-test p ").append(pText(row.pTHolm())).append(" (Holm-adjusted), Wilcoxon p ")
                .append(pText(row.pWilcoxonHolm())).append("; d_z = ").append(Numbers.brief(p.cohensDz())).append('.');
        return s.toString();
    }

    static String pText(double p) {
        String text = Numbers.pValue(p);
        return text.startsWith("<") ? text : "= " + text;
    }

    private static double referenceMean(ComparisonRow row, List<ComparisonRow> rows) {
        for (ComparisonRow other : rows) {
            if (other.arm() == 0 && other.metric() == row.metric() && other.window().equals(row.window())) {
                return other.summary().mean();
            }
        }
        return Double.NaN;
    }

    /** A difference with its sign and unit: percentage points for shares, the metric's unit otherwise. */
    private static String signedWithUnit(Metric metric, double difference) {
        boolean share = metric.bounds() == Bounds.UNIT;
        String unit = share ? " percentage points" : ExperimentMetrics.unit(metric).equals("count") ? ""
                : " " + ExperimentMetrics.unit(metric);
        return signed(share ? 100 * difference : difference) + unit;
    }

    static String signed(double value) {
        String text = Numbers.brief(value);
        return value > 0 ? "+" + text : text;
    }

    static String cell(String text) {
        return text.replace("|", "\\|").replace('\n', ' ');
    }

    private static String years(int months) {
        return months % 12 == 0 ? (months / 12) + (months == 12 ? " year" : " years") : months + " months";
    }
}
