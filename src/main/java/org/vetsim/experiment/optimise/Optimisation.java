package org.vetsim.experiment.optimise;

import org.vetsim.experiment.io.Numbers;

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
 * evenly spaced between the ends, starting from the previous search's best mix. Every search
 * shares the same runs, so a candidate met twice is run once.
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
            SearchResult previous = first;
            for (int k = 1; k <= question.points() - 2; k++) {
                double level = round(b.sign() * (high - (high - low) * k / (question.points() - 1)));
                Bound bound = new Bound(false, level, false, Numbers.csv(level));
                Goal bounded = goal.with(new Constraint(b.metric(), !b.maximise(), bound));
                previous = search.run(k + 2, goal.objective().text() + constraintsText(bounded),
                        new Scorer(bounded, columns, base, b), space.centre(previous.chosen().mix()));
                searches.add(previous);
            }
        }
        return new Answer(base, searches, front(searches, goal.objective(), b));
    }

    /** A bound on the second metric to four significant digits, so that it reads well and is exactly what is written. */
    private static double round(double level) {
        return level == 0 ? 0 : new BigDecimal(level).round(new MathContext(4)).doubleValue();
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
