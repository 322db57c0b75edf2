package org.vetsim.experiment.cli;

import org.vetsim.io.output.Numbers;
import org.vetsim.experiment.optimise.FrontPoint;
import org.vetsim.experiment.optimise.OptimiseExperiment;
import org.vetsim.experiment.optimise.Proposal;
import org.vetsim.experiment.optimise.Question;
import org.vetsim.experiment.optimise.SearchResult;
import org.vetsim.experiment.stats.Summary;

import java.io.PrintWriter;
import java.util.List;

/** The few lines {@code vetsim optimise} prints when it is done: the answer and the files written. */
final class OptimiseSummary {
    private final PrintWriter out;
    private final PrintWriter err;

    OptimiseSummary(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    void print(OptimiseExperiment.Result result, Question question, List<String> columns) {
        List<String> files = result.files().stream().filter(f -> !f.isEmpty()).toList();
        if (question.tradeoff()) {
            List<FrontPoint> front = result.answer().front();
            long onCurve = front.stream().filter(p -> p.feasible() && !p.dominated()).count();
            out.printf("Trade-off curve: %d points searched, %d on the curve (see pareto.csv)%n", front.size(), onCurve);
        } else {
            SearchResult search = result.answer().searches().get(0);
            Proposal chosen = search.chosen();
            String metric = search.goal().objective().metric();
            if (chosen.score().failed()) {
                out.println("Every candidate's runs failed: " + chosen.evaluation().failure());
            } else {
                Summary s = chosen.evaluation().summary(columns.indexOf(metric));
                double base = result.answer().base().mean(columns.indexOf(metric));
                out.printf("%s: %s; %s %s [%s, %s] (base %s)%s%n", search.feasible() ? "Best mix" : "No candidate met the constraints; closest mix",
                        chosen.mix().describe(), metric, Numbers.brief(s.mean()), Numbers.brief(s.ciLow()), Numbers.brief(s.ciHigh()),
                        Numbers.brief(base), search.feasible() && !search.goal().constraints().isEmpty() ? ", meets every constraint" : "");
            }
            if (!search.feasible()) {
                err.println("vetsim: warning: no candidate met the constraints; report.md shows the closest");
                err.flush();
            }
        }
        out.printf("Wrote %s: report.md, %sevaluations.csv, convergence.png%s, datapackage.json%s%n", result.folder(),
                files.isEmpty() ? "" : String.join(", ", files) + ", ", question.tradeoff() ? ", pareto.csv, pareto.png" : "",
                files.isEmpty() ? "" : " and compare/");
    }
}
