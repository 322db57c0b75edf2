package org.vetsim.experiment.stats;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;

/**
 * The two-sided Wilcoxon signed-rank test of paired differences, done the way referees expect
 * (and as R's {@code wilcox.test(paired = TRUE)} does): zero differences are dropped, tied
 * absolute differences get their average rank, the p-value is exact when there are no ties and
 * fewer than {@value #EXACT_LIMIT} non-zero differences, and otherwise comes from the normal
 * approximation with tie and continuity corrections.
 *
 * <p>commons-math3's {@code WilcoxonSignedRankTest} is not used directly: it ranks zero
 * differences instead of dropping them, its exact p-value enumerates all 2^n sign patterns
 * (too slow beyond n of about 25) and assumes no ties, and its normal approximation has neither a
 * tie correction nor a continuity correction towards the mean. The exact distribution here is
 * computed by counting, in O(n^3), and checked against commons-math3 in the tests.
 */
public final class SignedRankTest {
    /** Below this many non-zero differences, and without ties, the p-value is exact. */
    public static final int EXACT_LIMIT = 50;

    private SignedRankTest() {
    }

    /** How the p-value was obtained. */
    public enum Method {
        /** Exact null distribution of the statistic. */
        EXACT,
        /** Normal approximation with tie and continuity corrections. */
        NORMAL,
        /** Every difference was zero: no evidence of a difference, p = 1. */
        ALL_ZERO;

        /** Lower-case name for CSV files. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * The outcome of one test.
     *
     * @param statistic V, the sum of the ranks of the positive differences
     * @param nonZero number of non-zero differences used
     * @param p two-sided p-value
     * @param method how {@code p} was obtained
     */
    public record Result(double statistic, int nonZero, double p, Method method) {
    }

    /** Tests whether the differences {@code d} are symmetric about zero. */
    public static Result test(double[] d) {
        double[] nonZero = java.util.Arrays.stream(d).filter(x -> x != 0).toArray();
        int n = nonZero.length;
        if (n == 0) {
            return new Result(0, 0, 1.0, Method.ALL_ZERO);
        }
        double[] abs = java.util.Arrays.stream(nonZero).map(Math::abs).toArray();
        double[] ranks = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE).rank(abs);
        double v = 0;
        for (int i = 0; i < n; i++) {
            if (nonZero[i] > 0) {
                v += ranks[i];
            }
        }
        double tieTerm = tieTerm(abs);
        if (tieTerm == 0 && n < EXACT_LIMIT) {
            return new Result(v, n, exactP((int) Math.round(v), n), Method.EXACT);
        }
        return new Result(v, n, normalP(v, n, tieTerm), Method.NORMAL);
    }

    /** Sum over groups of tied absolute values of t^3 - t (zero when there are no ties). */
    static double tieTerm(double[] abs) {
        double[] sorted = abs.clone();
        java.util.Arrays.sort(sorted);
        double term = 0;
        int i = 0;
        while (i < sorted.length) {
            int j = i;
            while (j + 1 < sorted.length && sorted[j + 1] == sorted[i]) {
                j++;
            }
            double t = j - i + 1;
            term += t * t * t - t;
            i = j + 1;
        }
        return term;
    }

    /** Exact two-sided p-value of V = v with n untied non-zero differences. */
    static double exactP(int v, int n) {
        double[] counts = nullCounts(n);
        double total = Math.pow(2, n);
        double lower = 0;
        for (int w = 0; w <= v; w++) {
            lower += counts[w];
        }
        double upper = 0;
        for (int w = v; w < counts.length; w++) {
            upper += counts[w];
        }
        return Math.min(1.0, 2 * Math.min(lower, upper) / total);
    }

    /**
     * Number of sign patterns giving each value of V under the null: the number of subsets of
     * {1..n} with each sum. Exact in doubles for n below 53.
     */
    static double[] nullCounts(int n) {
        int max = n * (n + 1) / 2;
        double[] counts = new double[max + 1];
        counts[0] = 1;
        for (int k = 1; k <= n; k++) {
            for (int w = Math.min(max, k * (k + 1) / 2); w >= k; w--) {
                counts[w] += counts[w - k];
            }
        }
        return counts;
    }

    static double normalP(double v, int n, double tieTerm) {
        double mean = n * (n + 1) / 4.0;
        double variance = n * (n + 1) * (2.0 * n + 1) / 24.0 - tieTerm / 48.0;
        double diff = v - mean;
        double corrected = diff - Math.signum(diff) * 0.5;
        if (Math.abs(diff) <= 0.5) {
            corrected = 0;
        }
        double z = corrected / Math.sqrt(variance);
        NormalDistribution normal = new NormalDistribution(null, 0, 1, NormalDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);
        return Math.min(1.0, 2 * normal.cumulativeProbability(-Math.abs(z)));
    }
}
