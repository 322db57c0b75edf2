package org.vetsim.experiment.chart;

import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A chart over output years 1 to 30 shows years 1 to 30 on its horizontal axis, not a rounded 0 to 31. */
class BandChartAxisTest {
    @Test
    void theHorizontalAxisSpansTheDataExactly() {
        double[] years = new double[30];
        double[] values = new double[30];
        for (int i = 0; i < 30; i++) {
            years[i] = i + 1;
            values[i] = 0.1 + 0.001 * i;
        }
        double[] none = new double[30];
        java.util.Arrays.fill(none, Double.NaN);
        JFreeChart chart = BandChart.chart("t", "year", "rate", List.of(new BandChart.Series("a", years, values, none, none)),
                Double.NaN, "");
        assertEquals(1.0, chart.getXYPlot().getDomainAxis().getLowerBound());
        assertEquals(30.0, chart.getXYPlot().getDomainAxis().getUpperBound());
    }
}
