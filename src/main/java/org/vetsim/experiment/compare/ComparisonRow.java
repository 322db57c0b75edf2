package org.vetsim.experiment.compare;

import org.vetsim.experiment.stats.PairedDifference;
import org.vetsim.experiment.stats.Summary;
import org.vetsim.experiment.stats.Window;
import org.vetsim.metrics.Metric;

/**
 * One row of {@code comparison.csv}: a scenario's metric over a window, and its paired
 * difference to the reference scenario.
 *
 * @param metric the metric
 * @param window the months averaged
 * @param arm position of the scenario (0 is the reference)
 * @param scenario the scenario's name
 * @param reference the reference scenario's name
 * @param summary the scenario's mean with its 95% interval over replications
 * @param paired the difference to the reference (null for the reference itself)
 * @param pTHolm paired t-test p-value, Holm-adjusted over the comparisons with the reference
 * @param pWilcoxonHolm Wilcoxon p-value, Holm-adjusted likewise
 */
public record ComparisonRow(Metric metric, Window window, int arm, String scenario, String reference,
                            Summary summary, PairedDifference paired, double pTHolm, double pWilcoxonHolm) {
}
