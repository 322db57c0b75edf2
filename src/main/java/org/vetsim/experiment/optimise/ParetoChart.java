package org.vetsim.experiment.optimise;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.vetsim.experiment.chart.ChartFiles;
import org.vetsim.experiment.chart.Headless;
import org.vetsim.experiment.stats.Summary;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code pareto.png}: the trade-off curve between two metrics. Every candidate tried is a grey
 * dot (its means over the search's replications); the best mix of each search is a labelled
 * point with its 95% intervals in both metrics (final replications); the curve joins the points
 * that no other point beats in both metrics; the base scenario is a black square.
 */
final class ParetoChart {
    private static final Color CLOUD = new Color(0xc8c8c8);

    private ParetoChart() {
    }

    /**
     * Writes the chart.
     *
     * @param columns the outcome columns
     * @param first the first metric (horizontal axis)
     * @param second the second metric (vertical axis)
     */
    static void write(Path file, Answer answer, MetricNames names, List<String> columns, String first,
                      String second) throws IOException {
        Headless.prefer();
        int a = columns.indexOf(first);
        int b = columns.indexOf(second);
        List<FrontPoint> front = answer.front().stream().filter(FrontPoint::feasible).toList();
        JFreeChart chart = ChartFactory.createScatterPlot("Trade-off: " + names.title(first) + " and " + names.title(second),
                names.axisLabel(first), names.axisLabel(second), new XYSeriesCollection(cloud(answer, a, b)),
                PlotOrientation.VERTICAL, true, false, false);
        ChartFiles.style(chart);
        chart.addSubtitle(new TextTitle("P1: best for " + first + "; P2: best for " + second + "; the others: best for "
                + first + " with " + second + " bounded", new Font(Font.SANS_SERIF, Font.PLAIN, 12)));
        XYPlot plot = chart.getXYPlot();
        plot.setRenderer(0, shapes(CLOUD, new Ellipse2D.Double(-2, -2, 4, 4)));
        XYIntervalSeriesCollection points = new XYIntervalSeriesCollection();
        points.addSeries(points(answer, front, a, b));
        plot.setDataset(1, points);
        plot.setRenderer(1, pointsRenderer());
        XYSeriesCollection lines = new XYSeriesCollection(curve(front));
        XYSeries base = new XYSeries("base scenario", false, true);
        base.add(answer.base().mean(a), answer.base().mean(b));
        lines.addSeries(base);
        plot.setDataset(2, lines);
        plot.setRenderer(2, curveAndBaseRenderer());
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        for (NumberAxis axis : List.of((NumberAxis) plot.getRangeAxis(), (NumberAxis) plot.getDomainAxis())) {
            axis.setAutoRangeIncludesZero(false);
            axis.setAutoRangeStickyZero(false);
        }
        label(plot, front);
        ChartFiles.save(file, chart);
    }

    /** Every candidate tried, at its means over the search's replications. */
    private static XYSeries cloud(Answer answer, int a, int b) {
        int replications = answer.searches().get(0).proposals().get(0).evaluation().replications();
        XYSeries cloud = new XYSeries("every candidate tried (" + replications + " replications each, so noisier)", false, true);
        for (SearchResult search : answer.searches()) {
            for (Proposal p : search.proposals()) {
                if (!p.score().failed()) {
                    cloud.add(p.evaluation().mean(a), p.evaluation().mean(b));
                }
            }
        }
        return cloud;
    }

    /** Each search's best mix with its 95% intervals in both metrics. */
    private static XYIntervalSeries points(Answer answer, List<FrontPoint> front, int a, int b) {
        XYIntervalSeries points = new XYIntervalSeries("best mix of each search ("
                + answer.base().replications() + " replications, 95% intervals)");
        for (FrontPoint p : front) {
            Summary x = p.search().chosen().evaluation().summary(a);
            Summary y = p.search().chosen().evaluation().summary(b);
            points.add(x.mean(), low(x), high(x), y.mean(), low(y), high(y));
        }
        return points;
    }

    /** The line through the points no other beats in both metrics. */
    private static XYSeries curve(List<FrontPoint> front) {
        XYSeries curve = new XYSeries("trade-off curve", false, true);
        front.stream().filter(p -> !p.dominated()).sorted(Comparator.comparingDouble(FrontPoint::first))
                .forEach(p -> curve.add(p.first(), p.second()));
        return curve;
    }

    private static XYErrorRenderer pointsRenderer() {
        XYErrorRenderer errors = new XYErrorRenderer();
        errors.setSeriesPaint(0, ChartFiles.color(0));
        errors.setErrorPaint(ChartFiles.color(0));
        errors.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
        errors.setSeriesLinesVisible(0, false);
        return errors;
    }

    private static XYLineAndShapeRenderer curveAndBaseRenderer() {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        renderer.setSeriesPaint(0, ChartFiles.color(0));
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        renderer.setSeriesShapesVisible(0, false);
        renderer.setSeriesPaint(1, Color.BLACK);
        renderer.setSeriesLinesVisible(1, false);
        renderer.setSeriesShape(1, new Rectangle2D.Double(-6, -6, 12, 12));
        return renderer;
    }

    /** Labels each point with its search ("P3"); points of the same mix share one label ("P3, P4"). */
    private static void label(XYPlot plot, List<FrontPoint> front) {
        Map<List<Double>, String> labels = new LinkedHashMap<>();
        for (FrontPoint p : front) {
            labels.merge(List.of(p.first(), p.second()), "P" + p.search().index(), (x, y) -> x + ", " + y);
        }
        PointLabels.add(plot, labels.entrySet().stream()
                .map(e -> new PointLabels.Point(e.getKey().get(0), e.getKey().get(1), e.getValue())).toList());
    }

    private static XYLineAndShapeRenderer shapes(Color color, Shape shape) {
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setSeriesPaint(0, color);
        renderer.setSeriesShape(0, shape);
        return renderer;
    }

    private static double low(Summary s) {
        return Double.isNaN(s.ciLow()) ? s.mean() : s.ciLow();
    }

    private static double high(Summary s) {
        return Double.isNaN(s.ciHigh()) ? s.mean() : s.ciHigh();
    }
}
