package org.vetsim.experiment.compare;

import org.vetsim.experiment.ExperimentPlan;
import org.vetsim.io.output.Column;
import org.vetsim.io.output.Columns;
import org.vetsim.io.output.CsvWriter;
import org.vetsim.io.output.Numbers;
import org.vetsim.io.output.Table;
import org.vetsim.experiment.stats.PairedDifference;
import org.vetsim.experiment.stats.Summary;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Writes {@code comparison.csv}: one tidy row per metric, window and scenario. */
final class ComparisonCsv {
    static final String FILE = "comparison.csv";
    private static final String REFERENCE_ROWS = " Empty on the reference's rows.";

    private ComparisonCsv() {
    }

    /** The schema of the file for the metrics of {@code plan}. */
    static Table table(ExperimentPlan plan) {
        return new Table(FILE, "One row per metric, window and scenario: the scenario's mean over replications and, "
                + "for the other scenarios, the paired difference to the reference (the first scenario) with its tests.",
                List.of(Columns.metricName(plan.metrics()),
                        Column.text("window", "What each run's monthly values are averaged over: end (the last 12 output "
                                + "months), horizon (all output months) or year_Y (the 12 months of output year Y)."),
                        Column.text("scenario", "Scenario name."),
                        Column.text("reference", "Name of the reference (first) scenario."),
                        Column.integer("n", "", "Completed runs of the scenario in which the metric is defined over the window "
                                + "(a rate over events that never occurred in a run, such as a training cost where nobody "
                                + "trains, is undefined there and left out); 0 when it is defined in none, and mean is empty.", 0),
                        number("mean", "Mean over replications of the window mean, in the metric's unit."),
                        number("sd", "Standard deviation (n - 1) over replications of the window mean."),
                        number("ci_low", "Lower end of the 95% t confidence interval of the mean."),
                        number("ci_high", "Upper end of the 95% t confidence interval of the mean."),
                        Column.integer("pairs", "", "Replications completed by both the scenario and the reference, with the metric "
                                + "defined in both."
                                + REFERENCE_ROWS, 0),
                        number("diff_mean", "Mean of the paired differences (scenario minus reference)." + REFERENCE_ROWS),
                        number("diff_sd", "Standard deviation of the paired differences." + REFERENCE_ROWS),
                        number("diff_ci_low", "Lower end of the 95% t confidence interval of the mean difference." + REFERENCE_ROWS),
                        number("diff_ci_high", "Upper end of the 95% t confidence interval of the mean difference." + REFERENCE_ROWS),
                        number("t", "Paired t statistic; empty when all differences are equal." + REFERENCE_ROWS),
                        probability("p_t", "Two-sided p-value of the paired t-test." + REFERENCE_ROWS),
                        probability("p_t_holm", "p_t Holm-adjusted over the comparisons with the reference for this metric "
                                + "and window." + REFERENCE_ROWS),
                        number("wilcoxon_v", "Wilcoxon signed-rank statistic V: the sum of the ranks of the positive "
                                + "differences." + REFERENCE_ROWS).within(0.0, null),
                        Column.integer("wilcoxon_nonzero", "", "Non-zero differences used by the signed-rank test."
                                + REFERENCE_ROWS, 0),
                        Column.oneOf("wilcoxon_method", "How the signed-rank p-value was found: exact, normal "
                                + "(approximation with tie and continuity corrections) or all_zero (every difference zero: "
                                + "p = 1)." + REFERENCE_ROWS, List.of("exact", "normal", "all_zero")),
                        probability("p_wilcoxon", "Two-sided p-value of the Wilcoxon signed-rank test." + REFERENCE_ROWS),
                        probability("p_wilcoxon_holm", "p_wilcoxon Holm-adjusted as p_t_holm." + REFERENCE_ROWS),
                        number("cohens_dz", "Cohen's d_z: the mean difference over the standard deviation of the "
                                + "differences; empty when that is 0." + REFERENCE_ROWS)));
    }

    private static Column number(String name, String description) {
        return Column.number(name, "", description);
    }

    private static Column probability(String name, String description) {
        return Column.number(name, "probability", description).within(0.0, 1.0);
    }

    static void write(OutputStream out, ExperimentPlan plan, List<ComparisonRow> rows) throws IOException {
        Table table = table(plan);
        CsvWriter csv = new CsvWriter(out, table);
        int width = table.columns().size();
        for (ComparisonRow row : rows) {
            Summary s = row.summary();
            List<String> cells = new ArrayList<>(List.of(row.metric().column(), row.window().name(), row.scenario(),
                    row.reference(), Integer.toString(s.n()), Numbers.csv(s.mean()), Numbers.csv(s.sd()),
                    Numbers.csv(s.ciLow()), Numbers.csv(s.ciHigh())));
            PairedDifference p = row.paired();
            if (p == null) {
                cells.addAll(Collections.nCopies(width - cells.size(), ""));
            } else {
                Summary d = p.difference();
                boolean paired = d.n() > 0;
                cells.addAll(List.of(Integer.toString(d.n()), Numbers.csv(d.mean()), Numbers.csv(d.sd()),
                        Numbers.csv(d.ciLow()), Numbers.csv(d.ciHigh()), Numbers.csv(p.t()), Numbers.csv(p.pT()),
                        Numbers.csv(row.pTHolm()), paired ? Numbers.csv(p.wilcoxon().statistic()) : "",
                        paired ? Integer.toString(p.wilcoxon().nonZero()) : "", paired ? p.wilcoxon().method().label() : "",
                        paired ? Numbers.csv(p.wilcoxon().p()) : "", Numbers.csv(row.pWilcoxonHolm()), Numbers.csv(p.cohensDz())));
            }
            csv.row(cells);
        }
        csv.flush();
    }
}
