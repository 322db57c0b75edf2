package org.vetsim.experiment.optimise;

import org.vetsim.io.output.Column;
import org.vetsim.io.output.CsvWriter;
import org.vetsim.io.output.Numbers;
import org.vetsim.io.output.Table;
import org.vetsim.experiment.stats.Summary;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Writes {@code evaluations.csv}: the base, then every candidate of every search in the order
 * asked for (a candidate asked for twice appears twice), then the best ones run again and the
 * steps down from the best of them, best first; each with its levers, its score and the mean and
 * 95% interval of every reported metric.
 */
final class EvaluationsCsv {
    static final String FILE = "evaluations.csv";
    private static final String BASE_ROW = " Empty on the base's row.";

    private EvaluationsCsv() {
    }

    /** The schema of the file for the levers of {@code space} and the {@code reported} metrics. */
    static Table table(SearchSpace space, MetricNames names, List<String> reported) {
        List<Column> columns = new ArrayList<>(List.of(
                Column.integer("search", "", "Search number: 1 without --pareto, 1, 2, ... along a trade-off curve."
                        + BASE_ROW, 1),
                Column.integer("candidate", "", "Position of the candidate in its search, from 1." + BASE_ROW, 1),
                Column.oneOf("stage", "Where the row comes from: base (the base scenario), search (asked for by CMA-ES), "
                        + "check (the final check: a switch flipped, a whole number moved one level, a number set to its "
                        + "lowest value or stepped down to a half or three quarters of its distance above it), final (a best candidate run again "
                        + "with more replications) or step-down (a number lever of the best of those set to its lowest value or "
                        + "stepped down as in the check, with as many replications).",
                        List.of("base", Proposal.SEARCH, Proposal.CHECK, Proposal.FINAL, Proposal.STEP_DOWN)),
                Column.integer("restart", "", "Which CMA-ES run of the search asked for the candidate, from 0; empty "
                        + "outside CMA-ES.", 0)));
        columns.addAll(OptimiseColumns.levers(space, BASE_ROW));
        columns.addAll(List.of(
                Column.integer("replications", "", "Replications the row's numbers are over (replication r of every row "
                        + "ran with the same seed).", 1),
                Column.oneOf("status", "ok, or failed when a run failed (see message).", List.of("ok", "failed")),
                new Column("feasible", Column.Type.BOOLEAN, "", "Whether the means meet every constraint." + BASE_ROW
                        + " Empty when the runs failed.", null, null, List.of()),
                Column.number("shortfall", "", "Total shortfall: the sum over constraints of the amount each is missed by, "
                        + "divided by the base's value of its metric (or the bound, or 1); 0 when feasible." + BASE_ROW)
                        .within(0.0, null),
                Column.number("score", "", "The number CMA-ES minimised (feasibility rule): in -1 to 1 when feasible, "
                        + "1 + shortfall when not, " + Numbers.csv(Scorer.FAILED) + " when the runs failed." + BASE_ROW)));
        for (String metric : reported) {
            columns.addAll(OptimiseColumns.interval(names, metric, " Empty when the runs failed."));
        }
        columns.add(Column.text("message", "Why a run failed; empty otherwise."));
        return new Table(FILE, "One row per evaluation: the base, then every candidate of every search in the order "
                + "asked for, then the best candidates run again and the steps down from the best of them, best first; "
                + "its levers, score and metrics over its replications.",
                columns);
    }

    static void write(OutputStream out, Table table, Answer answer, SearchSpace space, List<String> columns,
                      List<String> reported) throws IOException {
        CsvWriter csv = new CsvWriter(out, table);
        List<String> base = new ArrayList<>(List.of("", "", "base", ""));
        base.addAll(Collections.nCopies(space.dimension(), ""));
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
        cells.addAll(leverCells(p.mix()));
        Evaluation e = p.evaluation();
        Score s = p.score();
        cells.addAll(List.of(Integer.toString(e.replications()), e.failed() ? "failed" : "ok",
                s.failed() ? "" : Boolean.toString(s.feasible()), Numbers.csv(s.shortfall()), Numbers.csv(s.value())));
        if (e.failed()) {
            cells.addAll(Collections.nCopies(3 * reported.size(), ""));
        } else {
            cells.addAll(metrics(e, columns, reported));
        }
        cells.add(e.failure());
        return cells;
    }

    /** The levers of {@code mix} as cells: numbers in the one number format, switches as true or false. */
    static List<String> leverCells(Mix mix) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < mix.space().dimension(); i++) {
            Lever lever = mix.space().levers().get(i);
            cells.add(lever.kind() == Lever.Kind.SWITCH ? mix.value(i) : Numbers.csv(lever.numeric(mix.levels().get(i))));
        }
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
