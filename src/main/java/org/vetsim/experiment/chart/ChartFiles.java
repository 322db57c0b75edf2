package org.vetsim.experiment.chart;

import org.jfree.chart.ChartUtilities;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.vetsim.io.output.AtomicFiles;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;

/** Common look of the experiment charts and their atomic PNG output. */
public final class ChartFiles {
    static final int WIDTH = 900;
    static final int HEIGHT = 540;
    private static final Color[] PALETTE = {
        new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0xff7f0e),
        new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f),
        new Color(0xbcbd22), new Color(0x17becf)};

    private ChartFiles() {
    }

    /** The colour of series {@code index}. */
    public static Color color(int index) {
        return PALETTE[index % PALETTE.length];
    }

    /** Gives an XY chart the common look. */
    public static void style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xdddddd));
        plot.setRangeGridlinePaint(new Color(0xdddddd));
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        Font label = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
        plot.getDomainAxis().setLabelFont(label);
        plot.getRangeAxis().setLabelFont(label);
    }

    /** Writes the chart to {@code file} as a PNG, atomically. */
    public static void save(Path file, JFreeChart chart) throws IOException {
        AtomicFiles.write(file, out -> ChartUtilities.writeChartAsPNG(out, chart, WIDTH, HEIGHT));
    }
}
