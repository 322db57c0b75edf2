package org.vetsim.model;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.junit.jupiter.api.Test;
import org.vetsim.metrics.Metric;
import org.vetsim.metrics.MonthReport;
import org.vetsim.scenario.EducationSettings;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Entrants to higher education who leave without a degree (education.higher_dropout_share): drawn
 * at entry, the less able more often, leaving after months of an exponential with the sourced
 * median, while the others stay longer so that the months per entrant keep the sourced mean.
 */
class HigherEducationCompletionTest {

    private static EducationSettings education(String... overrides) {
        return TestScenarios.small(overrides).education();
    }

    @Test
    void theChanceAveragesToTheShareAndIsThreeTimesAsHighAtTheBottomAsAtTheTop() {
        double share = 0.27;
        DescriptiveStatistics chances = new DescriptiveStatistics();
        for (int i = 0; i < 1000; i++) {
            double ability = 0.5 + 0.5 * (i + 0.5) / 1000;
            chances.addValue(HigherEducation.nonCompletionChance(share, ability, 0.75));
        }
        assertEquals(share, chances.getMean(), 1e-9, "entrants of mean ability 0.75 leave at the share on average");
        assertEquals(3.0, HigherEducation.nonCompletionChance(share, 0.0, 0.75) / HigherEducation.nonCompletionChance(share, 1.0, 0.75), 1e-12);
        assertEquals(1.0, HigherEducation.nonCompletionChance(0.8, 0.0, 0.9), 1e-12, "a chance is at most 1");
    }

    @Test
    void graduatesStayLongerSoThatTheMonthsPerEntrantKeepTheirMean() {
        EducationSettings settings = education("education.higher_education_months=68", "education.higher_dropout_share=0.27",
                "education.higher_dropout_median_months=12");
        double graduates = HigherEducation.graduatesMeanMonths(settings);
        assertEquals(68.0, 0.27 * 12 / Math.log(2) + 0.73 * graduates, 1e-9);
        assertTrue(graduates > 68);
        EducationSettings none = education("education.higher_education_months=68", "education.higher_dropout_share=0");
        assertEquals(68.0, HigherEducation.graduatesMeanMonths(none), 1e-12, "no one leaving early: the mean itself");
    }

    @Test
    void nonCompletersLeaveAfterMonthsWithTheMedianAndBeforeTheyWouldHaveGraduated() {
        MersenneTwisterFast random = new MersenneTwisterFast(7);
        DescriptiveStatistics months = new DescriptiveStatistics();
        for (int i = 0; i < 20_000; i++) {
            int m = HigherEducation.monthsBeforeLeaving(12, 200, random);
            assertTrue(m >= 1 && m <= 199);
            months.addValue(m);
        }
        assertEquals(12, months.getPercentile(50), 1.0, "median");
        MersenneTwisterFast late = new MersenneTwisterFast(1);
        for (int i = 0; i < 1000; i++) {
            assertTrue(HigherEducation.monthsBeforeLeaving(12, 14, late) <= 13, "never at or past a graduate's months");
        }
    }

    @Test
    void entrantsWhoLeaveWithoutADegreeShowAmongTheLeaversAndTheUnqualifiedAdults() {
        List<List<MonthReport>> all = TestScenarios.runs(TestScenarios.small("education.higher_education_entry_rate=0.5",
                "education.higher_dropout_share=0"), 3);
        List<List<MonthReport>> third = TestScenarios.runs(TestScenarios.small("education.higher_education_entry_rate=0.5",
                "education.higher_dropout_share=0.3"), 3);
        assertEquals(0.0, TestScenarios.meanOverRuns(all, Metric.HIGHER_NON_COMPLETION_SHARE, 24), 1e-12, "everyone graduates");
        assertEquals(0.3, TestScenarios.meanOverRuns(third, Metric.HIGHER_NON_COMPLETION_SHARE, 24), 0.08,
                "about the share of the leavers in a steady flow");
        double unqualifiedNone = TestScenarios.meanOverRuns(all, Metric.ADULT_UNQUALIFIED_SHARE, 24);
        double unqualifiedSome = TestScenarios.meanOverRuns(third, Metric.ADULT_UNQUALIFIED_SHARE, 24);
        assertTrue(unqualifiedSome > unqualifiedNone + 0.02, "unqualified adults " + unqualifiedNone + " -> " + unqualifiedSome);
    }
}
