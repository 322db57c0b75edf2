package org.vetsim.experiment.stats;

import org.apache.commons.math3.stat.inference.TTest;

/**
 * A paired comparison of a treatment with a reference over the same replications (common
 * random numbers): the mean difference with its t confidence interval, the paired t-test and
 * the Wilcoxon signed-rank test, and Cohen's d_z (mean difference over the standard deviation
 * of the differences).
 *
 * <p>When every difference is the same the t statistic is undefined: the p-value is then 1 if
 * the differences are all zero and 0 otherwise (a difference without any noise), and d_z is NaN.
 *
 * @param difference summary of treatment minus reference, replication by replication
 * @param t paired t statistic (NaN when undefined)
 * @param pT two-sided p-value of the paired t-test
 * @param wilcoxon the Wilcoxon signed-rank test of the differences
 * @param cohensDz standardised mean difference for paired data
 */
public record PairedDifference(Summary difference, double t, double pT, SignedRankTest.Result wilcoxon,
                               double cohensDz) {

    /**
     * Compares {@code treatment[i]} with {@code reference[i]} for each replication i where both
     * are defined (a replication in which either value is undefined, NaN, is left out).
     */
    public static PairedDifference of(double[] treatment, double[] reference) {
        if (treatment.length != reference.length) {
            throw new IllegalArgumentException("paired samples differ in length: "
                    + treatment.length + " and " + reference.length);
        }
        int defined = 0;
        for (int i = 0; i < treatment.length; i++) {
            defined += Double.isNaN(treatment[i]) || Double.isNaN(reference[i]) ? 0 : 1;
        }
        if (defined < treatment.length) {
            double[] t = new double[defined];
            double[] r = new double[defined];
            for (int i = 0, k = 0; i < treatment.length; i++) {
                if (!Double.isNaN(treatment[i]) && !Double.isNaN(reference[i])) {
                    t[k] = treatment[i];
                    r[k++] = reference[i];
                }
            }
            return of(t, r);
        }
        double[] d = new double[treatment.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = treatment[i] - reference[i];
        }
        Summary summary = Summary.of(d);
        SignedRankTest.Result wilcoxon = SignedRankTest.test(d);
        if (d.length < 2) {
            return new PairedDifference(summary, Double.NaN, Double.NaN, wilcoxon, Double.NaN);
        }
        if (summary.sd() == 0) {
            double p = summary.mean() == 0 ? 1.0 : 0.0;
            return new PairedDifference(summary, Double.NaN, p, wilcoxon, Double.NaN);
        }
        TTest tTest = new TTest();
        double t = tTest.pairedT(treatment, reference);
        double p = tTest.pairedTTest(treatment, reference);
        return new PairedDifference(summary, t, p, wilcoxon, summary.mean() / summary.sd());
    }
}
