package org.vetsim.gui;

import org.jfree.chart.ChartUtilities;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.RangeType;
import org.jfree.data.xy.XYSeries;
import org.jfree.ui.Layer;
import org.jfree.ui.RectangleAnchor;
import org.jfree.ui.TextAnchor;
import org.vetsim.metrics.MonthReport;
import org.vetsim.metrics.ReportListener;
import org.vetsim.scenario.OccupationSpec;
import org.vetsim.scenario.Reform;
import org.vetsim.scenario.Scenario;
import sim.util.media.chart.TimeSeriesAttributes;
import sim.util.media.chart.TimeSeriesChartGenerator;

import javax.swing.SwingUtilities;
import javax.swing.Timer;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The live charts: one MASON {@link TimeSeriesChartGenerator} per {@link ChartSpec}, fed from the
 * model's monthly reports (x = output month). The model thread only queues reports; a Swing timer
 * drains the queue a few times a second and redraws each chart once per batch, so charting does
 * not slow the model. All methods but the listener and {@link #addMarker} must run on the Swing
 * event thread.
 */
final class LiveCharts {
    private static final int DRAIN_MILLIS = 200;
    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 13);
    private static final Font LEGEND_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    private static final Color[] COLORS = {new Color(31, 119, 180), new Color(214, 39, 40),
        new Color(44, 160, 44), new Color(255, 127, 14), new Color(148, 103, 189), new Color(140, 86, 75),
        new Color(227, 119, 194), new Color(127, 127, 127), new Color(188, 189, 34), new Color(23, 190, 207)};

    private final List<TimeSeriesChartGenerator> generators = new ArrayList<>();
    private final List<List<XYSeries>> series = new ArrayList<>();
    private final Timer timer = new Timer(DRAIN_MILLIS, event -> drain());
    private List<ChartSpec> specs = List.of();
    private List<String> occupations = List.of();
    private Queue<MonthReport> queue = new ConcurrentLinkedQueue<>();

    LiveCharts(Scenario scenario) {
        occupations = occupationNames(scenario);
        specs = ChartCatalog.charts(occupations);
        for (ChartSpec spec : specs) {
            TimeSeriesChartGenerator generator = sim.display.ChartUtilities.buildTimeSeriesChartGenerator(
                    spec.title(), ChartCatalog.X_LABEL);
            generator.setYAxisLabel(spec.yLabel());
            style(generator.getChart(), spec.minimumRange(), spec.nonNegative());
            generators.add(generator);
            series.add(new ArrayList<>());
            addSeries(generators.size() - 1);
        }
        timer.start();
    }

    /**
     * Clears the charts for a new run of {@code scenario} and returns the listener that feeds
     * them; reports of earlier runs still queued are dropped.
     */
    ReportListener newRun(Scenario scenario) {
        List<String> names = occupationNames(scenario);
        if (!names.equals(occupations)) {
            occupations = names;
            specs = ChartCatalog.charts(names);
            for (int c = 0; c < generators.size(); c++) {
                generators.get(c).removeAllSeries();
                series.get(c).clear();
                addSeries(c);
            }
        }
        for (List<XYSeries> lines : series) {
            lines.forEach(XYSeries::clear);
        }
        for (TimeSeriesChartGenerator generator : generators) {
            ((XYPlot) generator.getChart().getPlot()).clearDomainMarkers();
        }
        for (Reform reform : scenario.reforms()) {
            addMarker(reform.month(), "scenario reform");
        }
        Queue<MonthReport> fresh = new ConcurrentLinkedQueue<>();
        queue = fresh;
        return fresh::add;
    }

    /** Adds the queued reports to the series and redraws each chart once. */
    void drain() {
        if (queue.isEmpty()) {
            return;
        }
        List<MonthReport> batch = new ArrayList<>();
        for (MonthReport report = queue.poll(); report != null; report = queue.poll()) {
            batch.add(report);
        }
        for (int c = 0; c < generators.size(); c++) {
            JFreeChart chart = generators.get(c).getChart();
            chart.setNotify(false);
            List<ChartSpec.Series> lines = specs.get(c).series();
            for (int s = 0; s < lines.size(); s++) {
                XYSeries xy = series.get(c).get(s);
                for (MonthReport report : batch) {
                    xy.add(report.month(), lines.get(s).value().applyAsDouble(report), false);
                }
                xy.fireSeriesChanged();
            }
            chart.setNotify(true);
        }
    }

    /**
     * Marks output month {@code month} on every chart, e.g. where a lever changed; several changes
     * in one month share one marker.
     */
    void addMarker(int month, String label) {
        if (!SwingUtilities.isEventDispatchThread()) {
            SwingUtilities.invokeLater(() -> addMarker(month, label));
            return;
        }
        for (TimeSeriesChartGenerator generator : generators) {
            XYPlot plot = (XYPlot) generator.getChart().getPlot();
            ValueMarker marker = markerAt(plot, month);
            if (marker != null) {
                marker.setLabel(marker.getLabel() + ", " + label);
                continue;
            }
            marker = new ValueMarker(month, Color.DARK_GRAY,
                    new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {4f, 3f}, 0f));
            marker.setLabel(label);
            marker.setLabelFont(LEGEND_FONT);
            marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            plot.addDomainMarker(marker);
        }
    }

    private static ValueMarker markerAt(XYPlot plot, int month) {
        Collection<?> markers = plot.getDomainMarkers(Layer.FOREGROUND);
        if (markers != null) {
            for (Object marker : markers) {
                if (marker instanceof ValueMarker value && value.getValue() == month) {
                    return value;
                }
            }
        }
        return null;
    }

    List<ChartSpec> specs() {
        return specs;
    }

    /** The chart generators, in the order of {@link #specs()}. */
    List<TimeSeriesChartGenerator> generators() {
        return List.copyOf(generators);
    }

    /** The data of series {@code s} of chart {@code c}. */
    XYSeries series(int c, int s) {
        return series.get(c).get(s);
    }

    /** Saves every chart as a PNG file in {@code folder}; returns the files written. */
    List<File> exportPng(Path folder, int width, int height) throws IOException {
        drain();
        List<File> files = new ArrayList<>();
        for (TimeSeriesChartGenerator generator : generators) {
            File file = folder.resolve(fileName(generator.getChart())).toFile();
            ChartUtilities.saveChartAsPNG(file, generator.getChart(), width, height);
            files.add(file);
        }
        return files;
    }

    void stop() {
        timer.stop();
    }

    private void addSeries(int c) {
        List<ChartSpec.Series> lines = specs.get(c).series();
        for (int s = 0; s < lines.size(); s++) {
            ChartSpec.Series line = lines.get(s);
            TimeSeriesAttributes attributes = sim.display.ChartUtilities.addSeries(generators.get(c), line.name());
            attributes.setStrokeColor(COLORS[s % COLORS.length]);
            attributes.setThickness(s == 0 && line.name().startsWith("All occupations") ? 3.0 : 1.5);
            series.get(c).add(attributes.getSeries());
        }
    }

    private static void style(JFreeChart chart, double minimumRange, boolean nonNegative) {
        chart.getTitle().setFont(TITLE_FONT);
        XYPlot plot = (XYPlot) chart.getPlot();
        NumberAxis x = (NumberAxis) plot.getDomainAxis();
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis y = (NumberAxis) plot.getRangeAxis();
        y.setAutoRangeIncludesZero(true);
        y.setAutoRangeMinimumSize(minimumRange);
        if (nonNegative) {
            y.setRangeType(RangeType.POSITIVE);
        }
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(LEGEND_FONT);
        }
    }

    private static String fileName(JFreeChart chart) {
        return chart.getTitle().getText().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".png";
    }

    private static List<String> occupationNames(Scenario scenario) {
        return scenario.occupations().stream().map(OccupationSpec::name).toList();
    }
}
