package org.vetsim.gui;

import org.junit.jupiter.api.Test;
import org.vetsim.metrics.Metric;
import org.vetsim.metrics.MonthReport;
import org.vetsim.metrics.OccupationMetric;
import org.vetsim.metrics.SizeClassMetric;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** What the live charts show, with titles, units and one series per occupation for supply and demand. */
class ChartCatalogTest {

    @Test
    void chartsCoverTheIssuesThemesWithUnits() {
        List<ChartSpec> charts = ChartCatalog.charts(List.of("a", "b", "c"));
        assertEquals(6, charts.size());
        for (ChartSpec chart : charts) {
            assertFalse(chart.yLabel().isBlank(), chart.title());
            assertFalse(chart.series().isEmpty(), chart.title());
        }
        ChartSpec supply = charts.stream().filter(c -> c.title().startsWith("Skill supply")).findFirst().orElseThrow();
        assertEquals(4, supply.series().size(), "overall and one per occupation");
    }

    @Test
    void chartsShareInPercentAndSupplyPerVacancyAsTheModelCounts() {
        double[] values = new double[Metric.values().length];
        values[Metric.NEET_RATE.ordinal()] = 0.125;
        double[][] byOccupation = new double[2][OccupationMetric.values().length];
        byOccupation[0][OccupationMetric.QUALIFIED_SUPPLY.ordinal()] = 6;
        byOccupation[0][OccupationMetric.VACANCIES.ordinal()] = 4;
        byOccupation[1][OccupationMetric.QUALIFIED_SUPPLY.ordinal()] = 3;
        MonthReport report = new MonthReport(1, 1, 9, values, List.of("a", "b"), byOccupation,
                new double[4][SizeClassMetric.values().length], new double[5][6], new double[3][6]);
        ChartSpec labour = ChartCatalog.charts(List.of("a", "b")).get(0);
        assertEquals(12.5, labour.series().get(2).value().applyAsDouble(report));
        assertEquals(1.5, ChartCatalog.supplyPerVacancy(report, 0));
        assertEquals(3.0, ChartCatalog.supplyPerVacancy(report, 1), "no vacancy: the seekers themselves");
    }
}
