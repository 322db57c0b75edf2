package org.vetsim.experiment.optimise;

import org.vetsim.experiment.io.CsvWriter;
import org.vetsim.experiment.io.Numbers;
import org.vetsim.experiment.stats.Summary;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code evaluations.csv}: the base, then every candidate of every search in the order
 * asked for (a candidate asked for twice appears twice), then the best ones run again; each with
 * its levers, its score and the mean and 95% interval of every reported metric.
 */
final class EvaluationsCsv {
    private EvaluationsCsv() {
    }

    static void write(OutputStream out, Answer answer, SearchSpace space, List<String> columns,
                      List<String> reported) throws IOException {
        CsvWriter csv = new CsvWriter(out);
        List<String> header = new ArrayList<>(List.of("search", "candidate", "stage", "restart"));
        space.levers().forEach(lever -> header.add(lever.key()));
        header.addAll(List.of("replications", "status", "feasible", "shortfall", "score"));
        for (String metric : reported) {
            header.addAll(List.of(metric + "_mean", metric + "_ci_low", metric + "_ci_high"));
        }
        header.add("message");
        csv.row(header);
        List<String> base = new ArrayList<>(List.of("", "", "base", ""));
        space.levers().forEach(lever -> base.add(""));
        base.addAll(List.of(Integer.toString(answer.base().replications()), "ok", "", "", ""));
        base.addAll(metrics(answer.base(), columns, reported));
        base.add("");
        csv.row(base);
        for (SearchResult search : answer.searches()) {
            for (Proposal p : search.proposals()) {
                csv.row(row(search, p, columns, reported));
            }
            for (Proposal p : search.finalists()) {
                csv.row(row(search, p, columns, reported));
            }
        }
        csv.flush();
    }

    private static List<String> row(SearchResult search, Proposal p, List<String> columns, List<String> reported) {
        List<String> cells = new ArrayList<>(List.of(Integer.toString(search.index()), Integer.toString(p.number()),
                p.stage(), p.restart() < 0 ? "" : Integer.toString(p.restart())));
        for (int i = 0; i < p.mix().space().dimension(); i++) {
            cells.add(p.mix().value(i));
        }
        Evaluation e = p.evaluation();
        Score s = p.score();
        cells.addAll(List.of(Integer.toString(e.replications()), e.failed() ? "failed" : "ok",
                s.failed() ? "" : Boolean.toString(s.feasible()), Numbers.csv(s.shortfall()), Numbers.csv(s.value())));
        if (e.failed()) {
            reported.forEach(metric -> cells.addAll(List.of("", "", "")));
        } else {
            cells.addAll(metrics(e, columns, reported));
        }
        cells.add(e.failure());
        return cells;
    }

    private static List<String> metrics(Evaluation e, List<String> columns, List<String> reported) {
        List<String> cells = new ArrayList<>();
        for (String metric : reported) {
            Summary summary = e.summary(columns.indexOf(metric));
            cells.addAll(List.of(Numbers.csv(summary.mean()), Numbers.csv(summary.ciLow()), Numbers.csv(summary.ciHigh())));
        }
        return cells;
    }
}
