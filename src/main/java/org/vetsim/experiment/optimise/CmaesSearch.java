package org.vetsim.experiment.optimise;

import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.vetsim.experiment.SeedSequence;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The CMA-ES loop of a search (Hansen and Ostermeier 2001), with commons-math3's
 * {@link CMAESOptimizer} in the unit cube of the levers ({@link SearchSpace}): points outside it
 * are clipped before evaluation and penalised in proportion to the distance (commons-math3's
 * repair mode). When a run of CMA-ES converges before the budget is spent it is restarted from
 * a random point with twice the population (IPOP-CMA-ES, Auger and Hansen 2005), which also
 * gives on/off levers that one run fixed early another chance. Since every lever is a grid of
 * levels, a run has also converged when it asks only for mixes it has asked for before: after
 * {@link #STALE_GENERATIONS} generations' worth of such candidates it is restarted. Every random draw comes from
 * generators seeded from the search's seed, and candidates are evaluated one at a time in the
 * order CMA-ES asks for them, so the sequence of candidates is a function of the seed and the
 * values alone.
 */
final class CmaesSearch {
    /** Default initial step size in the unit cube: a third of each lever's range. */
    static final double SIGMA = 0.3;
    /** Generations of nothing but repeated mixes after which a run counts as converged. */
    static final int STALE_GENERATIONS = 2;

    /** What the search minimises. */
    @FunctionalInterface
    interface Objective {
        /** The value of {@code mix}, asked for by CMA-ES run {@code restart} (0 for the first). */
        double value(Mix mix, int restart);
    }

    /**
     * How to search.
     *
     * @param budget candidates to ask for in all
     * @param population candidates per CMA-ES generation in the first run (0: CMA-ES's default
     *                   4 + 3 ln d, at least 6)
     * @param seed seed of the search's random generators
     */
    record Settings(int budget, int population, long seed) {
    }

    private CmaesSearch() {
    }

    /** Asks {@code objective} for exactly {@code settings.budget()} candidates, starting at {@code start}. */
    static void run(SearchSpace space, double[] start, Settings settings, Objective objective) {
        int d = space.dimension();
        double[] lower = new double[d];
        double[] upper = new double[d];
        double[] sigma = new double[d];
        Arrays.fill(upper, 1);
        Arrays.fill(sigma, SIGMA);
        int lambda = settings.population() > 0 ? settings.population() : Math.max(6, 4 + (int) (3 * Math.log(d)));
        double[] mean = start.clone();
        int used = 0;
        for (int restart = 0; used < settings.budget(); restart++) {
            int run = restart;
            int stale = STALE_GENERATIONS * lambda;
            int[] calls = {0};
            int[] repeats = {0};
            Set<Mix> seen = new HashSet<>();
            CMAESOptimizer cmaes = new CMAESOptimizer(Integer.MAX_VALUE, 0, true, 0, 0,
                    generator(settings.seed(), "cma-es run " + restart), false, null);
            try {
                cmaes.optimize(new MaxEval(settings.budget() - used),
                        new ObjectiveFunction(u -> {
                            Mix mix = space.mix(u);
                            repeats[0] = seen.add(mix) ? 0 : repeats[0] + 1;
                            if (repeats[0] > stale) {
                                throw new Converged();
                            }
                            calls[0]++;
                            return objective.value(mix, run);
                        }),
                        GoalType.MINIMIZE, new InitialGuess(mean), new SimpleBounds(lower, upper),
                        new CMAESOptimizer.Sigma(sigma), new CMAESOptimizer.PopulationSize(lambda));
            } catch (TooManyEvaluationsException | Converged e) {
                // the budget is spent, or the run asks only for mixes it has seen
            }
            if (calls[0] == 0) {
                break;
            }
            used += calls[0];
            lambda *= 2;
            RandomGenerator restartPoint = generator(settings.seed(), "restart point " + restart);
            for (int i = 0; i < d; i++) {
                mean[i] = restartPoint.nextDouble();
            }
        }
    }

    /** Ends a run of CMA-ES that asks only for mixes it has asked for before. */
    private static final class Converged extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Converged() {
            super(null, null, false, false);
        }
    }

    private static RandomGenerator generator(long seed, String purpose) {
        return new MersenneTwister(SeedSequence.derive(seed, purpose));
    }
}
