package org.vetsim.experiment.optimise;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.ui.RectangleAnchor;
import org.jfree.ui.TextAnchor;
import org.vetsim.experiment.chart.ChartFiles;
import org.vetsim.experiment.chart.Headless;
import org.vetsim.io.output.Numbers;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Polygon;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code convergence.png}: how a search got to its answer. For one search, every candidate's
 * objective (filled if it met the constraints, grey if not) and the best feasible value so far;
 * for a trade-off curve, the best feasible value so far of each search of the first metric.
 * The base's value is a dashed line.
 */
final class ConvergenceChart {
    private static final Color MISSED = new Color(0xb0b0b0);
    private static final Shape DIAMOND = new Polygon(new int[] {0, 7, 0, -7}, new int[] {-7, 0, 7, 0}, 4);

    private ConvergenceChart() {
    }

    /**
     * Writes the chart; {@code base} is the base's mean of the objective, {@code replications}
     * the replications per candidate.
     */
    static void write(Path file, Answer answer, MetricNames names, double base, int replications)
            throws IOException {
        Headless.prefer();
        String metric = answer.searches().get(0).goal().objective().metric();
        XYSeriesCollection data = new XYSeriesCollection();
        boolean single = answer.searches().size() == 1;
        if (single) {
            SearchResult search = answer.searches().get(0);
            data.addSeries(points(search, true, "candidates that meet the constraints"));
            data.addSeries(points(search, false, "candidates that miss them"));
            data.addSeries(bestSoFar(search, "best so far that meets the constraints"));
            data.addSeries(chosen(search));
        } else {
            for (SearchResult search : answer.searches()) {
                if (search.goal().objective().metric().equals(metric) && search.index() != 2) {
                    data.addSeries(bestSoFar(search, "search " + search.index() + bound(search)));
                }
            }
        }
        JFreeChart chart = ChartFactory.createXYLineChart("Search progress: " + names.title(metric),
                "Candidate (in the order the search asked for them)", names.axisLabel(metric), data,
                PlotOrientation.VERTICAL, true, false, false);
        ChartFiles.style(chart);
        chart.addSubtitle(new TextTitle("each candidate: mean of " + replications + " replications with common seeds",
                new Font(Font.SANS_SERIF, Font.PLAIN, 12)));
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        for (int s = 0; s < data.getSeriesCount(); s++) {
            boolean dots = single && s != 2;
            renderer.setSeriesLinesVisible(s, !dots);
            renderer.setSeriesShapesVisible(s, dots);
            renderer.setSeriesShape(s, s == 3 && single ? DIAMOND : new Ellipse2D.Double(-3, -3, 6, 6));
            renderer.setSeriesPaint(s, !single ? ChartFiles.color(s) : s == 0 ? ChartFiles.color(0) : s == 1 ? MISSED
                    : s == 2 ? ChartFiles.color(1) : Color.BLACK);
            renderer.setSeriesStroke(s, new BasicStroke(2.5f));
        }
        plot.setRenderer(renderer);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        ((NumberAxis) plot.getDomainAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        ValueMarker marker = new ValueMarker(base, Color.DARK_GRAY, new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        marker.setLabel("base " + Numbers.brief(base));
        marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        plot.addRangeMarker(marker);
        ChartFiles.save(file, chart);
    }

    private static XYSeries points(SearchResult search, boolean feasible, String name) {
        XYSeries series = new XYSeries(name, false, true);
        for (Proposal p : search.proposals()) {
            if (!p.score().failed() && p.score().feasible() == feasible) {
                series.add(p.number(), p.score().objective());
            }
        }
        return series;
    }

    /** The mix named best (or closest), run again with more replications, just after the last candidate. */
    private static XYSeries chosen(SearchResult search) {
        Proposal chosen = search.chosen();
        XYSeries series = new XYSeries("chosen mix, run again (" + chosen.evaluation().replications() + " replications)",
                false, true);
        if (!chosen.score().failed()) {
            series.add(search.proposals().size() + 1, chosen.score().objective());
        }
        return series;
    }

    /** A staircase through the best feasible objective so far, from its first value to the last candidate. */
    private static XYSeries bestSoFar(SearchResult search, String name) {
        XYSeries series = new XYSeries(name, false, true);
        double sign = search.goal().objective().sign();
        double best = Double.NaN;
        List<Proposal> proposals = search.proposals();
        for (Proposal p : proposals) {
            if (p.score().feasible() && (Double.isNaN(best) || sign * p.score().objective() < sign * best)) {
                if (!Double.isNaN(best)) {
                    series.add(p.number(), best);
                }
                best = p.score().objective();
                series.add(p.number(), best);
            }
        }
        if (!Double.isNaN(best)) {
            series.add(proposals.get(proposals.size() - 1).number(), best);
        }
        return series;
    }

    /** The bound a search of a trade-off curve put on the second metric (none for the first search). */
    private static String bound(SearchResult search) {
        List<Constraint> constraints = search.goal().constraints();
        return search.index() < 3 ? " (no bound)" : " (" + constraints.get(constraints.size() - 1).text() + ")";
    }
}
