package org.vetsim.experiment.optimise;

import org.vetsim.experiment.SeedSequence;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A search of {@link FunctionOutcomes} through the whole engine (plan, folder, runs, outputs),
 * with levers x and y in [0, 1], z a whole number from 0 to 10 and a switch s.
 */
final class FunctionSearch {
    static final SearchSpace SPACE = new SearchSpace(List.of(
            new Lever("x", Lever.Kind.NUMBER, BigDecimal.ZERO, new BigDecimal("0.001"), 1001, "x=0:1"),
            new Lever("y", Lever.Kind.NUMBER, BigDecimal.ZERO, new BigDecimal("0.001"), 1001, "y=0:1"),
            new Lever("z", Lever.Kind.WHOLE, BigDecimal.ZERO, BigDecimal.ONE, 11, "z=0:10"),
            Lever.onOff("s", "s=bool")), 0);

    /**
     * cost = (x - 0.3)^2 + (y - 0.7)^2 + 0.05 (z - 7)^2 + 0.5 (1 - s), outcome = x + y, each
     * with noise: under {@code outcome>=1.2} the optimum is x = 0.4, y = 0.8, z = 7, s on,
     * with cost 0.02.
     */
    static final FunctionOutcomes OUTCOMES = new FunctionOutcomes(new double[] {0.3, 0.7, 7, 0}, List.of(
            new FunctionOutcomes.Outcome("cost", FunctionSearch::cost, 0.02, 0.01),
            new FunctionOutcomes.Outcome("outcome", x -> x[0] + x[1], 0.02, 0.01)));

    /**
     * cost = x + 0.2 (y - 0.5)^2 and harm = (1 - x)^2 + 0.2 (y - 0.5)^2 with a little noise: the
     * trade-off curve is cost = 1 - sqrt(harm), at y = 0.5.
     */
    static final FunctionOutcomes TRADEOFF = new FunctionOutcomes(new double[] {0, 0, 0, 0}, List.of(
            new FunctionOutcomes.Outcome("cost", x -> x[0] + 0.2 * sq(x[1] - 0.5), 0.01, 0.005),
            new FunctionOutcomes.Outcome("harm", x -> sq(1 - x[0]) + 0.2 * sq(x[1] - 0.5), 0.01, 0.005)));

    FunctionOutcomes outcomes = OUTCOMES;
    SearchSpace space = SPACE;
    int replications = 4;
    int finalReplications = 16;
    int finalists = 5;
    int budget = 200;
    long seed = 7;
    int threads = 1;
    boolean resume;

    private FunctionSearch() {
    }

    static FunctionSearch defaults() {
        return new FunctionSearch();
    }

    /**
     * A search of one number lever x from 0 to 1 in steps of 0.01 (x 0 in the base), with
     * {@code outcomes} functions of it.
     */
    static FunctionSearch oneLever(FunctionOutcomes.Outcome... outcomes) {
        FunctionSearch search = new FunctionSearch();
        search.space = new SearchSpace(List.of(
                new Lever("x", Lever.Kind.NUMBER, BigDecimal.ZERO, new BigDecimal("0.01"), 101, "x=0:1:0.01")), 0);
        search.outcomes = new FunctionOutcomes(new double[] {0}, List.of(outcomes));
        return search;
    }

    static double cost(double[] x) {
        return sq(x[0] - 0.3) + sq(x[1] - 0.7) + 0.05 * sq(x[2] - 7) + 0.5 * (1 - x[3]);
    }

    private static double sq(double v) {
        return v * v;
    }

    OptimiseExperiment.Result run(Path out, Question question) {
        Goal goal = question.goal();
        OptimisePlan plan = new OptimisePlan(OptimisePlan.FORMAT, "function", "hash", List.of(), 12,
                space.levers().stream().map(Lever::spec).toList(), "", goal.objective().text(),
                goal.constraints().stream().map(Constraint::text).toList(),
                question.tradeoff() ? question.second().text() : "", question.points(), "end", replications,
                finalReplications, finalists, budget, 0, seed,
                Arrays.stream(SeedSequence.seeds(seed, finalReplications)).boxed().toList(), List.of());
        return OptimiseExperiment.prepare(out, plan, new OptimiseExperiment.Settings(question, space, List.of(), "the run",
                "function"), outcomes, threads, resume, SearchListener.QUIET).run(MixExport.NONE);
    }

    /** minimise cost subject to outcome >= {@code bound}. */
    static Question costWithOutcomeAtLeast(String bound) {
        return new Question(new Goal(new Objective("cost", false),
                List.of(Constraint.parse("outcome>=" + bound, OUTCOMES))), null, 1);
    }
}
