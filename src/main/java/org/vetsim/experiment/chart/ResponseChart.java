package org.vetsim.experiment.chart;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A sweep's response to one parameter: each design point's output (mean over replications)
 * against the parameter's value, and, where the parameter takes few distinct values, a line
 * through the average response at each value (the main effect).
 */
public final class ResponseChart {
    /** Up to this many distinct values, the average at each value is drawn as a line. */
    static final int MAX_LEVELS_FOR_LINE = 50;

    private ResponseChart() {
    }

    /**
     * Writes the chart to {@code file}. {@code categories} names the values 0, 1, ... of a
     * non-numeric parameter (null for a numeric one).
     */
    public static void write(Path file, String title, String xLabel, String yLabel, double[] x, double[] y,
                             List<String> categories) throws IOException {
        Headless.prefer();
        XYSeries points = new XYSeries("design points (mean over replications)", false, true);
        Map<Double, double[]> byValue = new TreeMap<>();
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(y[i])) {
                continue;
            }
            points.add(x[i], y[i]);
            double[] sum = byValue.computeIfAbsent(x[i], k -> new double[2]);
            sum[0] += y[i];
            sum[1]++;
        }
        XYSeriesCollection data = new XYSeriesCollection(points);
        boolean line = byValue.size() <= MAX_LEVELS_FOR_LINE && byValue.size() < points.getItemCount();
        if (line) {
            XYSeries means = new XYSeries("average at each value", true, false);
            byValue.forEach((value, sum) -> means.add((double) value, sum[0] / sum[1]));
            data.addSeries(means);
        }
        JFreeChart chart = ChartFactory.createScatterPlot(title, xLabel, yLabel, data,
                PlotOrientation.VERTICAL, true, false, false);
        ChartFiles.style(chart);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-3, -3, 6, 6));
        renderer.setSeriesPaint(0, ChartFiles.color(0));
        if (line) {
            renderer.setSeriesLinesVisible(1, true);
            renderer.setSeriesShapesVisible(1, false);
            renderer.setSeriesPaint(1, ChartFiles.color(1));
            renderer.setSeriesStroke(1, new BasicStroke(2.5f));
        }
        plot.setRenderer(renderer);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        if (categories != null) {
            SymbolAxis axis = new SymbolAxis(xLabel, categories.toArray(new String[0]));
            axis.setLabelFont(plot.getDomainAxis().getLabelFont());
            plot.setDomainAxis(axis);
        } else {
            ((NumberAxis) plot.getDomainAxis()).setAutoRangeIncludesZero(false);
        }
        ChartFiles.save(file, chart);
    }
}
