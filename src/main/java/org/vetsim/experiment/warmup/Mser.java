package org.vetsim.experiment.warmup;

/**
 * The MSER truncation rule for the warm-up of a simulation output series (White 1997; White,
 * Cobb and Spratt 2000; recommended for replication means by Hoad, Robinson and Davies 2010,
 * JORS 61): drop the first {@code d} observations where {@code d} minimises the marginal
 * standard error statistic {@code MSER(d) = sum over i > d of (x_i - mean_d)^2 / (n - d)^2},
 * searching {@code d} over the first half of the series (the earliest {@code d} on the flat part
 * of the minimum, see {@link #truncation}). Given batch means (here: yearly means,
 * which also average out the school-year season), it is MSER-b with the batch as its unit.
 */
public final class Mser {
    /** How far above the least statistic a truncation may be and still count as the minimum (10%). */
    public static final double TOLERANCE = 0.10;

    private Mser() {
    }

    /** The statistic for truncating the first {@code d} values of {@code series}. */
    public static double statistic(double[] series, int d) {
        int m = series.length - d;
        if (d < 0 || m < 1) {
            throw new IllegalArgumentException("cannot truncate " + d + " of " + series.length + " values");
        }
        double mean = 0;
        for (int i = d; i < series.length; i++) {
            mean += series[i];
        }
        mean /= m;
        double squares = 0;
        for (int i = d; i < series.length; i++) {
            squares += (series[i] - mean) * (series[i] - mean);
        }
        return squares / ((double) m * m);
    }

    /**
     * The number of leading values to drop: the least {@code d} in [0, n/2] whose statistic is
     * within {@link #TOLERANCE} of the least statistic. Once the transient is over the statistic
     * is flat, and in an autocorrelated tail its global minimum can lie years later for no other
     * reason than noise; the earliest point on the flat part keeps the most data at the same
     * standard error.
     */
    public static int truncation(double[] series) {
        if (series.length < 2) {
            return 0;
        }
        double[] statistics = new double[series.length / 2 + 1];
        double least = Double.POSITIVE_INFINITY;
        for (int d = 0; d < statistics.length; d++) {
            statistics[d] = statistic(series, d);
            least = Math.min(least, statistics[d]);
        }
        for (int d = 0; d < statistics.length; d++) {
            if (statistics[d] <= least * (1 + TOLERANCE)) {
                return d;
            }
        }
        return statistics.length - 1;
    }
}
