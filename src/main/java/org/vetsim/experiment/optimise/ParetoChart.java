package org.vetsim.experiment.optimise;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
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
import org.jfree.ui.TextAnchor;
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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code pareto.png}: the trade-off curve between two metrics. Every candidate tried is a grey
 * dot (its means over the search's replications); the best mix of each search is a labelled
 * point with its 95% intervals in both metrics (final replications); the curve joins the points
 * that no other point beats in both metrics; the base scenario is a black square.
 */
final class ParetoChart {
    private static final Color CLOUD = new Color(0xc8c8c8);
    /** A label's room, as shares of the axes' ranges. */
    private static final double LABEL_WIDTH = 0.06;
    private static final double LABEL_HEIGHT = 0.05;

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

    /**
     * Labels each point with its search ("P3"); points of the same mix share one label ("P3, P4").
     * A label goes above and right of its point; left of it when the next point (in order of the
     * first metric) is too close on the right; below it when points are close on both sides.
     */
    private static void label(XYPlot plot, List<FrontPoint> front) {
        Map<List<Double>, String> labels = new TreeMap<>(Comparator.comparingDouble((List<Double> xy) -> xy.get(0))
                .thenComparingDouble(xy -> xy.get(1)));
        for (FrontPoint p : front) {
            labels.merge(List.of(p.first(), p.second()), "P" + p.search().index(), (x, y) -> x + ", " + y);
        }
        double width = LABEL_WIDTH * plot.getDomainAxis().getRange().getLength();
        double height = LABEL_HEIGHT * plot.getRangeAxis().getRange().getLength();
        List<List<Double>> points = List.copyOf(labels.keySet());
        for (int i = 0; i < points.size(); i++) {
            List<Double> xy = points.get(i);
            boolean crowdedRight = i + 1 < points.size() && near(xy, points.get(i + 1), width, height);
            boolean crowdedLeft = i > 0 && near(points.get(i - 1), xy, width, height);
            String text = labels.get(xy);
            XYTextAnnotation label = new XYTextAnnotation(crowdedRight && !crowdedLeft ? text + "  " : "  " + text,
                    xy.get(0), xy.get(1));
            label.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
            label.setTextAnchor(!crowdedRight ? TextAnchor.BOTTOM_LEFT
                    : crowdedLeft ? TextAnchor.TOP_LEFT : TextAnchor.BOTTOM_RIGHT);
            plot.addAnnotation(label);
        }
    }

    /** Whether {@code right}, at or right of {@code left}, is within a label's room of it. */
    private static boolean near(List<Double> left, List<Double> right, double width, double height) {
        return right.get(0) - left.get(0) < width && Math.abs(right.get(1) - left.get(1)) < height;
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
