package org.vetsim.model;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vetsim.io.scenario.ScenarioLoader;
import org.vetsim.metrics.Metric;
import org.vetsim.metrics.MonthReport;
import org.vetsim.scenario.Engagement;
import org.vetsim.scenario.Scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Adult staff converted into apprentices ({@link StaffConversion}, {@link AdultApprentices}): the
 * firm's value of a conversion and the employee's consent on a settled English economy, each with
 * the direction its costs and benefits predict (less off-the-job time, a levy that pays, a longer
 * tenure, a larger effort); the firm's choice against its school-leaver places and its cap; the
 * progress of the converted (leaving with their employer's staff, completing); switched off, or
 * switched on where no one would convert, nothing changes; and over several seeds of the English
 * preset, conversions raise the share of starts at 25 and over and let unspent levy funds expire.
 */
class StaffConversionTest {
    private static final String UK = "uk-partnership";
    private static World world;

    @BeforeAll
    static void settle() {
        world = TestWorlds.settled(uk("engagement.work_based_learning.adult_apprentices.enabled=true"), 1);
    }

    private static Scenario uk(String... overrides) {
        List<String> all = new ArrayList<>(List.of("population.young_people=2000"));
        all.addAll(List.of(overrides));
        return ScenarioLoader.load(Path.of(UK), all);
    }

    /** Runs {@code body} with the world's scenario and engagement set by {@code overrides}, then restores them. */
    private static <T> T under(java.util.function.Supplier<T> body, String... overrides) {
        Engagement saved = world.engagement;
        Scenario savedScenario = world.scenario;
        List<String> all = new ArrayList<>(List.of("engagement.work_based_learning.adult_apprentices.enabled=true"));
        all.addAll(List.of(overrides));
        Scenario scenario = uk(all.toArray(String[]::new));
        world.scenario = scenario;
        world.engagement = scenario.engagement();
        try {
            return body.get();
        } finally {
            world.scenario = savedScenario;
            world.engagement = saved;
        }
    }

    private static Employer largest() {
        return world.employers.stream().filter(e -> e.occupation().apprenticeships())
                .max(Comparator.comparingInt(Employer::staff)).orElseThrow();
    }

    private static double firmValue(Employer employer) {
        return StaffConversion.firmValue(world, employer, world.convertedStaffEconomics(false), 0);
    }

    @Test
    void lessOffTheJobTimeMakesAConversionWorthMore() {
        Employer firm = largest();
        double low = under(() -> firmValue(firm), "engagement.work_based_learning.adult_apprentices.firm_time_share=0.6");
        double high = under(() -> firmValue(firm), "engagement.work_based_learning.adult_apprentices.firm_time_share=0.95");
        assertTrue(high > low, "the firm loses less output: " + low + " -> " + high);
    }

    @Test
    void aLevyThatPaysForExistingStaffMakesAConversionWorthMore() {
        Employer firm = largest();
        double paid = under(() -> firmValue(firm), "engagement.financial_incentives.existing_staff_eligible=true");
        double unpaid = under(() -> firmValue(firm), "engagement.financial_incentives.existing_staff_eligible=false");
        double costs = firm.trainingCostFactor() * world.convertedStaffEconomics(false).otherCostsEligible();
        assertTrue(paid > unpaid, paid + " against " + unpaid);
        assertTrue(under(() -> StaffConversion.monthlySupport(world, firm, world.convertedStaffEconomics(false), 0),
                "engagement.financial_incentives.existing_staff_eligible=true") >= 0.95 * costs - 1e-12,
                "the account or the state pays all but the co-investment");
        assertEquals(0.0, under(() -> StaffConversion.monthlySupport(world, firm, world.convertedStaffEconomics(false), 0),
                "engagement.financial_incentives.existing_staff_eligible=false"), 0.0, "nothing where existing staff are not eligible");
    }

    @Test
    void aFirmWhoseAdultsStayLongerGainsMore() {
        Employer firm = largest();
        double stable = under(() -> firmValue(firm), "labour_market.adult_separation_rate=0.005");
        double mobile = under(() -> firmValue(firm), "labour_market.adult_separation_rate=0.04");
        assertTrue(stable > mobile, stable + " against " + mobile);
        assertTrue(under(() -> StaffConversion.tenureMonths(world, firm), "labour_market.adult_separation_rate=0.0")
                <= StaffConversion.workingLifeLeftMonths() + 1e-9, "tenure at most the working life left");
    }

    @Test
    void theEmployeeAgreesWhenTheCertificateIsWorthTheEffort() {
        double value = under(() -> StaffConversion.employeeValue(world, world.convertedStaffEconomics(false)));
        assertTrue(value > 0, "the certificate raises pay: " + value);
        assertTrue(under(() -> StaffConversion.agrees(world, world.convertedStaffEconomics(false)),
                "engagement.work_based_learning.adult_apprentices.effort_cost_months=0"));
        assertFalse(under(() -> StaffConversion.agrees(world, world.convertedStaffEconomics(false)),
                "engagement.work_based_learning.adult_apprentices.effort_cost_months=120"), "not worth the effort");
        double compressed = under(() -> StaffConversion.employeeValue(world, world.convertedStaffEconomics(false)),
                "labour_market.wage_compression=0.6");
        assertTrue(compressed < value, "the more pay is compressed, the less the certificate pays the employee");
    }

    @Test
    void onlyTheUnqualifiedShareNotYetConvertedIsEligible() {
        Employer firm = largest();
        int all = under(() -> StaffConversion.eligible(world, firm), "engagement.work_based_learning.adult_apprentices.unqualified_share=0.5");
        assertEquals((int) Math.floor(0.5 * firm.adultStaff + 1e-9) - firm.convertedStaff.inTraining() - firm.convertedStaff.certified(),
                Math.max(0, all));
        assertEquals(0, (int) under(() -> StaffConversion.eligible(world, firm),
                "engagement.work_based_learning.adult_apprentices.unqualified_share=0"));
    }

    @Test
    void theFirmConvertsWithinItsCapAndGivesUpSchoolLeaverPlacesOnlyForMoreValue() {
        ApprenticePlaces places = new ApprenticePlaces();
        for (Employer firm : world.employers) {
            if (!firm.occupation().apprenticeships()) {
                continue;
            }
            int offered = places.choose(world, firm);
            firm.placesOffered = offered;
            int most = places.mostLevel(world, firm);
            int converted = StaffConversion.choose(world, firm, places);
            assertTrue(firm.placesOffered <= offered, "places are only given up");
            assertTrue(converted <= StaffConversion.eligible(world, firm), "only eligible staff");
            assertTrue(firm.placesOffered + converted <= Math.max(most, offered), "within the cap");
            if (firm.placesOffered < offered) {
                assertEquals(most, firm.placesOffered + converted, "a place is given up only when the cap binds");
            }
        }
        Employer firm = largest();
        firm.placesOffered = 0;
        assertEquals(0, (int) under(() -> StaffConversion.choose(world, firm, places),
                "engagement.work_based_learning.adult_apprentices.effort_cost_months=120"), "no one agrees");
        assertEquals(0, (int) under(() -> StaffConversion.choose(world, firm, places),
                "engagement.work_based_learning.adult_apprentices.enabled=false"), "switched off");
    }

    @Test
    void theConvertedCompleteOrLeaveWithTheirEmployersStaff() {
        Employer firm = largest();
        ConvertedStaff converted = new ConvertedStaff();
        converted.start(world.month + 1);
        converted.start(world.month + 5);
        assertEquals(2, converted.continuing(world.month));
        assertEquals(1, converted.continuing(world.month + 1));
        Employer copy = firm;
        int adults = copy.adultStaff;
        for (int k = 0; k < 3; k++) {
            copy.convertedStaff.start(world.month);
        }
        int before = copy.convertedStaff.inTraining() + copy.convertedStaff.certified();
        AdultApprentices.progress(world, copy);
        int after = copy.convertedStaff.inTraining() + copy.convertedStaff.certified();
        assertTrue(after <= before, "completing or leaving, never more");
        assertTrue(copy.convertedStaff.certified() >= 1, "those whose training ended this month mostly completed");
        copy.adultStaff = 0;
        AdultApprentices.progress(world, copy);
        assertEquals(0, copy.convertedStaff.inTraining() + copy.convertedStaff.certified(), "none beyond the adult staff");
        copy.adultStaff = adults;
    }

    @Test
    void switchedOnWhereNoOneWouldConvertNothingChanges() {
        Scenario off = uk("simulation.years=2", "engagement.work_based_learning.adult_apprentices.enabled=false");
        Scenario idle = uk("simulation.years=2", "engagement.work_based_learning.adult_apprentices.enabled=true",
                "engagement.work_based_learning.adult_apprentices.effort_cost_months=120",
                "engagement.financial_incentives.existing_staff_eligible=false");
        Scenario offIdle = uk("simulation.years=2", "engagement.work_based_learning.adult_apprentices.enabled=false",
                "engagement.financial_incentives.existing_staff_eligible=false");
        TestScenarios.assertSameReports(TestScenarios.run(offIdle, 5), TestScenarios.run(idle, 5));
        Scenario baseline = TestScenarios.small("simulation.years=2");
        Scenario baselineOn = TestScenarios.small("simulation.years=2", "engagement.work_based_learning.adult_apprentices.enabled=true");
        TestScenarios.assertSameReports(TestScenarios.run(baseline, 5), TestScenarios.run(baselineOn, 5));
        assertTrue(TestScenarios.run(off, 5).stream().allMatch(r -> r.value(Metric.ADULT_APPRENTICES) == 0.0));
    }

    @Test
    void conversionsRaiseTheAdultShareOfStartsAndLetUnspentLevyFundsExpireOverSeeds() {
        double expired = 0;
        for (long seed = 1; seed <= 3; seed++) {
            List<MonthReport> off = TestScenarios.run(uk("simulation.years=4", "population.young_people=4000",
                    "engagement.work_based_learning.adult_apprentices.enabled=false"), seed);
            List<MonthReport> on = TestScenarios.run(uk("simulation.years=4", "population.young_people=4000"), seed);
            double offShare = TestScenarios.mean(off, Metric.APPRENTICE_STARTS_25_PLUS_SHARE, 13);
            double onShare = TestScenarios.mean(on, Metric.APPRENTICE_STARTS_25_PLUS_SHARE, 13);
            assertTrue(onShare > offShare, "seed " + seed + ": 25+ share " + offShare + " -> " + onShare);
            assertTrue(TestScenarios.mean(on, Metric.EXISTING_STAFF_SHARE_OF_STARTS, 13) > 0, "seed " + seed);
            assertEquals(0.0, TestScenarios.mean(off, Metric.LEVY_EXPIRED, 1), 0.0, "off: the sink takes what would expire");
            expired += TestScenarios.mean(on, Metric.LEVY_EXPIRED, 1);
            assertTrue(TestScenarios.mean(on, Metric.LEVY_USED_SHARE, 13) > TestScenarios.mean(off, Metric.LEVY_USED_SHARE, 13),
                    "seed " + seed + ": conversions spend the accounts");
        }
        assertTrue(expired > 0, "on, some levy payers leave funds unspent until they expire (over the seeds: whether one "
                + "does in a given seed of a small economy depends on how many train)");
    }
}
