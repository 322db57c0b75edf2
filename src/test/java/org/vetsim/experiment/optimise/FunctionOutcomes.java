package org.vetsim.experiment.optimise;

import org.vetsim.experiment.ExperimentException;
import org.vetsim.io.output.Column;
import org.vetsim.metrics.Bounds;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntToDoubleFunction;
import java.util.function.ToDoubleFunction;

/**
 * Test outcomes with a known optimum: each column is a function of the mix's lever values
 * plus noise. The noise of a run has a part shared by every candidate with the same seed (as
 * common random numbers give in the model) and a part of its own, drawn from a generator seeded
 * with the seed and the mix, so runs are reproducible.
 */
final class FunctionOutcomes implements Outcomes {
    /**
     * One column: its name, its true value, the two noise standard deviations, and an offset by
     * replication (the same for every candidate, as a lucky or unlucky cohort would be).
     */
    record Outcome(String name, ToDoubleFunction<double[]> truth, double sharedNoise, double ownNoise,
                   IntToDoubleFunction offset) {
        /** A column without offsets. */
        Outcome(String name, ToDoubleFunction<double[]> truth, double sharedNoise, double ownNoise) {
            this(name, truth, sharedNoise, ownNoise, replication -> 0);
        }
    }

    private final List<Outcome> columns;
    private final double[] base;

    FunctionOutcomes(double[] base, List<Outcome> columns) {
        this.base = base.clone();
        this.columns = List.copyOf(columns);
    }

    /** The lever values of a mix as numbers (a switch is 0 or 1). */
    static double[] values(Mix mix) {
        double[] x = new double[mix.space().dimension()];
        for (int i = 0; i < x.length; i++) {
            x[i] = mix.space().levers().get(i).numeric(mix.levels().get(i));
        }
        return x;
    }

    @Override
    public List<String> columns() {
        return columns.stream().map(Outcome::name).toList();
    }

    @Override
    public Trial base() {
        return (replication, seed) -> run(base, "base", replication, seed);
    }

    @Override
    public Trial trial(Mix mix) {
        return (replication, seed) -> run(values(mix), mix.key(), replication, seed);
    }

    private RunOutcome run(double[] x, String key, int replication, long seed) {
        SplittableRandom shared = new SplittableRandom(seed);
        SplittableRandom own = new SplittableRandom(seed * 31 + key.hashCode());
        double[] values = new double[columns.size()];
        for (int k = 0; k < values.length; k++) {
            Outcome c = columns.get(k);
            values[k] = c.truth().applyAsDouble(x) + c.sharedNoise() * gaussian(shared) + c.ownNoise() * gaussian(own)
                    + c.offset().applyAsDouble(replication);
        }
        return new RunOutcome(replication, seed, true, "", values);
    }

    private static double gaussian(SplittableRandom random) {
        double u = random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
    }

    @Override
    public String column(String name) {
        if (!columns().contains(name)) {
            throw new ExperimentException("unknown metric '" + name + "'");
        }
        return name;
    }

    @Override
    public Bounds bounds(String column) {
        return Bounds.ANY;
    }

    @Override
    public String title(String column) {
        return column;
    }

    @Override
    public String axisLabel(String column) {
        return column;
    }

    @Override
    public Column schema(String column) {
        return Column.number(column, "", "Test function " + column + ".");
    }
}
