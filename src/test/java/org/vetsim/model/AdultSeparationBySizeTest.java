package org.vetsim.model;

import org.junit.jupiter.api.Test;
import org.vetsim.scenario.LabourMarketSettings;
import org.vetsim.scenario.Scenario;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Adult separations by employer size class ({@code labour_market.adult_separation_size_factors}):
 * the classes' rates keep the job-weighted mean at {@code adult_separation_rate}, and a small
 * firm's adults leave faster than a large firm's, in the month's separations and in the openings
 * an employer expects.
 */
class AdultSeparationBySizeTest {
    private static final String[] STEADY = {"labour_market.cycle_amplitude=0", "labour_market.cycle_shock_spread=0",
            "labour_market.demand_shock_spread=0", "labour_market.adult_separation_rate=0.02",
            "labour_market.job_share_by_size={micro: 0.4, small: 0.2, medium: 0.2, large: 0.2}",
            "labour_market.adult_separation_size_factors={micro: 3, small: 2, medium: 1.5, large: 1}"};

    private static Scenario scenario(String... more) {
        return TestScenarios.small(STEADY, more);
    }

    @Test
    void theJobWeightedMeanOfTheClassRatesIsThePresetRate() {
        double[] rates = scenario().labourMarket().adultSeparationRates();
        double mean = 0.4 * rates[0] + 0.2 * rates[1] + 0.2 * rates[2] + 0.2 * rates[3];
        assertEquals(0.02, mean, 1e-12);
        assertEquals(3.0, rates[0] / rates[3], 1e-12, "micro against large as the factors say");
        assertEquals(2.0, rates[1] / rates[3], 1e-12);

        double[] withPublic = scenario("labour_market.entry_exams.public_job_share=0.2").labourMarket().adultSeparationRates();
        double publicMean = 0.8 * (0.4 * withPublic[0] + 0.2 * withPublic[1] + 0.2 * withPublic[2] + 0.2 * withPublic[3])
                + 0.2 * withPublic[3];
        assertEquals(0.02, publicMean, 1e-12, "public employers are large and take their share of the jobs first");
    }

    @Test
    void equalFactorsGiveEveryClassThePresetRateExactly() {
        LabourMarketSettings market = TestScenarios.small("labour_market.adult_separation_rate=0.0123").labourMarket();
        for (double rate : market.adultSeparationRates()) {
            assertEquals(0.0123, rate, 0.0);
        }
    }

    @Test
    void aSmallFirmsAdultsSeparateFasterThanALargeFirms() {
        VetModel model = new VetModel(scenario("labour_market.adult_job_to_job_share=0.5"), 3);
        model.start();
        World world = model.world();
        Occupation occupation = world.occupations[0];
        List<Employer> micro = new ArrayList<>();
        List<Employer> large = new ArrayList<>();
        world.employers.clear();
        for (int i = 0; i < 400; i++) {
            micro.add(new Employer(i, occupation, 9, 1.0));
        }
        for (int i = 0; i < 4; i++) {
            large.add(new Employer(1000 + i, occupation, 900, 1.0));
        }
        world.employers.addAll(micro);
        world.employers.addAll(large);
        assertEquals(SizeClass.MICRO, micro.get(0).sizeClass());
        assertEquals(SizeClass.LARGE, large.get(0).sizeClass());

        double[] rates = world.scenario.labourMarket().adultSeparationRates();
        assertEquals(rates[0], world.adultSeparationRate(micro.get(0)), 0.0);
        assertEquals(rates[3], world.adultSeparationRate(large.get(0)), 0.0);

        new LabourDemand().run(world);
        double microShare = left(micro) / 3600.0;
        double largeShare = left(large) / 3600.0;
        assertEquals(rates[0], microShare, 4 * Math.sqrt(rates[0] / 3600), "micro firms' adults leave at their class's rate");
        assertEquals(rates[3], largeShare, 4 * Math.sqrt(rates[3] / 3600), "large firms' adults leave at theirs");
        assertTrue(microShare > 2 * largeShare, () -> microShare + " against " + largeShare);

        double microOpenings = EmployerDecisions.expectedOpeningsPerYear(world, micro.get(0)) / micro.get(0).adultStaff;
        double largeOpenings = EmployerDecisions.expectedOpeningsPerYear(world, large.get(0)) / large.get(0).adultStaff;
        double retirements = 12 * world.adults.retirementRate();
        assertEquals(12 * rates[0] + retirements, microOpenings, 1e-12, "expected openings use the firm's own rate");
        assertEquals(12 * rates[3] + retirements, largeOpenings, 1e-12);
    }

    /** Adults who left the employers this month: out of work, or searching from the job until hired elsewhere. */
    private static int left(List<Employer> employers) {
        int left = 0;
        for (Employer employer : employers) {
            left += employer.baseStaff() - employer.adultStaff + employer.adultsSearchingOnJob;
        }
        return left;
    }
}
