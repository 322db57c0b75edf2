package org.vetsim.experiment.optimise;

import org.vetsim.io.output.Numbers;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Answers a {@link Question}: one constrained search, or a trade-off curve by the
 * epsilon-constraint method (Haimes, Lasdon and Wismer 1971). For a curve between metrics A and
 * B, the first search optimises A and the second B (both under the user's constraints); these
 * give the two ends of B's range. Each further search optimises A with B bounded by a level
 * evenly spaced between the ends, written as a change from the base (so that, like any bound
 * relative to the base, it is compared replication by replication), starting from the best mix
 * for its goal among all the candidates run so far. Every search shares the same runs, so a candidate met twice is run once.
 * At the end each point names the best of every point's finalists for its own goal (scored on
 * the same final runs), so a looser bound never ends with a dearer mix than a tighter one found.
 */
final class Optimisation {
    private final List<String> columns;
    private final Evaluation base;
    private final SearchSpace space;
    private final ConstrainedSearch search;

    Optimisation(List<String> columns, Evaluation base, SearchSpace space, ConstrainedSearch search) {
        this.columns = List.copyOf(columns);
        this.base = base;
        this.space = space;
        this.search = search;
    }

    Answer answer(Question question) {
        Goal goal = question.goal();
        double[] centre = new double[space.dimension()];
        Arrays.fill(centre, 0.5);
        Objective b = question.second();
        SearchResult first = search.run(1, goal.objective().text() + constraintsText(goal),
                new Scorer(goal, columns, base, b), centre);
        if (!question.tradeoff()) {
            return new Answer(base, List.of(first), List.of());
        }
        Goal other = goal.optimising(question.second());
        SearchResult second = search.run(2, other.objective().text() + constraintsText(other),
                new Scorer(other, columns, base, goal.objective()), centre);
        List<SearchResult> searches = new ArrayList<>(List.of(first, second));
        double high = b.sign() * mean(first, b.metric());
        double low = b.sign() * mean(second, b.metric());
        if (first.feasible() && second.feasible() && low < high) {
            for (int k = 1; k <= question.points() - 2; k++) {
                double level = b.sign() * (high - (high - low) * k / (question.points() - 1));
                Bound bound = relativeToBase(level - base.mean(columns.indexOf(b.metric())));
                Goal bounded = goal.with(new Constraint(b.metric(), !b.maximise(), bound));
                Scorer scorer = new Scorer(bounded, columns, base, b);
                searches.add(search.run(k + 2, goal.objective().text() + constraintsText(bounded), scorer,
                        space.centre(bestSoFar(searches, scorer))));
            }
        }
        List<SearchResult> pooled = searches.stream().map(s -> s.borrowing(searches)).toList();
        return new Answer(base, pooled, front(pooled, goal.objective(), b));
    }

    /**
     * The mix a further search of the curve starts from: of every candidate the searches so far
     * have run, the best for the new search's goal (scored on the runs already made).
     */
    private static Mix bestSoFar(List<SearchResult> searches, Scorer scorer) {
        Mix best = null;
        double value = Double.POSITIVE_INFINITY;
        for (SearchResult done : searches) {
            for (Proposal p : done.proposals()) {
                double v = scorer.score(p.evaluation()).value();
                if (v < value) {
                    value = v;
                    best = p.mix();
                }
            }
        }
        return best;
    }

    /**
     * A bound on the second metric as a change from the base, to four significant digits (so
     * that it reads well and is exactly what is written): compared replication by replication
     * with the base, it is far less noisy than the same bound as a level.
     */
    private static Bound relativeToBase(double change) {
        double rounded = change == 0 ? 0 : new BigDecimal(change).round(new MathContext(4)).doubleValue();
        String text = rounded == 0 ? "base" : "base" + (rounded < 0 ? "-" : "+") + Numbers.csv(Math.abs(rounded));
        return new Bound(true, rounded, false, text);
    }

    /** The chosen mix's mean of {@code metric}; NaN if its runs failed. */
    private double mean(SearchResult search, String metric) {
        return search.chosen().score().failed() ? Double.NaN : search.chosen().evaluation().mean(columns.indexOf(metric));
    }

    private List<FrontPoint> front(List<SearchResult> searches, Objective a, Objective b) {
        List<FrontPoint> points = new ArrayList<>();
        for (SearchResult s : searches) {
            points.add(new FrontPoint(s, mean(s, a.metric()), mean(s, b.metric()), s.feasible(), false));
        }
        List<FrontPoint> marked = new ArrayList<>();
        for (FrontPoint p : points) {
            boolean dominated = false;
            for (FrontPoint q : points) {
                dominated |= q.feasible() && q != p && dominates(q, p, a, b);
            }
            marked.add(new FrontPoint(p.search(), p.first(), p.second(), p.feasible(), dominated));
        }
        marked.sort(Comparator.comparingDouble((FrontPoint p) -> a.sign() * p.first())
                .thenComparingInt(p -> p.search().index()));
        return marked;
    }

    private static boolean dominates(FrontPoint q, FrontPoint p, Objective a, Objective b) {
        double qa = a.sign() * q.first();
        double pa = a.sign() * p.first();
        double qb = b.sign() * q.second();
        double pb = b.sign() * p.second();
        return qa <= pa && qb <= pb && (qa < pa || qb < pb);
    }

    private static String constraintsText(Goal goal) {
        if (goal.constraints().isEmpty()) {
            return "";
        }
        return " subject to " + String.join(", ", goal.constraints().stream().map(Constraint::text).toList());
    }
}
