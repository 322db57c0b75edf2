package org.vetsim.experiment.compare;

import org.vetsim.experiment.stats.Holm;
import org.vetsim.experiment.stats.PairedDifference;
import org.vetsim.experiment.stats.Summary;
import org.vetsim.metrics.Metric;

import java.util.ArrayList;
import java.util.List;

/**
 * The statistics of a comparison: for each metric and window, each scenario's summary and its
 * paired difference to the first (reference) scenario. The family for Holm's correction is the
 * set of comparisons with the reference for one metric and window, so a metric's p-values do not
 * change with the other metrics asked for.
 */
final class ComparisonTable {
    private ComparisonTable() {
    }

    static List<ComparisonRow> compute(ComparisonData data) {
        List<ComparisonRow> rows = new ArrayList<>();
        int arms = data.plan.arms().size();
        String reference = data.plan.arms().get(0).label();
        for (int k = 0; k < data.metrics.size(); k++) {
            Metric metric = data.metrics.get(k);
            for (int w = 0; w < data.windows.size(); w++) {
                PairedDifference[] paired = new PairedDifference[arms];
                double[] pT = new double[arms - 1];
                double[] pW = new double[arms - 1];
                for (int arm = 1; arm < arms; arm++) {
                    double[][] pair = data.paired(arm, 0, k, w);
                    paired[arm] = PairedDifference.of(pair[0], pair[1]);
                    pT[arm - 1] = paired[arm].pT();
                    pW[arm - 1] = pair[0].length == 0 ? Double.NaN : paired[arm].wilcoxon().p();
                }
                double[] holmT = Holm.adjust(pT);
                double[] holmW = Holm.adjust(pW);
                for (int arm = 0; arm < arms; arm++) {
                    Summary summary = Summary.of(data.completed(arm, k, w));
                    rows.add(new ComparisonRow(metric, data.windows.get(w), arm, data.plan.arms().get(arm).label(),
                            reference, summary, paired[arm],
                            arm == 0 ? Double.NaN : holmT[arm - 1], arm == 0 ? Double.NaN : holmW[arm - 1]));
                }
            }
        }
        return rows;
    }

    /**
     * The widest half-width of the 95% intervals at the end of the horizon: of every scenario's
     * mean and every paired difference; infinite if some interval is undefined (too few runs).
     * A metric undefined in every run of a scenario (no apprentices, say) has no interval to
     * narrow and is left out.
     */
    static double widestEndHalfWidth(List<ComparisonRow> rows) {
        double widest = 0;
        for (ComparisonRow row : rows) {
            if (!row.window().name().equals("end") || row.summary().n() == 0) {
                continue;
            }
            widest = Math.max(widest, nanAsInfinite(row.summary().halfWidth()));
            if (row.paired() != null && row.paired().difference().n() > 0) {
                widest = Math.max(widest, nanAsInfinite(row.paired().difference().halfWidth()));
            }
        }
        return widest;
    }

    private static double nanAsInfinite(double value) {
        return Double.isNaN(value) ? Double.POSITIVE_INFINITY : value;
    }
}
