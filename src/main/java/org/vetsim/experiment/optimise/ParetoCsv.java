package org.vetsim.experiment.optimise;

import org.vetsim.experiment.io.CsvWriter;
import org.vetsim.experiment.io.Numbers;
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
    private ParetoCsv() {
    }

    static void write(OutputStream out, Answer answer, SearchSpace space, List<String> columns,
                      List<String> files) throws IOException {
        FrontPoint any = answer.front().get(0);
        String first = any.search().goal().objective().metric();
        String second = answer.searches().get(1).goal().objective().metric();
        CsvWriter csv = new CsvWriter(out);
        List<String> header = new ArrayList<>(List.of("point", "search", "bound", "feasible", "dominated"));
        for (String metric : List.of(first, second)) {
            header.addAll(List.of(metric + "_mean", metric + "_ci_low", metric + "_ci_high"));
        }
        space.levers().forEach(lever -> header.add(lever.key()));
        header.add("scenario");
        csv.row(header);
        for (int i = 0; i < answer.front().size(); i++) {
            FrontPoint p = answer.front().get(i);
            SearchResult search = p.search();
            List<String> cells = new ArrayList<>(List.of("P" + search.index(), search.title(), bound(search),
                    Boolean.toString(p.feasible()), Boolean.toString(p.dominated())));
            for (String metric : List.of(first, second)) {
                Summary s = search.chosen().evaluation().summary(columns.indexOf(metric));
                cells.addAll(List.of(Numbers.csv(s.mean()), Numbers.csv(s.ciLow()), Numbers.csv(s.ciHigh())));
            }
            for (int k = 0; k < space.dimension(); k++) {
                cells.add(p.mix().value(k));
            }
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
