package org.vetsim.model;

/**
 * What young people see of each occupation's earnings prospects: each month, the earnings of
 * those aged 20 and over who have left education holding the occupation's vocational certificate
 * (no degree), and of those holding a degree in it as a field of study; earnings are the wage of
 * the employed and nothing for the rest, so the mean is the employment rate times the mean wage.
 * Pupils read them pooled over a year, {@code information_lag_months} old, like the paths'
 * returns ({@link TrackReturns}). Each occupation's mean counts one further leaver earning the
 * mean of all occupations (a prior of one observation), so an occupation with few or no leavers
 * looks like the average rather than like nothing; before anything is seen all look alike (1).
 */
final class OccupationReturns {
    private final double[][] certifiedSum;
    private final int[][] certifiedCount;
    private final double[][] graduateSum;
    private final int[][] graduateCount;

    OccupationReturns(int occupations, int months) {
        certifiedSum = new double[occupations][months + 1];
        certifiedCount = new int[occupations][months + 1];
        graduateSum = new double[occupations][months + 1];
        graduateCount = new int[occupations][months + 1];
    }

    /** Records this month's earnings sums and head counts of each occupation's certified leavers and graduates. */
    void record(int month, double[] certifiedEarnings, int[] certifiedLeavers, double[] graduateEarnings, int[] graduates) {
        for (int o = 0; o < certifiedSum.length; o++) {
            certifiedSum[o][month] = certifiedEarnings[o];
            certifiedCount[o][month] = certifiedLeavers[o];
            graduateSum[o][month] = graduateEarnings[o];
            graduateCount[o][month] = graduates[o];
        }
    }

    /** Mean monthly earnings of each occupation's certified leavers, as perceived in {@code month} with information {@code lag} months old. */
    double[] certified(int month, int lag) {
        return perceived(certifiedSum, certifiedCount, month, lag);
    }

    /** Mean monthly earnings of each field's degree holders, as perceived. */
    double[] graduates(int month, int lag) {
        return perceived(graduateSum, graduateCount, month, lag);
    }

    private static double[] perceived(double[][] sums, int[][] counts, int month, int lag) {
        int n = sums.length;
        int end = month - 1 - lag;
        double[] sum = new double[n];
        long[] count = new long[n];
        double allSum = 0;
        long allCount = 0;
        for (int o = 0; o < n; o++) {
            for (int m = Math.max(0, end - 11); m <= end; m++) {
                sum[o] += sums[o][m];
                count[o] += counts[o][m];
            }
            allSum += sum[o];
            allCount += count[o];
        }
        double[] mean = new double[n];
        if (allCount == 0 || allSum <= 0) {
            java.util.Arrays.fill(mean, 1.0);
            return mean;
        }
        double prior = allSum / allCount;
        for (int o = 0; o < n; o++) {
            mean[o] = (sum[o] + prior) / (count[o] + 1);
        }
        return mean;
    }
}
