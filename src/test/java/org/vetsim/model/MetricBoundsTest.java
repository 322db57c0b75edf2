package org.vetsim.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vetsim.metrics.GroupMetric;
import org.vetsim.metrics.Metric;
import org.vetsim.metrics.MonthReport;
import org.vetsim.metrics.OccupationMetric;
import org.vetsim.metrics.SizeClassMetric;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every rate lies in [0,1] and no value is NaN except in the columns that may be undefined (a rate
 * over events that did not occur), with every mechanism off and on.
 */
class MetricBoundsTest {

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void everyValueIsFiniteAndWithinItsBounds(boolean mechanismsOn) {
        String on = Boolean.toString(mechanismsOn);
        var scenario = TestScenarios.small(
                "engagement.work_based_learning.apprenticeships=" + on,
                "engagement.work_based_learning.internships=" + on,
                "engagement.curriculum_co_design.enabled=" + on,
                "engagement.qualification_standards.enabled=" + on,
                "engagement.financial_incentives.subsidy_per_place=" + (mechanismsOn ? 2 : 0),
                "engagement.financial_incentives.levy_rate=" + (mechanismsOn ? 0.005 : 0),
                "engagement.mentoring.enabled=" + on,
                "engagement.industry_councils.enabled=" + on,
                "engagement.corporate_training_centres.enabled=" + on,
                "engagement.cooperation_contracts.partnerships=" + on,
                "engagement.cooperation_contracts.training_contracts=" + on);
        for (MonthReport r : TestScenarios.run(scenario, 11)) {
            for (Metric m : Metric.values()) {
                assertTrue(m.admits(r.value(m)), m.column() + " = " + r.value(m) + " in month " + r.month());
            }
            for (int o = 0; o < r.occupations().size(); o++) {
                for (OccupationMetric m : OccupationMetric.values()) {
                    assertTrue(m.admits(r.value(o, m)), m.column() + " of " + r.occupations().get(o));
                }
            }
            for (int s = 0; s < r.bySizeClass().length; s++) {
                for (SizeClassMetric m : SizeClassMetric.values()) {
                    assertTrue(m.admits(r.value(s, m)), m.column() + " of size class " + s);
                }
            }
            for (double[][] groups : new double[][][] {r.byTrack(), r.byAgeGroup()}) {
                for (double[] row : groups) {
                    for (GroupMetric m : GroupMetric.values()) {
                        assertTrue(m.admits(row[m.ordinal()]), m.column() + " = " + row[m.ordinal()] + " in a group");
                    }
                }
            }
        }
    }
}
