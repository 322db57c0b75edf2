package org.vetsim.experiment.chart;

import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A chart over output years 1 to 30 shows years 1 to 30 on its horizontal axis, not a rounded 0 to 31;
 * a value the same throughout gets a readable vertical axis.
 */
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

    @Test
    void aSeriesUndefinedThroughoutSaysSoInTheLegendAndAGapIsLeftOut() {
        double[] years = {1, 2, 3};
        double[] none = {Double.NaN, Double.NaN, Double.NaN};
        double[] gap = {0.2, Double.NaN, 0.3};
        JFreeChart chart = BandChart.chart("t", "year", "rate", List.of(new BandChart.Series("base", years, none, none, none),
                new BandChart.Series("reform", years, gap, none, none)), Double.NaN, "");
        var data = (org.jfree.data.xy.YIntervalSeriesCollection) chart.getXYPlot().getDataset();
        assertEquals("base (undefined throughout: nothing to count)", data.getSeriesKey(0));
        assertEquals("reform", data.getSeriesKey(1));
        assertEquals(2, data.getItemCount(1), "the undefined year is left out, not drawn at 0");
    }

    @Test
    void aValueTheSameThroughoutGetsAReadableAxisNotOneOfRoundingNoise() {
        double[] years = {1, 2, 3};
        double[] zero = {0, 0, 0};
        JFreeChart flat = BandChart.chart("t", "year", "cost", List.of(new BandChart.Series("base", years, zero, zero, zero),
                new BandChart.Series("reform", years, zero, zero, zero)), Double.NaN, "");
        assertEquals(0.0, flat.getXYPlot().getRangeAxis().getLowerBound());
        assertEquals(1.0, flat.getXYPlot().getRangeAxis().getUpperBound());
        double[] two = {2, 2, 2};
        JFreeChart level = BandChart.chart("t", "year", "cost", List.of(new BandChart.Series("base", years, two, two, two)),
                Double.NaN, "");
        assertEquals(1.8, level.getXYPlot().getRangeAxis().getLowerBound(), 1e-12);
        assertEquals(2.2, level.getXYPlot().getRangeAxis().getUpperBound(), 1e-12);
        double[] rising = {0.1, 0.2, 0.3};
        JFreeChart moving = BandChart.chart("t", "year", "rate", List.of(new BandChart.Series("base", years, rising, rising, rising)),
                Double.NaN, "");
        double lower = moving.getXYPlot().getRangeAxis().getLowerBound();
        double upper = moving.getXYPlot().getRangeAxis().getUpperBound();
        assertEquals(true, lower > 0.0 && lower <= 0.1 && upper >= 0.3 && upper < 0.4,
                "data that move keep the automatic range: " + lower + " to " + upper);
        double[] minusTwo = {-2, -2, -2};
        JFreeChart negative = BandChart.chart("t", "year", "cost", List.of(new BandChart.Series("base", years, minusTwo, minusTwo, minusTwo)),
                Double.NaN, "");
        assertEquals(-2.2, negative.getXYPlot().getRangeAxis().getLowerBound(), 1e-12);
        assertEquals(-1.8, negative.getXYPlot().getRangeAxis().getUpperBound(), 1e-12);
    }
}
