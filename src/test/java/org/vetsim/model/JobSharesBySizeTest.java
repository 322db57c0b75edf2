package org.vetsim.model;

import org.junit.jupiter.api.Test;
import org.vetsim.scenario.LabourMarketSettings;
import org.vetsim.scenario.Scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The jobs of each size class: one rule ({@link LabourMarketSettings#jobSharesBySize}) builds the
 * economy and weights the adult separation rates by size class, the public employers counted as
 * large.
 */
class JobSharesBySizeTest {

    @Test
    void theEconomyIsBuiltToTheSharesTheSeparationRatesAreWeightedBy() {
        Scenario scenario = TestScenarios.small("population.young_people=20000",
                "labour_market.job_share_by_size={micro: 0.8, small: 0.4, medium: 0.4, large: 0.4}",
                "labour_market.entry_exams.public_job_share=0.2");
        LabourMarketSettings market = scenario.labourMarket();
        double[] shares = market.jobSharesBySize();
        double[] privateShares = market.privateJobSharesBySize();
        assertEquals(1.0, shares[0] + shares[1] + shares[2] + shares[3], 1e-12, "the shares are normalised");
        assertEquals(0.8 * 0.4, shares[0], 1e-12, "micro: 0.4 of the 0.8 of jobs the public employers leave");
        assertEquals(0.8 * 0.2 + 0.2, shares[3], 1e-12, "large: its private share plus the public employers");
        assertEquals(shares[3] - 0.2, privateShares[3], 1e-12);

        VetModel model = new VetModel(scenario, 3);
        model.start();
        double[] jobs = new double[SizeClass.values().length];
        double publicJobs = 0;
        double total = 0;
        for (Employer employer : model.world().employers) {
            jobs[employer.sizeClass().ordinal()] += employer.baseStaff();
            publicJobs += employer.publicSector ? employer.baseStaff() : 0;
            total += employer.baseStaff();
        }
        for (SizeClass sizeClass : SizeClass.values()) {
            assertEquals(shares[sizeClass.ordinal()], jobs[sizeClass.ordinal()] / total, 0.01, "jobs in " + sizeClass + " firms");
        }
        assertEquals(0.2, publicJobs / total, 0.01, "jobs at public employers");
    }
}
