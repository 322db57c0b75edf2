package org.vetsim.experiment.compare;

import org.vetsim.io.output.CsvWriter;
import org.vetsim.io.output.Numbers;
import org.vetsim.experiment.stats.PairedDifference;
import org.vetsim.experiment.stats.Summary;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/** Writes {@code comparison.csv}: one tidy row per metric, window and scenario. */
final class ComparisonCsv {
    static final List<String> COLUMNS = List.of("metric", "window", "scenario", "reference", "n", "mean", "sd",
            "ci_low", "ci_high", "pairs", "diff_mean", "diff_sd", "diff_ci_low", "diff_ci_high", "t", "p_t",
            "p_t_holm", "wilcoxon_v", "wilcoxon_nonzero", "wilcoxon_method", "p_wilcoxon", "p_wilcoxon_holm",
            "cohens_dz");

    private ComparisonCsv() {
    }

    static void write(OutputStream out, List<ComparisonRow> rows) throws IOException {
        CsvWriter csv = new CsvWriter(out);
        csv.row(COLUMNS);
        for (ComparisonRow row : rows) {
            Summary s = row.summary();
            List<String> cells = new ArrayList<>(List.of(row.metric().column(), row.window().name(), row.scenario(),
                    row.reference(), Integer.toString(s.n()), Numbers.csv(s.mean()), Numbers.csv(s.sd()),
                    Numbers.csv(s.ciLow()), Numbers.csv(s.ciHigh())));
            PairedDifference p = row.paired();
            if (p == null) {
                cells.addAll(java.util.Collections.nCopies(COLUMNS.size() - cells.size(), ""));
            } else {
                Summary d = p.difference();
                cells.addAll(List.of(Integer.toString(d.n()), Numbers.csv(d.mean()), Numbers.csv(d.sd()),
                        Numbers.csv(d.ciLow()), Numbers.csv(d.ciHigh()), Numbers.csv(p.t()), Numbers.csv(p.pT()),
                        Numbers.csv(row.pTHolm()), Numbers.csv(p.wilcoxon().statistic()),
                        Integer.toString(p.wilcoxon().nonZero()), p.wilcoxon().method().label(),
                        Numbers.csv(p.wilcoxon().p()), Numbers.csv(row.pWilcoxonHolm()), Numbers.csv(p.cohensDz())));
            }
            csv.row(cells);
        }
        csv.flush();
    }
}
