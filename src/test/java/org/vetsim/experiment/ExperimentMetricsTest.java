package org.vetsim.experiment;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ExperimentMetricsTest {
    @Test
    void titlesReadAsTheStatisticsAreNamed() {
        assertEquals("NEET rate 15-24", ExperimentMetrics.title(ExperimentMetrics.byColumn("neet_rate_15_24")));
        assertEquals("Youth unemployment rate 15-24",
                ExperimentMetrics.title(ExperimentMetrics.byColumn("youth_unemployment_rate_15_24")));
        assertEquals("VET entry share", ExperimentMetrics.title(ExperimentMetrics.byColumn("vet_entry_share")));
        assertEquals("Adult flow U->E", ExperimentMetrics.title(ExperimentMetrics.byColumn("adult_flow_u_to_e")));
        assertEquals("Flow U->N 15-24", ExperimentMetrics.title(ExperimentMetrics.byColumn("flow_u_to_n_15_24")));
        assertEquals("Employer net training cost",
                ExperimentMetrics.title(ExperimentMetrics.byColumn("employer_net_training_cost")));
    }

    @Test
    void chartsShowSharesInPercentAndOtherMetricsAsTheyAre() {
        var neet = ExperimentMetrics.byColumn("neet_rate");
        var months = ExperimentMetrics.byColumn("mean_months_to_first_job");
        assertEquals("NEET rate (%)", ExperimentMetrics.chartLabel(neet));
        assertArrayEquals(new double[] {23.5, Double.NaN}, ExperimentMetrics.forChart(neet, new double[] {0.235, Double.NaN}), 1e-12);
        assertEquals(ExperimentMetrics.axisLabel(months), ExperimentMetrics.chartLabel(months));
        assertArrayEquals(new double[] {7.5}, ExperimentMetrics.forChart(months, new double[] {7.5}), 0.0);
    }
}
