package org.vetsim.model;

import org.junit.jupiter.api.Test;
import org.vetsim.metrics.AgeGroup;
import org.vetsim.metrics.GroupMetric;
import org.vetsim.metrics.Metric;
import org.vetsim.metrics.MonthReport;
import org.vetsim.metrics.Track;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The youth outcomes by track of origin and by age group add up to the whole: the groups'
 * populations and conscripts sum to the economy's, their employed, unemployed and NEET (rates times
 * civilian stocks) to the economy's, and the 15-24 rates are those of the two youngest age groups
 * together; also with conscripts, who count in the population but not in the civilian rates.
 */
class GroupIdentitiesTest {

    @Test
    void tracksAndAgeGroupsAddUpToTheWhole() {
        check(TestScenarios.run(TestScenarios.small("engagement.work_based_learning.apprenticeships=true",
                "engagement.cooperation_contracts.training_contracts=true"), 4));
    }

    @Test
    void theyAddUpWithConscriptsOutsideTheCivilianRates() {
        List<MonthReport> reports = TestScenarios.run(TestScenarios.small("military_service.share=0.5",
                "military_service.call_up_age=17", "military_service.months=12"), 4);
        check(reports);
        assertTrue(reports.stream().allMatch(r -> r.value(Metric.IN_MILITARY_SERVICE) > 0), "someone serves every month");
    }

    private static void check(List<MonthReport> reports) {
        for (MonthReport r : reports) {
            checkGroups(r, r.byTrack(), Track.values().length);
            checkGroups(r, r.byAgeGroup(), AgeGroup.values().length);
            double[] young = r.byAgeGroup()[AgeGroup.AGE_15_19.ordinal()];
            double[] older = r.byAgeGroup()[AgeGroup.AGE_20_24.ordinal()];
            double population = civilians(young) + civilians(older);
            double employed = employed(young) + employed(older);
            double unemployed = unemployed(young) + unemployed(older);
            assertEquals(employed / population, r.value(Metric.YOUTH_EMPLOYMENT_RATE_15_24), 1e-9, "month " + r.month());
            assertEquals(unemployed / (employed + unemployed), r.value(Metric.YOUTH_UNEMPLOYMENT_RATE_15_24), 1e-9);
            assertEquals((young[GroupMetric.NEET_RATE.ordinal()] * civilians(young) + older[GroupMetric.NEET_RATE.ordinal()] * civilians(older))
                    / population, r.value(Metric.NEET_RATE_15_24), 1e-9);
            assertTrue(r.value(Metric.SHARE_TENURE_UNDER_12_MONTHS) > 0 && r.value(Metric.MEAN_JOB_TENURE_MONTHS) > 0);
        }
    }

    private static void checkGroups(MonthReport r, double[][] groups, int expected) {
        assertEquals(expected, groups.length);
        double population = 0;
        double conscripts = 0;
        double employed = 0;
        double unemployed = 0;
        double neet = 0;
        double enrolled = 0;
        for (double[] g : groups) {
            population += g[pop()];
            conscripts += g[GroupMetric.IN_MILITARY_SERVICE.ordinal()];
            employed += employed(g);
            unemployed += unemployed(g);
            neet += civilians(g) > 0 ? g[GroupMetric.NEET_RATE.ordinal()] * civilians(g) : 0;
            enrolled += g[pop()] > 0 ? g[GroupMetric.EDUCATION_RATE.ordinal()] * g[pop()] : 0;
        }
        assertEquals(r.value(Metric.POPULATION), population, 1e-6, "populations sum to the population in month " + r.month());
        assertEquals(r.value(Metric.IN_MILITARY_SERVICE), conscripts, 1e-6, "conscripts sum up");
        assertEquals(r.value(Metric.EMPLOYED) + r.value(Metric.APPRENTICES), employed, 1e-6, "employment sums up");
        assertEquals(r.value(Metric.UNEMPLOYED), unemployed, 1e-6, "unemployment sums up");
        assertEquals(r.value(Metric.UNEMPLOYED) + r.value(Metric.INACTIVE), neet, 1e-6, "NEET sums up");
        double inEducation = r.value(Metric.IN_GENERAL_EDUCATION) + r.value(Metric.IN_HIGHER_EDUCATION) + r.value(Metric.STUDENTS_ENROLLED);
        double onLeave = enrolled - inEducation;
        assertTrue(onLeave > -1e-6 && onLeave < conscripts + 1e-6,
                "education sums up: pupils, students and apprentices, and students on leave for service (some conscripts)");
    }

    private static int pop() {
        return GroupMetric.POPULATION.ordinal();
    }

    /** The group's civilian population, over which its employment and NEET rates are taken. */
    private static double civilians(double[] g) {
        return g[pop()] - g[GroupMetric.IN_MILITARY_SERVICE.ordinal()];
    }

    /** Employed from the employment rate; an empty group's rate is undefined and adds none. */
    private static double employed(double[] g) {
        return civilians(g) > 0 ? g[GroupMetric.EMPLOYMENT_RATE.ordinal()] * civilians(g) : 0;
    }

    /** Unemployed from the unemployment rate and the labour force (employed plus unemployed); undefined without a labour force. */
    private static double unemployed(double[] g) {
        double rate = g[GroupMetric.UNEMPLOYMENT_RATE.ordinal()];
        if (Double.isNaN(rate)) {
            return 0;
        }
        return rate >= 1 ? civilians(g) - employed(g) : rate * employed(g) / (1 - rate);
    }
}
