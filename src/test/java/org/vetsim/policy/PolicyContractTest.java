package org.vetsim.policy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vetsim.metrics.MonthReport;
import org.vetsim.model.TestScenarios;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The contract every engagement mechanism obeys: switched off, its intensity parameters change
 * nothing; switched on or off, a run is deterministic (same seed, same values). Bounds of every
 * value are checked for all mechanisms in {@code MetricBoundsTest}.
 */
class PolicyContractTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "work_based_learning.apprentice_pay_ratio=0.9,work_based_learning.firm_time_share=0.2,work_based_learning.internship_months=6",
        "curriculum_co_design.update_months=6,curriculum_co_design.lag_months=0",
        "qualification_standards.update_months=3,qualification_standards.signal_noise_reduction=1",
        "financial_incentives.subsidy_per_place=5,financial_incentives.grant_per_place=3,financial_incentives.tax_credit_rate=0.5",
        "mentoring.quality=1,mentoring.learning_boost=2,mentoring.dropout_reduction=1",
        "industry_councils.information_lag_months=0,industry_councils.seat_adjustment_rate=1",
        "corporate_training_centres.fixed_cost_months=0,corporate_training_centres.quit_reduction=1",
        "cooperation_contracts.partnership_cost_months=0,cooperation_contracts.hiring_preference=1,cooperation_contracts.breach_rate=0.5"})
    void switchedOffItsParametersChangeNothing(String changes) {
        List<MonthReport> off = TestScenarios.run(TestScenarios.small(), 21);
        String[] overrides = java.util.Arrays.stream(changes.split(",")).map(c -> "engagement." + c).toArray(String[]::new);
        List<MonthReport> changed = TestScenarios.run(TestScenarios.small(overrides), 21);
        assertSameReports(off, changed);
    }

    /** The primary segment's entry exams, switched off, change nothing whatever their other settings. */
    @org.junit.jupiter.api.Test
    void entryExamsSwitchedOffChangeNothing() {
        List<MonthReport> off = TestScenarios.run(TestScenarios.small(), 21);
        List<MonthReport> changed = TestScenarios.run(TestScenarios.small("labour_market.entry_exams.from_staff=1",
                "labour_market.entry_exams.pay_premium=2", "labour_market.entry_exams.entrant_share=1",
                "labour_market.entry_exams.preparation_gain=0.1", "labour_market.entry_exams.preparation_cost=0"), 21);
        assertSameReports(off, changed);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"work_based_learning.apprenticeships", "curriculum_co_design.enabled",
        "qualification_standards.enabled", "mentoring.enabled", "industry_councils.enabled",
        "corporate_training_centres.enabled", "cooperation_contracts.partnerships", "work_based_learning.internships"})
    void switchedOnARunIsDeterministic(String key) {
        var scenario = TestScenarios.small("engagement." + key + "=true", "engagement.work_based_learning.apprenticeships=true");
        assertSameReports(TestScenarios.run(scenario, 5), TestScenarios.run(scenario, 5));
    }

    static void assertSameReports(List<MonthReport> a, List<MonthReport> b) {
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(a.get(i).values(), b.get(i).values(), 0.0, "month " + a.get(i).month());
            for (int o = 0; o < a.get(i).byOccupation().length; o++) {
                assertArrayEquals(a.get(i).byOccupation()[o], b.get(i).byOccupation()[o], 0.0);
            }
        }
    }
}
