package org.vetsim.experiment.optimise;

import org.vetsim.io.output.Numbers;
import org.vetsim.experiment.stats.PairedDifference;
import org.vetsim.experiment.stats.Summary;

import java.util.List;

/** The answer sections of {@code report.md}: the best mix against the base, or the trade-off curve, and the finalists. */
final class AnswerTables {
    private AnswerTables() {
    }

    /** The best mix of a single search, or the closest one if none met the constraints. */
    static void best(StringBuilder md, OptimiseReport.Input in) {
        SearchResult search = in.answer().searches().get(0);
        Proposal chosen = search.chosen();
        String file = in.files().isEmpty() || in.files().get(0).isEmpty() ? ""
                : " The scenario file `" + in.files().get(0) + "` runs it.";
        md.append("## The answer\n\n");
        if (chosen.score().failed()) {
            md.append(chosen.evaluation().failed()
                    ? "**Every candidate's runs failed**, the first because: " + chosen.evaluation().failure()
                    : "**No candidate could be scored**: the objective or a constraint is undefined in every replication "
                    + "(a rate over events that never occurred, such as a training cost where nobody trains)").append("\n\n");
            return;
        }
        if (search.feasible()) {
            md.append("**Best mix found: ").append(chosen.mix().describe()).append(".** It meets every constraint on the means of ")
                    .append(chosen.evaluation().replications()).append(" replications.").append(file).append("\n\n");
        } else {
            md.append("**No candidate met the constraints.** The closest mix, ").append(chosen.mix().describe())
                    .append(", misses them by a total shortfall of ").append(Numbers.brief(chosen.score().shortfall()))
                    .append(" (each constraint's shortfall as a share of the base's value).").append(file)
                    .append(" Widen the levers' ranges, add levers or relax the constraints.\n\n");
        }
        md.append("| lever | base scenario | ").append(search.feasible() ? "best mix" : "closest mix").append(" |\n|---|---|---|\n");
        for (int i = 0; i < in.space().dimension(); i++) {
            md.append("| `").append(in.space().levers().get(i).key()).append("` | ").append(in.baseValues().get(i))
                    .append(" | ").append(chosen.mix().value(i)).append(" |\n");
        }
        md.append('\n');
        outcomes(md, in, search, chosen);
    }

    private static void outcomes(StringBuilder md, OptimiseReport.Input in, SearchResult search, Proposal chosen) {
        Evaluation base = in.answer().base();
        Evaluation best = chosen.evaluation();
        int n = best.replications();
        md.append("| metric | role | base [95% CI] | mix [95% CI] | difference [95% CI] | bound | met | met with 95% confidence |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        Goal goal = search.goal();
        row(md, in, goal.objective().metric(), goal.objective().maximise() ? "maximise" : "minimise", base, best, n);
        md.append(" | | | |\n");
        for (int i = 0; i < goal.constraints().size(); i++) {
            Constraint c = goal.constraints().get(i);
            PairedDifference diff = row(md, in, c.metric(), "constraint", base, best, n);
            double threshold = search.scorer().threshold(i, n);
            double margin = c.bound().relative() ? threshold - base.summary(in.columns().indexOf(c.metric()), n).mean() : threshold;
            Summary interval = c.bound().relative() ? diff.difference() : best.summary(in.columns().indexOf(c.metric()));
            boolean met = search.scorer().shortfall(i, best) <= 0;
            boolean sure = c.atMost() ? interval.ciHigh() <= margin : interval.ciLow() >= margin;
            md.append(" | ").append(c.operator()).append(' ').append(Numbers.brief(threshold)).append(" | ")
                    .append(met ? "yes" : "**no**").append(" | ").append(sure ? "yes" : "no").append(" |\n");
        }
        md.append("\nDifferences are the mix minus the base, replication by replication (the same seeds), over ")
                .append(n).append(" replications.\n\n");
    }

    private static PairedDifference row(StringBuilder md, OptimiseReport.Input in, String metric, String role,
                                        Evaluation base, Evaluation best, int n) {
        int k = in.columns().indexOf(metric);
        PairedDifference diff = PairedDifference.of(best.values(k), base.values(k, n));
        md.append("| ").append(in.names().title(metric)).append(" | ").append(role).append(" | ")
                .append(interval(base.summary(k, n))).append(" | ").append(interval(best.summary(k)))
                .append(" | ").append(interval(diff.difference()));
        return diff;
    }

    /** The trade-off curve: one row per search's best mix, and the chart. */
    static void front(StringBuilder md, OptimiseReport.Input in) {
        Objective a = in.question().goal().objective();
        Objective b = in.question().second();
        int ka = in.columns().indexOf(a.metric());
        int kb = in.columns().indexOf(b.metric());
        md.append("## The trade-off curve\n\n");
        List<FrontPoint> front = in.answer().front();
        if (front.size() < in.question().points()) {
            md.append("Only ").append(front.size()).append(" of the ").append(in.question().points())
                    .append(" points were searched: ").append(front.stream().allMatch(FrontPoint::feasible)
                            ? "the mix that is best for " + a.metric() + " is also (about) best for " + b.metric() + ", so there is no trade-off to trace"
                            : "an end of the curve met no constraint").append(".\n\n");
        }
        md.append("| point | bound on ").append(b.metric()).append(" | ").append(in.names().title(a.metric())).append(" [95% CI] | ")
                .append(in.names().title(b.metric())).append(" [95% CI] | mix | on the curve | file |\n|---|---|---|---|---|---|---|\n");
        Evaluation base = in.answer().base();
        md.append("| base | | ").append(interval(base.summary(ka))).append(" | ").append(interval(base.summary(kb)))
                .append(" | | | |\n");
        for (int i = 0; i < front.size(); i++) {
            FrontPoint p = front.get(i);
            Evaluation e = p.search().chosen().evaluation();
            String bound = ParetoCsv.bound(p.search());
            md.append("| P").append(p.search().index()).append(" | ").append(bound.isEmpty() ? "none" : "`" + bound + "`")
                    .append(" | ").append(interval(e.summary(ka))).append(" | ").append(interval(e.summary(kb))).append(" | ")
                    .append(p.mix().describe()).append(" | ")
                    .append(!p.feasible() ? "no (misses the constraints)" : p.dominated() ? "no (another point is better in both)" : "yes")
                    .append(sameAs(front, i))
                    .append(" | ").append(in.files().get(i).isEmpty() ? "" : "`" + in.files().get(i) + "`").append(" |\n");
        }
        md.append("\nP1 is the best mix for ").append(a.metric()).append(", P2 for ").append(b.metric())
                .append("; each further point is the best for ").append(a.metric()).append(" with ").append(b.metric())
                .append(" bounded at a level between theirs. Intervals are over the final replications.\n\n");
        md.append("![Trade-off curve](pareto.png)\n\n");
    }

    /** " (the same mix as Pk)" if an earlier point of the curve has the same mix. */
    private static String sameAs(List<FrontPoint> front, int i) {
        for (int j = 0; j < i; j++) {
            if (front.get(j).mix().equals(front.get(i).mix())) {
                return " (the same mix as P" + front.get(j).search().index() + ")";
            }
        }
        return "";
    }

    /** The best candidates of a search, run again, and the steps down from the best of them, best first. */
    static void finalists(StringBuilder md, OptimiseReport.Input in, SearchResult search) {
        int k = in.columns().indexOf(search.goal().objective().metric());
        md.append("| rank | mix | ").append(in.names().title(search.goal().objective().metric()))
                .append(" [95% CI] | meets the constraints | shortfall |\n|---|---|---|---|---|\n");
        int rank = 1;
        for (Proposal p : search.finalists()) {
            md.append("| ").append(rank++).append(" | ").append(p.mix().describe())
                    .append(p.stage().equals(Proposal.STEP_DOWN) ? " (a step down)" : "").append(" | ")
                    .append(p.score().failed() ? "failed" : interval(p.evaluation().summary(k))).append(" | ")
                    .append(p.score().feasible() ? "yes" : "no").append(" | ").append(Numbers.brief(p.score().shortfall()))
                    .append(" |\n");
        }
        md.append('\n');
    }

    private static String interval(Summary s) {
        return Numbers.brief(s.mean()) + " [" + Numbers.brief(s.ciLow()) + ", " + Numbers.brief(s.ciHigh()) + "]";
    }
}
