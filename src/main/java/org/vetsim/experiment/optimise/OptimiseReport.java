package org.vetsim.experiment.optimise;

import org.vetsim.io.output.Numbers;

import java.util.List;

/**
 * Writes {@code report.md} for a policy analyst: the question, the answer (the best mix, or
 * that none met the constraints and which came closest; or the trade-off curve), how the search
 * went, the method, the files, and at the end the paired comparison of the base with the
 * chosen mix(es).
 */
final class OptimiseReport {
    /**
     * What the report shows.
     *
     * @param plan the search's plan
     * @param question what was asked
     * @param space the levers
     * @param answer the searches' results
     * @param names the metrics' names
     * @param columns the outcome columns
     * @param window the window in words, e.g. "output year 5 (mean of its 12 months)"
     * @param baseValues the base's value of each lever
     * @param files the scenario file of each chosen mix (for a curve, each point; may be empty)
     * @param comparison the comparison's Markdown (may be empty)
     */
    record Input(OptimisePlan plan, Question question, SearchSpace space, Answer answer, MetricNames names,
                 List<String> columns, String window, List<String> baseValues, List<String> files, String comparison) {
    }

    private OptimiseReport() {
    }

    static String write(Input in) {
        StringBuilder md = new StringBuilder();
        Goal goal = in.question().goal();
        md.append("# Optimisation of ").append(in.plan().base()).append(": ").append(in.question().tradeoff()
                ? "trade-off between " + goal.objective().metric() + " and " + in.question().second().metric()
                : goal.objective().text()).append("\n\n");
        question(md, in);
        if (in.question().tradeoff()) {
            AnswerTables.front(md, in);
        } else {
            AnswerTables.best(md, in);
        }
        search(md, in);
        method(md, in);
        files(md, in);
        md.append(in.comparison());
        return md.toString();
    }

    private static void question(StringBuilder md, Input in) {
        OptimisePlan plan = in.plan();
        Goal goal = in.question().goal();
        md.append("## The question\n\n");
        md.append("Starting from the base scenario `").append(plan.base()).append('`');
        if (!plan.overrides().isEmpty()) {
            md.append(" (with `--set ").append(String.join("`, `--set ", plan.overrides())).append("`)");
        }
        md.append(", which mix of the levers below ");
        if (in.question().tradeoff()) {
            md.append("gives the best ").append(metricWords(in, goal.objective())).append(" for each level of ")
                    .append(metricWords(in, in.question().second())).append('?');
        } else {
            md.append(goal.objective().maximise() ? "maximises " : "minimises ").append(in.names().title(goal.objective().metric()))
                    .append('?');
        }
        md.append(" Within a run every metric is read over ").append(in.window())
                .append("; the numbers below are means over replications.\n\n");
        if (!goal.constraints().isEmpty()) {
            md.append("Constraints every candidate must meet:\n\n| constraint | meaning |\n|---|---|\n");
            for (Constraint c : goal.constraints()) {
                md.append("| `").append(c.text()).append("` | ").append(in.names().title(c.metric())).append(c.atMost() ? " at most " : " at least ")
                        .append(boundWords(c, in)).append(" |\n");
            }
            md.append('\n');
        }
        md.append("| lever | kind | searched | base scenario |\n|---|---|---|---|\n");
        for (int i = 0; i < in.space().dimension(); i++) {
            Lever lever = in.space().levers().get(i);
            md.append("| `").append(lever.key()).append("` | ").append(kindWords(lever)).append(" | ")
                    .append(lever.describeRange()).append(" | ").append(in.baseValues().get(i)).append(" |\n");
        }
        md.append('\n');
        if (in.space().fixedReformYear() > 0) {
            md.append("The levers take effect as a reform from the first month of output year ")
                    .append(in.space().fixedReformYear()).append(".\n\n");
        }
    }

    private static String metricWords(Input in, Objective objective) {
        return in.names().title(objective.metric()) + (objective.maximise() ? " (higher is better)" : " (lower is better)");
    }

    static String boundWords(Constraint c, Input in) {
        Bound bound = c.bound();
        double base = in.answer().base().mean(in.columns().indexOf(c.metric()));
        if (!bound.relative()) {
            return Numbers.brief(bound.amount());
        }
        String change = bound.amount() == 0 ? "the base's value" : bound.percent()
                ? "the base's value " + (bound.amount() < 0 ? "less " : "plus ") + Numbers.brief(Math.abs(bound.amount())) + "%"
                : "the base's value " + (bound.amount() < 0 ? "minus " : "plus ") + Numbers.brief(Math.abs(bound.amount()));
        return change + " (base " + Numbers.brief(base) + ", so about " + Numbers.brief(bound.threshold(base))
                + "; compared replication by replication)";
    }

    private static String kindWords(Lever lever) {
        return switch (lever.kind()) {
            case NUMBER -> "number";
            case WHOLE -> "whole number";
            case SWITCH -> "on/off";
            case REFORM_YEAR -> "output year the reform starts";
        };
    }

    private static void search(StringBuilder md, Input in) {
        OptimisePlan plan = in.plan();
        md.append("## How the search went\n\n");
        for (SearchResult search : in.answer().searches()) {
            long distinct = search.proposals().stream().map(Proposal::mix).distinct().count();
            long checks = search.proposals().stream().filter(p -> p.stage().equals(Proposal.CHECK)).count();
            long steps = search.finalists().stream().filter(p -> p.stage().equals(Proposal.STEP_DOWN)).count();
            int restarts = search.proposals().stream().mapToInt(Proposal::restart).max().orElse(0);
            if (in.answer().searches().size() > 1) {
                md.append("**Search ").append(search.index()).append("**: ").append(search.title()).append(". ");
            }
            md.append("CMA-ES asked for ").append(plan.budget()).append(" candidates (").append(restarts + 1)
                    .append(restarts == 0 ? " run" : " runs, restarted with a larger population when one converged")
                    .append("), the final check of the levers for ").append(checks).append(" more; ")
                    .append(distinct).append(" distinct mixes were run ").append(plan.replications())
                    .append(" times each. The best ").append(search.finalists().size() - steps).append(" were run again ")
                    .append(plan.finalReplications()).append(" times").append(steps == 0 ? "" : ", and " + steps
                            + (steps == 1 ? " mix" : " mixes") + " a step down from the best of them (a number lever at its "
                            + "lowest value, or a half or three quarters of its distance above it) as many times")
                    .append(":\n\n");
            AnswerTables.finalists(md, in, search);
            if (search.chosenBorrowed()) {
                md.append(borrowedNote(in.answer().searches(), search)).append("\n\n");
            }
        }
        md.append("![Search progress](convergence.png)\n\n");
    }

    /** Where the mix named for {@code search} came from, when another point's finalist beat its own. */
    static String borrowedNote(List<SearchResult> searches, SearchResult search) {
        Mix chosen = search.chosen().mix();
        int from = searches.stream().filter(s -> s != search && s.finalists().stream().anyMatch(p -> p.mix().equals(chosen)))
                .mapToInt(SearchResult::index).findFirst().orElse(-1);
        return "The mix named for this point is a finalist of search " + from + " (" + chosen.describe()
                + "): on the same final runs it meets this point's constraints and scores better than this search's own"
                + " finalists, so it is named instead (each point takes the best of every point's finalists).";
    }

    private static void method(StringBuilder md, Input in) {
        OptimisePlan plan = in.plan();
        md.append("## Method\n\n");
        md.append("- **Common random numbers.** Replication r of every candidate and of the base runs with the same seed, ")
                .append("derived from the master seed ").append(plan.masterSeed()).append(", so candidates are compared on ")
                .append("the same cohorts and shocks; a bound relative to the base is compared replication by replication.\n");
        md.append("- **Encoding.** Each lever is one coordinate in [0, 1], cut into as many equal parts as it has levels ")
                .append("(a number key ").append(Lever.DEFAULT_STEPS).append(" steps over its range unless a step is given; ")
                .append("a whole number and the reform year one by one; on/off two halves, on from 0.5). So the model only ")
                .append("ever runs values the key allows and no level is favoured.\n");
        md.append("- **Search.** CMA-ES (commons-math3) in the unit cube, starting at its centre with step size ")
                .append(CmaesSearch.SIGMA).append("; points outside are clipped and penalised. When a run converges ")
                .append("early (or asks only for mixes it has tried) it restarts from a random point with twice the ")
                .append("population (IPOP); a mix asked for again is not run again. Then every on/off lever ")
                .append("is switched, every whole-number lever moved one level and every number lever set to its lowest value and to a half and three quarters of its distance above it, ")
                .append("from the best mix, as long as that helps.\n");
        md.append("- **Constraints: feasibility rule** (Deb 2000). A candidate that meets every constraint (on the means) ")
                .append("beats one that does not; two that do are ranked by the objective; two that do not by their total ")
                .append("shortfall, each constraint's shortfall divided by the base's value of the metric (or the bound, ")
                .append("if that is 0). No penalty weight is needed.\n");
        md.append("- **Noise.** The best ").append(plan.finalists()).append(" distinct candidates are run again with ")
                .append(plan.finalReplications()).append(" replications (the first ").append(plan.replications())
                .append(" are the search's) and ranked anew, so a mix that was merely lucky is not named best. ")
                .append("\"Met with 95% confidence\" means the whole 95% interval lies within the bound.\n");
        md.append("- **Step-down.** From the best of them, if it meets the constraints, every number lever is set to its ")
                .append("lowest value and to a half and three quarters of its distance above it, on the same ")
                .append(plan.finalReplications()).append(" replications, as long as that helps: a mix stepped down on the ")
                .append("first ").append(plan.replications()).append(" alone may miss a bound on more, and the mix named ")
                .append("instead has then been stepped down on the replications that decide it.\n");
        md.append("- **Reproducible.** The same command gives the same files whatever `--threads`, and `--resume` after ")
                .append("an interruption gives the files of an uninterrupted search (the search replays itself and reuses ")
                .append("the recorded runs in `evaluations/`).\n\n");
    }

    private static void files(StringBuilder md, Input in) {
        md.append("## Files\n\n");
        List<String> written = in.files().stream().filter(f -> !f.isEmpty()).map(f -> "`" + f + "`").toList();
        if (!written.isEmpty()) {
            md.append("- ").append(String.join(", ", written))
                    .append(": runnable scenario files that extend the base and set the chosen levers (`vetsim run FILE`).\n");
        }
        md.append("- `evaluations.csv`: every candidate in the order asked for, its levers, score and metrics with 95% intervals.\n");
        if (in.question().tradeoff()) {
            md.append("- `pareto.csv`, `pareto.png`: the points of the trade-off curve.\n");
        }
        md.append("- `datapackage.json`: the columns of the CSV files, their types, units and meanings.\n");
        md.append("- `convergence.png`: the search's progress; `search.json`: the plan; `evaluations/`: the recorded runs.\n");
        if (!in.comparison().isEmpty()) {
            md.append("- `compare/`: the comparison below (`vetsim compare` of the base and the chosen mix")
                    .append(written.size() > 1 ? "es" : "").append(", ").append(in.plan().finalReplications())
                    .append(" replications).\n");
        }
        md.append('\n');
    }
}
