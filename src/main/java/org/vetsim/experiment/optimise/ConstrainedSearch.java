package org.vetsim.experiment.optimise;

import org.vetsim.experiment.SeedSequence;
import org.vetsim.io.output.Numbers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One search for the best mix under one {@link Goal}, in four steps:
 * <ol>
 * <li>CMA-ES ({@link CmaesSearch}) asks for {@code budget} candidates, each run over the same
 *     first replications;</li>
 * <li>a level-by-level check: from the best candidate, each on/off lever is switched, each
 *     whole-number lever (and the reform year) moved one level up and down, and each number lever
 *     not at its lowest value set to it, to half and to three quarters of its distance above it
 *     (a subsidy or grant to none or less: CMA-ES approaches a bound only asymptotically, so it
 *     rarely names the cheap end of a range, nor the least amount that still meets a target); the
 *     best move that improves is taken, and the check repeats (for at most twice as many rounds as
 *     there are levers), so that, unless the rounds run out, the mix named cannot be improved by
 *     one such move alone, and a number lever steps down towards (within a third above) the least
 *     value that still serves;</li>
 * <li>the best distinct candidates are run again with more replications and ranked anew, so
 *     that a candidate that was merely lucky on the first replications is not named best (and
 *     more of them if none of the first batch meets the constraints then);</li>
 * <li>a final step-down on those replications: from the best of them, if it meets the
 *     constraints, each number lever is set to its lowest value, to half and to three quarters of
 *     its distance above it, as in the check, and the best move that improves is taken, until none
 *     does (for at most {@link #STEP_DOWN_ROUNDS} rounds per number lever). A mix the check
 *     stepped down to the edge of a constraint may miss it on more replications, and the one
 *     named instead, another finalist, would not have been stepped down at all: so the mix named
 *     has always been stepped down on the replications that decide it.</li>
 * </ol>
 */
final class ConstrainedSearch {
    /** Most batches of finalists run again when none meets the constraints. */
    static final int BATCHES = 3;
    /** Most rounds of the final step-down for each number lever. */
    static final int STEP_DOWN_ROUNDS = 3;
    /** Best first: by score, then by the tie-break metric, then by the larger slack, then in the order asked for. */
    static final Comparator<Proposal> RANKING = Comparator.comparingDouble((Proposal p) -> p.score().value())
            .thenComparingDouble(p -> p.score().tieBreak())
            .thenComparing(Comparator.comparingDouble((Proposal p) -> p.score().slack()).reversed())
            .thenComparingInt(Proposal::number);

    /**
     * How to search.
     *
     * @param budget candidates CMA-ES asks for
     * @param population CMA-ES population of the first run (0 for its default)
     * @param replications replications per candidate while searching
     * @param finalReplications replications of the best candidates at the end
     * @param finalists how many of the best candidates are run again
     * @param seed the master seed (each search derives its own from it)
     */
    record Settings(int budget, int population, int replications, int finalReplications, int finalists, long seed) {
    }

    private final SearchSpace space;
    private final Evaluator evaluator;
    private final Settings settings;
    private final SearchListener listener;

    ConstrainedSearch(SearchSpace space, Evaluator evaluator, Settings settings, SearchListener listener) {
        this.space = space;
        this.evaluator = evaluator;
        this.settings = settings;
        this.listener = listener;
    }

    /** Runs search number {@code index} (described by {@code title}) from the point {@code start}. */
    SearchResult run(int index, String title, Scorer scorer, double[] start) {
        Run run = new Run(scorer);
        run.phase(title, settings.budget());
        CmaesSearch.run(space, start, new CmaesSearch.Settings(settings.budget(), settings.population(),
                SeedSequence.derive(settings.seed(), "search " + index)),
                (mix, restart) -> run.propose(mix, Proposal.SEARCH, restart).score().value());
        checkLevels(run);
        List<Proposal> finalists = stepDown(run, finalists(run));
        return new SearchResult(index, title, scorer, run.proposals, finalists);
    }

    private void checkLevels(Run run) {
        int rounds = 2 * space.levers().size();
        Proposal incumbent = run.proposals.stream().min(RANKING).orElseThrow();
        Set<Mix> tried = new HashSet<>(List.of(incumbent.mix()));
        for (int round = 0; round < rounds; round++) {
            Proposal bestMove = null;
            List<Mix> untried = neighbours(incumbent.mix()).stream().filter(tried::add).toList();
            if (untried.isEmpty()) {
                return;
            }
            run.phase("checking the levers one level away from the best (number levers at their lowest value or stepped down)", untried.size());
            for (Mix neighbour : untried) {
                Proposal move = run.propose(neighbour, Proposal.CHECK, -1);
                bestMove = bestMove == null || RANKING.compare(move, bestMove) < 0 ? move : bestMove;
            }
            if (bestMove == null || RANKING.compare(bestMove, incumbent) >= 0) {
                return;
            }
            incumbent = bestMove;
        }
    }

    /**
     * The mixes one move away from {@code mix}: each switch flipped, each whole-number lever one
     * level up and down, each number lever above its lowest value set to it and to a half and
     * three quarters of its distance above it (where those are distinct levels).
     */
    static List<Mix> neighbours(Mix mix) {
        List<Mix> neighbours = new ArrayList<>();
        SearchSpace space = mix.space();
        for (int i = 0; i < space.dimension(); i++) {
            Lever lever = space.levers().get(i);
            int level = mix.levels().get(i);
            if (lever.kind() == Lever.Kind.SWITCH) {
                neighbours.add(mix.with(i, 1 - level));
            } else if (lever.kind().discrete()) {
                if (level > 0) {
                    neighbours.add(mix.with(i, level - 1));
                }
                if (level < lever.levels() - 1) {
                    neighbours.add(mix.with(i, level + 1));
                }
            } else {
                neighbours.addAll(stepsDown(mix, i));
            }
        }
        return neighbours;
    }

    /**
     * The mixes one step down from {@code mix}: each number lever above its lowest value set to it
     * and to a half and three quarters of its distance above it (where those are distinct levels).
     */
    static List<Mix> stepsDown(Mix mix) {
        List<Mix> steps = new ArrayList<>();
        for (int i = 0; i < mix.space().dimension(); i++) {
            if (mix.space().levers().get(i).kind() == Lever.Kind.NUMBER) {
                steps.addAll(stepsDown(mix, i));
            }
        }
        return steps;
    }

    private static List<Mix> stepsDown(Mix mix, int i) {
        int level = mix.levels().get(i);
        List<Mix> steps = new ArrayList<>();
        if (level > 0) {
            steps.add(mix.with(i, 0));
            int half = level / 2;
            int threeQuarters = (3 * level) / 4;
            if (half > 0) {
                steps.add(mix.with(i, half));
            }
            if (threeQuarters > half) {
                steps.add(mix.with(i, threeQuarters));
            }
        }
        return steps;
    }

    /**
     * The best candidates run again: distinct in their results (mixes that differ only in a
     * lever that has no effect, such as a subsidy for apprenticeships that are off, give the same
     * runs with the same seeds and count once), ranked by score, tie-break and slack. A best mix
     * lies on a constraint's boundary, where the mean of more replications may just miss it; if
     * none of a batch meets the constraints, the next candidates that met them while searching
     * are run again, a batch at a time, up to {@link #BATCHES} batches.
     */
    private List<Proposal> finalists(Run run) {
        Map<List<RunOutcome>, Proposal> distinct = new LinkedHashMap<>();
        run.proposals.forEach(p -> distinct.putIfAbsent(p.evaluation().runs(), p));
        List<Proposal> ranked = distinct.values().stream().sorted(RANKING).toList();
        List<Proposal> finals = new ArrayList<>();
        int from = 0;
        do {
            List<Proposal> batch = ranked.subList(from, Math.min(ranked.size(), from + settings.finalists()));
            listener.phase("running the " + (from == 0 ? "best " : "next best ") + batch.size() + " again with "
                    + settings.finalReplications() + " replications", batch.size());
            for (Proposal candidate : batch) {
                finals.add(runAgain(run, candidate.mix(), Proposal.FINAL, finals));
                listener.progressed(finals.size() - from, batch.size(), note(run.scorer.goal(), best(finals).score()));
            }
            from += batch.size();
        } while (finals.stream().noneMatch(p -> p.score().feasible()) && from < ranked.size()
                && from < BATCHES * settings.finalists() && ranked.get(from).score().feasible());
        return finals.stream().sorted(RANKING).toList();
    }

    /**
     * The final step-down (step 4 of the class comment) from the best of {@code finals}; returns
     * them with the mixes it ran, best first.
     */
    private List<Proposal> stepDown(Run run, List<Proposal> finals) {
        List<Proposal> all = new ArrayList<>(finals);
        Set<Mix> tried = new HashSet<>();
        finals.forEach(p -> tried.add(p.mix()));
        int numberLevers = (int) space.levers().stream().filter(lever -> lever.kind() == Lever.Kind.NUMBER).count();
        Proposal incumbent = best(finals);
        for (int round = 0; round < STEP_DOWN_ROUNDS * numberLevers && incumbent.score().feasible(); round++) {
            List<Mix> moves = stepsDown(incumbent.mix()).stream().filter(tried::add).toList();
            if (moves.isEmpty()) {
                break;
            }
            listener.phase("stepping the best down, with " + settings.finalReplications() + " replications (number "
                    + "levers at their lowest value, a half and three quarters of their distance above it)", moves.size());
            Proposal bestMove = null;
            for (int k = 0; k < moves.size(); k++) {
                Proposal move = runAgain(run, moves.get(k), Proposal.STEP_DOWN, all);
                all.add(move);
                bestMove = bestMove == null || RANKING.compare(move, bestMove) < 0 ? move : bestMove;
                listener.progressed(k + 1, moves.size(), note(run.scorer.goal(), best(all).score()));
            }
            if (RANKING.compare(bestMove, incumbent) >= 0) {
                break;
            }
            incumbent = bestMove;
        }
        return all.stream().sorted(RANKING).toList();
    }

    /** {@code mix} run with the final replications, numbered after the search's candidates and {@code finals}. */
    private Proposal runAgain(Run run, Mix mix, String stage, List<Proposal> finals) {
        Evaluation evaluation = evaluator.evaluate(mix, settings.finalReplications());
        return new Proposal(run.proposals.size() + finals.size() + 1, stage, -1, evaluation, run.scorer.score(evaluation));
    }

    private static Proposal best(List<Proposal> proposals) {
        return proposals.stream().min(RANKING).orElseThrow();
    }

    /** The best so far in words, for the progress line. */
    static String note(Goal goal, Score best) {
        if (best.failed()) {
            return "no candidate has run without failing yet";
        }
        if (!best.feasible()) {
            return "none meets the constraints yet (smallest shortfall " + Numbers.brief(best.shortfall()) + ")";
        }
        return "best " + goal.objective().metric() + " " + Numbers.brief(best.objective())
                + (goal.constraints().isEmpty() ? "" : " (meets the constraints)");
    }

    /** The candidates of one search, in order, and the best so far. */
    private final class Run {
        final Scorer scorer;
        final List<Proposal> proposals = new ArrayList<>();
        Proposal best;

        private int phaseStart;
        private int phaseTotal;

        Run(Scorer scorer) {
            this.scorer = scorer;
        }

        void phase(String description, int total) {
            phaseStart = proposals.size();
            phaseTotal = total;
            listener.phase(description, total);
        }

        Proposal propose(Mix mix, String stage, int restart) {
            Evaluation evaluation = evaluator.evaluate(mix, settings.replications());
            Proposal proposal = new Proposal(proposals.size() + 1, stage, restart, evaluation, scorer.score(evaluation));
            proposals.add(proposal);
            if (best == null || proposal.score().betterThan(best.score())) {
                best = proposal;
            }
            listener.progressed(proposals.size() - phaseStart, phaseTotal, note(scorer.goal(), best.score()));
            return proposal;
        }
    }
}
