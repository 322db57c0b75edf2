package org.vetsim.gui;

import org.jfree.chart.ChartPanel;
import sim.util.media.chart.TimeSeriesChartGenerator;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.util.List;

/**
 * One window holding all live charts in a grid, with a button to export them as PNG files. Each
 * chart is a JFreeChart panel on a MASON chart generator's chart; right-click a chart to zoom,
 * print or save it alone.
 */
final class ChartsFrame {
    private final JFrame frame = new JFrame("vetsim: live charts");

    ChartsFrame(LiveCharts charts, Runnable export) {
        List<TimeSeriesChartGenerator> generators = charts.generators();
        JPanel grid = new JPanel(new GridLayout(0, 3, 4, 4));
        for (TimeSeriesChartGenerator generator : generators) {
            ChartPanel panel = new ChartPanel(generator.getChart(), 420, 300, 200, 150, 1600, 1200,
                    true, true, true, true, true, true);
            grid.add(panel);
        }
        JButton exportButton = new JButton("Export charts as PNG...");
        exportButton.addActionListener(event -> export.run());
        JPanel bar = new JPanel(new FlowLayout(FlowLayout.LEFT));
        bar.add(exportButton);
        bar.add(new JLabel("Charts start after the warm-up; dashed lines mark policy changes. "
                + "Right-click a chart to zoom or save it alone."));
        JPanel content = new JPanel(new BorderLayout());
        content.setBorder(BorderFactory.createEmptyBorder(2, 2, 2, 2));
        content.add(bar, BorderLayout.NORTH);
        content.add(grid, BorderLayout.CENTER);
        frame.setContentPane(content);
        frame.setDefaultCloseOperation(JFrame.HIDE_ON_CLOSE);
        frame.pack();
    }

    JFrame frame() {
        return frame;
    }
}
