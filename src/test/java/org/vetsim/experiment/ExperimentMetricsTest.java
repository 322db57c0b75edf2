package org.vetsim.experiment;

import org.junit.jupiter.api.Test;

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
}
