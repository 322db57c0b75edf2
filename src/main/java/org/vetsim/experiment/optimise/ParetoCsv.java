package org.vetsim.experiment.optimise;

import org.vetsim.io.output.Column;
import org.vetsim.io.output.CsvWriter;
import org.vetsim.io.output.Numbers;
import org.vetsim.io.output.Table;
import org.vetsim.experiment.stats.Summary;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code pareto.csv}: one row per point of the trade-off curve (the best mix of each
 * search), with the bound the search put on the second metric, whether the point meets the
 * constraints and is dominated, both metrics' means and 95% intervals, the levers and the
 * scenario file written for it.
 */
final class ParetoCsv {
    static final String FILE = "pareto.csv";

    private ParetoCsv() {
    }

    /** The schema of the file for a curve between {@code first} and {@code second} over the levers of {@code space}. */
    static Table table(SearchSpace space, MetricNames names, String first, String second) {
        List<Column> columns = new ArrayList<>(List.of(
                Column.text("point", "The point: P and the number of the search that found it."),
                Column.text("search", "What the search optimised, under which constraints."),
                Column.text("bound", "The bound the search put on " + second + ", as a change from the base; empty at the "
                        + "two ends of the curve."),
                new Column("feasible", Column.Type.BOOLEAN, "", "Whether the point's means meet every constraint.",
                        null, null, List.of()),
                new Column("dominated", Column.Type.BOOLEAN, "", "Whether another feasible point is at least as good in "
                        + "both metrics and better in one.", null, null, List.of())));
        for (String metric : List.of(first, second)) {
            columns.addAll(OptimiseColumns.interval(names, metric, " Over the final replications."));
        }
        columns.addAll(OptimiseColumns.levers(space, ""));
        columns.add(Column.text("scenario", "The scenario file written for the point; empty if its runs failed."));
        return new Table(FILE, "One row per point of the trade-off curve between " + first + " and " + second
                + " (the best mix of each search), in order of " + first + ".", columns);
    }

    static void write(OutputStream out, Table table, Answer answer, List<String> columns, List<String> files)
            throws IOException {
        String first = answer.searches().get(0).goal().objective().metric();
        String second = answer.searches().get(1).goal().objective().metric();
        CsvWriter csv = new CsvWriter(out, table);
        for (int i = 0; i < answer.front().size(); i++) {
            FrontPoint p = answer.front().get(i);
            SearchResult search = p.search();
            List<String> cells = new ArrayList<>(List.of("P" + search.index(), search.title(), bound(search),
                    Boolean.toString(p.feasible()), Boolean.toString(p.dominated())));
            for (String metric : List.of(first, second)) {
                Summary s = search.chosen().evaluation().summary(columns.indexOf(metric));
                cells.addAll(List.of(Numbers.csv(s.mean()), Numbers.csv(s.ciLow()), Numbers.csv(s.ciHigh())));
            }
            cells.addAll(EvaluationsCsv.leverCells(p.mix()));
            cells.add(files.get(i));
            csv.row(cells);
        }
        csv.flush();
    }

    /** The bound a search put on the second metric, empty for the two ends of the curve. */
    static String bound(SearchResult search) {
        List<Constraint> constraints = search.goal().constraints();
        return search.index() < 3 ? "" : constraints.get(constraints.size() - 1).text();
    }
}
