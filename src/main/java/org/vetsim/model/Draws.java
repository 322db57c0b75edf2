package org.vetsim.model;

import ec.util.MersenneTwisterFast;

/** Small random-draw helpers on a model stream. */
final class Draws {
    private Draws() {
    }

    /**
     * A binomial count: exact for few trials (one draw per trial) and for small means (waiting
     * times between successes), a normal approximation only when the mean is large.
     */
    static int binomial(MersenneTwisterFast random, int n, double p) {
        if (n <= 0 || p <= 0) {
            return 0;
        }
        if (p >= 1) {
            return n;
        }
        if (n < 40) {
            int count = 0;
            for (int i = 0; i < n; i++) {
                if (random.nextDouble() < p) {
                    count++;
                }
            }
            return count;
        }
        double mean = n * p;
        if (mean < 30) {
            double logQ = Math.log1p(-p);
            int count = 0;
            long position = -1;
            while (true) {
                position += 1 + (long) Math.floor(Math.log(1.0 - random.nextDouble()) / logQ);
                if (position >= n) {
                    return count;
                }
                count++;
            }
        }
        double sd = Math.sqrt(mean * (1 - p));
        long draw = Math.round(mean + sd * random.nextGaussian());
        return (int) Math.max(0, Math.min(n, draw));
    }

    /** Rounds {@code x} up or down at random so that the expectation is {@code x}. */
    static int stochasticRound(MersenneTwisterFast random, double x) {
        double floor = Math.floor(x);
        return (int) floor + (random.nextDouble() < x - floor ? 1 : 0);
    }

    /** Shuffles {@code list} in place (Fisher-Yates) with {@code random}. */
    static <T> void shuffle(MersenneTwisterFast random, java.util.List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T tmp = list.get(i);
            list.set(i, list.get(j));
            list.set(j, tmp);
        }
    }

    /**
     * A gamma-distributed draw with {@code shape} and {@code scale} (mean shape times scale), by
     * Marsaglia and Tsang's method (2000, ACM TOMS 26(3)); a shape below 1 is drawn at shape + 1
     * and scaled by a uniform to the power 1/shape.
     */
    static double gamma(MersenneTwisterFast random, double shape, double scale) {
        if (shape < 1) {
            double u = random.nextDouble(false, false);
            return gamma(random, shape + 1, scale) * Math.pow(u, 1 / shape);
        }
        double d = shape - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = random.nextGaussian();
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = random.nextDouble(false, false);
            if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v * scale;
            }
        }
    }

    /** Logistic function. */
    static double logistic(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }

    /** Sum of {@code weights}. */
    static double total(double[] weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        return sum;
    }

    /**
     * The index chosen by the uniform draw {@code draw} (in [0, 1)) with probabilities proportional
     * to {@code weights}; the last index if rounding leaves the draw beyond the total.
     */
    static int weighted(double[] weights, double draw) {
        double u = draw * total(weights);
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
