package org.vetsim.experiment.chart;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.ui.RectangleAnchor;
import org.jfree.ui.TextAnchor;

import java.awt.BasicStroke;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A line chart of several means over time, each with a shaded confidence band: one line and
 * band per scenario, a legend naming them.
 */
public final class BandChart {
    private BandChart() {
    }

    /**
     * One line with its band.
     *
     * @param name legend entry
     * @param x positions on the horizontal axis
     * @param mean line values
     * @param low lower edge of the band (NaN: no band at that point)
     * @param high upper edge of the band
     */
    public record Series(String name, double[] x, double[] mean, double[] low, double[] high) {
    }

    /** Draws the series and writes the chart to {@code file} as a PNG. */
    public static void write(Path file, String title, String xLabel, String yLabel, List<Series> series)
            throws IOException {
        write(file, title, xLabel, yLabel, series, Double.NaN, "");
    }

    /**
     * Draws the series with a dashed vertical line at {@code markerX} labelled {@code markerLabel}
     * (none when {@code markerX} is NaN) and writes the chart to {@code file} as a PNG.
     */
    public static void write(Path file, String title, String xLabel, String yLabel, List<Series> series,
                             double markerX, String markerLabel) throws IOException {
        Headless.prefer();
        ChartFiles.save(file, chart(title, xLabel, yLabel, series, markerX, markerLabel));
    }

    /**
     * The chart of {@link #write}: the horizontal axis spans exactly the first to the last
     * position of the data (a 30-year run ends at year 30, not at a rounded 31).
     */
    static JFreeChart chart(String title, String xLabel, String yLabel, List<Series> series,
                            double markerX, String markerLabel) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (Series s : series) {
            boolean undefined = java.util.Arrays.stream(s.mean()).allMatch(Double::isNaN);
            YIntervalSeries line = new YIntervalSeries(undefined ? s.name() + " (undefined throughout: nothing to count)" : s.name(),
                    false, true);
            for (int i = 0; i < s.x().length; i++) {
                if (Double.isNaN(s.mean()[i])) {
                    continue;
                }
                double low = Double.isNaN(s.low()[i]) ? s.mean()[i] : s.low()[i];
                double high = Double.isNaN(s.high()[i]) ? s.mean()[i] : s.high()[i];
                line.add(s.x()[i], s.mean()[i], low, high);
            }
            data.addSeries(line);
        }
        JFreeChart chart = ChartFactory.createXYLineChart(title, xLabel, yLabel, data,
                PlotOrientation.VERTICAL, true, false, false);
        ChartFiles.style(chart);
        XYPlot plot = chart.getXYPlot();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setAlpha(0.2f);
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesPaint(i, ChartFiles.color(i));
            renderer.setSeriesFillPaint(i, ChartFiles.color(i));
            renderer.setSeriesStroke(i, new BasicStroke(2f));
        }
        plot.setRenderer(renderer);
        ((org.jfree.chart.axis.NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        flatRange(plot, data);
        if (!Double.isNaN(markerX)) {
            ValueMarker marker = new ValueMarker(markerX, java.awt.Color.DARK_GRAY,
                    new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
            marker.setLabel(markerLabel);
            marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            plot.addDomainMarker(marker);
        }
        double first = Double.POSITIVE_INFINITY;
        double last = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            for (double x : s.x()) {
                first = Math.min(first, x);
                last = Math.max(last, x);
            }
        }
        if (first < last) {
            plot.getDomainAxis().setRange(first, last);
        }
        return chart;
    }

    /**
     * Where every value of every series is the same (a cost that is zero throughout, say), the axis
     * spans that value and a readable margin instead of a range of rounding noise: a tenth of the
     * value either side (not below 0 for a value of 0 or more), or 0 to 1 for a value of 0.
     */
    private static void flatRange(XYPlot plot, YIntervalSeriesCollection data) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < data.getSeriesCount(); s++) {
            for (int i = 0; i < data.getItemCount(s); i++) {
                low = Math.min(low, data.getStartYValue(s, i));
                high = Math.max(high, data.getEndYValue(s, i));
            }
        }
        if (low > high || high - low > 1e-9 * Math.max(1.0, Math.abs(high))) {
            return;
        }
        double margin = Math.abs(high) > 1e-9 ? 0.1 * Math.abs(high) : 1.0;
        plot.getRangeAxis().setRange(high >= 0 ? Math.max(0.0, high - margin) : high - margin, high + margin);
    }
}
