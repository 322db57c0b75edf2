package org.vetsim.model;

import org.junit.jupiter.api.Test;
import org.vetsim.metrics.Metric;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Employers who see how long an adult has been out of work (labour_market.long_gap_months) judge
 * them by the adults out of work as long: the long-term unemployed, whom employers have passed over,
 * are discounted as a group.
 */
class LongGapPriorTest {

    @Test
    void eachGroupsPriorIsTheProductivityOfTheAdultsOutOfWorkThatLong() {
        SkillModel skills = new SkillModel(TestScenarios.small());
        AdultLabourForce adults = new AdultLabourForce(1000, 1000, 1);
        adults.startMonth(0);
        for (int k = 0; k < 3; k++) {
            adults.join(false, 0.2, 0.1, AdultQualification.STATE);
        }
        adults.startMonth(20);
        for (int k = 0; k < 3; k++) {
            adults.join(false, 0.8, 0.8, AdultQualification.STATE);
        }
        double[] longGap = adults.seekerMomentsByGap(skills, 0.0, 12, 9, 0.0, 0.0)[2];
        double[] recent = adults.seekerMomentsByGap(skills, 0.0, 12, 9, 0.0, 0.0)[1];
        assertEquals(skills.expectedProductivity(0.2, 0.1, 12), longGap[0], 1e-12, "out of work since month 0: the low");
        assertEquals(skills.expectedProductivity(0.8, 0.8, 12), recent[0], 1e-12, "out of work since month 20: the high");
        double[] all = adults.seekerMomentsByGap(skills, 0.0, 12, Integer.MAX_VALUE, 0.0, 0.0)[0];
        assertEquals((longGap[0] + recent[0]) / 2, all[0], 1e-12, "all of them without the split");
        assertTrue(adults.outOfWorkAtLeast(adults.seekerPool(), 0, 9));
        assertFalse(adults.outOfWorkAtLeast(adults.seekerPool(), 5, 9));
    }

    @Test
    void aGroupTooSmallHasNoPriorOfItsOwn() {
        SkillModel skills = new SkillModel(TestScenarios.small());
        AdultLabourForce adults = new AdultLabourForce(1000, 1000, 1);
        adults.startMonth(0);
        adults.join(false, 0.2, 0.1, AdultQualification.STATE);
        adults.startMonth(20);
        adults.join(false, 0.8, 0.8, AdultQualification.STATE);
        adults.join(false, 0.8, 0.8, AdultQualification.STATE);
        assertNull(adults.seekerMomentsByGap(skills, 0.0, 12, 9, 0.0, 0.0)[2], "one out of work long: the prior of all out of work instead");
        assertEquals(skills.expectedProductivity(0.8, 0.8, 12), adults.seekerMomentsByGap(skills, 0.0, 12, 9, 0.0, 0.0)[1][0], 1e-12);
    }

    @Test
    void employersWhoSeeTheGapLeaveMoreAdultsOutOfWorkForAYearOrMore() {
        double off = TestScenarios.meanOverRuns(TestScenarios.runs(TestScenarios.small("labour_market.long_gap_months=0"), 3),
                Metric.ADULT_LONG_TERM_UNEMPLOYMENT_SHARE, 24);
        double on = TestScenarios.meanOverRuns(TestScenarios.runs(TestScenarios.small("labour_market.long_gap_months=9"), 3),
                Metric.ADULT_LONG_TERM_UNEMPLOYMENT_SHARE, 24);
        assertTrue(on > off + 0.02, "long-term share of adults out of work " + off + " -> " + on);
    }
}
