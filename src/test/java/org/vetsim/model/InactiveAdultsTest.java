package org.vetsim.model;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;
import org.vetsim.metrics.Metric;
import org.vetsim.metrics.MonthReport;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Adults outside the labour force who want a job (labour_market.inactive_adults): they apply beside
 * the unemployed with their own weight, a hire from inactivity is matched by the next adult who
 * leaves a job for inactivity, and switched off they change nothing.
 */
class InactiveAdultsTest {
    private static final Employer HIRER = new Employer(1, new Occupation(0, "trade", 0.0, 36, true, true), 10, 1.0);

    @Test
    void adultApplicantsComeFromInactivityInProportionToTheirWeightedNumbers() {
        AdultLabourForce adults = new AdultLabourForce(1000, 900, 0);
        adults.wantWork(400);
        MersenneTwisterFast random = new MersenneTwisterFast(7);
        int draws = 200_000;
        int inactive = 0;
        int adultDraws = 0;
        for (int i = 0; i < draws; i++) {
            inactive += adults.fromInactivity(random.nextDouble(), 0.5) ? 1 : 0;
            adultDraws += adults.isAdultDraw(random, HIRER, 300, 1.0, 1.0, 0.5) ? 1 : 0;
        }
        assertEquals(0.5 * 400 / (0.5 * 400 + 100), inactive / (double) draws, 0.005,
                "400 wanting work at half the applications against 100 unemployed: two in three applicants out of work");
        assertEquals((100 + 0.5 * 400) / (100 + 0.5 * 400 + 300.0), adultDraws / (double) draws, 0.005,
                "they count among the adult applicants against the young");
    }

    @Test
    void aHireFromInactivityIsMatchedByTheNextAdultWhoLeavesAJob() {
        AdultLabourForce adults = new AdultLabourForce(1000, 900, 0);
        adults.wantWork(50);
        SkillModel skills = new SkillModel(TestScenarios.small());
        adults.hiredFromInactivity(0);
        adults.hiredFromInactivity(0);
        assertEquals(1002, adults.labourForce(), "two more in the labour force until two adults leave a job for inactivity");
        adults.separated(5, new MersenneTwisterFast(3), skills, 1.0);
        assertEquals(103, adults.seekers(), "of five who leave a job two leave the labour force, three look for work");
        assertEquals(1000, adults.labourForce(), "the labour force is back at its size");
        assertEquals(50, adults.wantingWork(), "the stock outside keeps its size");
        adults.separated(4, new MersenneTwisterFast(3), skills, 1.0);
        assertEquals(107, adults.seekers(), "nothing more is owed: the next four all look for work");
    }

    @Test
    void exitsOwedBeyondTheMonthsSeparationsLeaveFromTheUnemployed() {
        AdultLabourForce adults = new AdultLabourForce(1000, 900, 0);
        adults.wantWork(50);
        SkillModel skills = new SkillModel(TestScenarios.small());
        MersenneTwisterFast random = new MersenneTwisterFast(5);
        adults.hiredFromInactivity(0);
        adults.hiredFromInactivity(0);
        adults.hiredFromInactivity(0);
        adults.separated(1, random, skills, 1.0);
        assertEquals(100, adults.seekers(), "the one who left a job left for inactivity");
        assertEquals(1002, adults.labourForce());
        adults.settleExits(random);
        assertEquals(98, adults.seekers(), "two of the unemployed leave for inactivity");
        assertEquals(1000, adults.labourForce(), "the labour force is back at its size before the month's hiring");
        adults.settleExits(random);
        assertEquals(98, adults.seekers(), "nothing more is owed");
    }

    @Test
    void theHireShareCountsHiresFromInactivityAgainstTheUnemployedWhoStarted() {
        AdultLabourForce adults = new AdultLabourForce(100, 90, 0);
        adults.wantWork(20);
        adults.startMonth(1);
        adults.hired(0);
        adults.startMonth(2);
        adults.started(1);
        adults.hiredFromInactivity(0);
        adults.hiredFromInactivity(0);
        adults.hiredFromInactivity(0);
        assertEquals(0.75, adults.inactivityHireShare(), 1e-12, "three from inactivity, one from unemployment");
        assertEquals(0.1, adults.jobFindingRate(), 1e-12, "the hires from inactivity are not in the flow out of unemployment");
        adults.startMonth(3);
        assertTrue(Double.isNaN(adults.inactivityHireShare()), "undefined in a month without hires from non-employment");
    }

    @Test
    void withNoOneWantingWorkNoApplicantComesFromInactivity() {
        AdultLabourForce adults = new AdultLabourForce(1000, 900, 0);
        assertFalse(adults.fromInactivity(0.0, 0.5));
        MersenneTwisterFast a = new MersenneTwisterFast(11);
        MersenneTwisterFast b = new MersenneTwisterFast(11);
        for (int i = 0; i < 1000; i++) {
            assertEquals(adults.isAdultDraw(a, HIRER, 300, 1.0, 0.57, 0.0), adults.isAdultDraw(b, HIRER, 300, 1.0, 0.57, 0.5));
        }
    }

    @Test
    void aStockThatDoesNotApplyChangesNothing() {
        List<MonthReport> off = TestScenarios.run(TestScenarios.small(), 5);
        List<MonthReport> notApplying = TestScenarios.run(TestScenarios.small("labour_market.inactive_adults.want_work_share=0.05",
                "labour_market.inactive_adults.search_intensity=0"), 5);
        TestScenarios.assertSameReports(off, notApplying);
    }

    @Test
    void hiresFromInactivityLowerTheAdultsFlowOutOfUnemploymentAndKeepTheLabourForce() {
        double fallSum = 0;
        StringBuilder falls = new StringBuilder();
        int seeds = 6;
        for (long seed = 1; seed <= seeds; seed++) {
            List<MonthReport> off = TestScenarios.run(TestScenarios.small("simulation.years=8"), seed);
            List<MonthReport> on = TestScenarios.run(TestScenarios.small("simulation.years=8",
                    "labour_market.inactive_adults.want_work_share=0.1", "labour_market.inactive_adults.search_intensity=0.5"), seed);
            double share = TestScenarios.mean(on, Metric.ADULT_HIRES_FROM_INACTIVITY_SHARE, 24);
            assertTrue(share > 0.15 && share < 0.9, "some adults hired out of work come from inactivity: " + share);
            assertEquals(0.0, TestScenarios.mean(off, Metric.ADULT_HIRES_FROM_INACTIVITY_SHARE, 24), 0.0, "none when switched off");
            double fall = TestScenarios.mean(off, Metric.ADULT_FLOW_U_TO_E, 24) - TestScenarios.mean(on, Metric.ADULT_FLOW_U_TO_E, 24);
            fallSum += fall;
            falls.append(' ').append(fall);
            for (MonthReport r : on) {
                double aboveSize = r.value(Metric.ADULT_EMPLOYED) + r.value(Metric.ADULT_JOB_SEEKERS) - 1.2 * 2000;
                assertTrue(aboveSize >= 0 && aboveSize <= r.value(Metric.ADULT_HIRES),
                        "the labour force exceeds its size only by this month's hires from inactivity, month " + r.month());
            }
        }
        // One seed of 2,000 people over 5 years moved by +-0.03 (7 December 2026), hence 6 seeds of 8 years
        // (mean fall 0.017, five of six seeds positive, standard error about 0.007).
        assertTrue(fallSum / seeds > 0.005, "the unemployed win fewer of the vacancies: U->E lower by " + fallSum / seeds
                + " (by seed:" + falls + ")");
    }
}
