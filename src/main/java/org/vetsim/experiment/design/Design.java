package org.vetsim.experiment.design;

import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.vetsim.experiment.ExperimentException;

import java.util.ArrayList;
import java.util.List;

/**
 * A sweep design: its factors and points. Built deterministically from the factors, the number
 * of samples and (for Latin hypercubes) a seed, so the same arguments always give the same
 * points.
 *
 * @param type grid, Latin hypercube or Sobol
 * @param factors the varied parameters
 * @param points the points, in run order
 */
public record Design(DesignType type, List<Factor> factors, List<DesignPoint> points) {
    /** Most points a design may have. */
    public static final int MAX_POINTS = 1_000_000;

    public Design {
        factors = List.copyOf(factors);
        points = List.copyOf(points);
    }

    /**
     * Builds a design. {@code samples} is the number of points of a Latin hypercube, the number
     * of base samples N of a Sobol design (which has N (d + 2) points), and must be 0 for a grid.
     */
    public static Design build(DesignType type, List<Factor> factors, int samples, long seed) {
        if (factors.isEmpty()) {
            throw new ExperimentException("a sweep needs at least one --vary");
        }
        long distinct = factors.stream().map(Factor::key).distinct().count();
        if (distinct != factors.size()) {
            throw new ExperimentException("the same key is varied twice");
        }
        return switch (type) {
            case GRID -> grid(factors, samples);
            case LHS -> latinHypercube(factors, samples, seed);
            case SOBOL -> saltelli(factors, samples);
        };
    }

    private static Design grid(List<Factor> factors, int samples) {
        if (samples != 0) {
            throw new ExperimentException("--samples does not apply to a grid design (it has every combination of levels)");
        }
        long size = 1;
        for (Factor factor : factors) {
            if (factor.continuous()) {
                throw new ExperimentException("--vary " + factor.spec()
                        + ": a grid needs levels; give a step (from:to:step) or a list (a,b,c)");
            }
            size *= factor.levels().size();
            requireSize(size);
        }
        List<DesignPoint> points = new ArrayList<>();
        int[] digits = new int[factors.size()];
        for (int index = 0; index < size; index++) {
            List<String> values = new ArrayList<>();
            for (int f = 0; f < factors.size(); f++) {
                values.add(factors.get(f).levels().get(digits[f]));
            }
            points.add(new DesignPoint(index, index, "", values));
            for (int f = factors.size() - 1; f >= 0; f--) {
                digits[f]++;
                if (digits[f] < factors.get(f).levels().size()) {
                    break;
                }
                digits[f] = 0;
            }
        }
        return new Design(DesignType.GRID, factors, points);
    }

    private static Design latinHypercube(List<Factor> factors, int samples, long seed) {
        requireSamples(samples, 2);
        requireSize(samples);
        double[][] u = LatinHypercube.sample(samples, factors.size(), new Well19937c(seed));
        List<DesignPoint> points = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            points.add(new DesignPoint(i, i, "", values(factors, u[i], 0)));
        }
        return new Design(DesignType.LHS, factors, points);
    }

    private static Design saltelli(List<Factor> factors, int samples) {
        requireSamples(samples, 2);
        int d = factors.size();
        requireSize((long) samples * (d + 2));
        if (2 * d > 1000) {
            throw new ExperimentException("a Sobol design takes at most 500 factors");
        }
        SobolSequenceGenerator sequence = new SobolSequenceGenerator(2 * d);
        sequence.skipTo(1);
        List<DesignPoint> points = new ArrayList<>();
        for (int j = 0; j < samples; j++) {
            double[] u = sequence.nextVector();
            points.add(new DesignPoint(points.size(), j, "A", values(factors, u, 0)));
            points.add(new DesignPoint(points.size(), j, "B", values(factors, u, d)));
            for (int i = 0; i < d; i++) {
                double[] mixed = java.util.Arrays.copyOf(u, d);
                mixed[i] = u[d + i];
                points.add(new DesignPoint(points.size(), j, "AB" + (i + 1), values(factors, mixed, 0)));
            }
        }
        return new Design(DesignType.SOBOL, factors, points);
    }

    private static List<String> values(List<Factor> factors, double[] u, int offset) {
        List<String> values = new ArrayList<>();
        for (int f = 0; f < factors.size(); f++) {
            values.add(factors.get(f).valueAt(u[offset + f]));
        }
        return values;
    }

    private static void requireSamples(int samples, int least) {
        if (samples < least) {
            throw new ExperimentException("--samples must be at least " + least + " for this design, got " + samples);
        }
    }

    private static void requireSize(long size) {
        if (size > MAX_POINTS) {
            throw new ExperimentException("the design would have more than " + MAX_POINTS + " points");
        }
    }
}
