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
 * Adults out of work who stop looking for a while (labour_market.inactive_adults.pause_rate): they
 * swap with adults outside the labour force who want a job, those who come back keep the gap since
 * their last job but start a new spell of search, employers judge applicants from both stocks by
 * the gap on their record, and without anyone wanting work nothing happens.
 */
class PausedSearchTest {
    private static final String WANT = "labour_market.inactive_adults.want_work_share=0.05";

    @Test
    void adultsWhoPauseSwapWithThoseWantingWorkAndComeBackWithANewSpellButTheirOldGap() {
        AdultLabourForce adults = new AdultLabourForce(1000, 800, 0);
        adults.wantWork(100);
        adults.startMonth(30);
        assertEquals(1.0, adults.lookingAtLeastShare(12), 0.0, "all 200 out of work have looked since the start");
        adults.pauseSearch(new MersenneTwisterFast(4), 0.2);
        assertEquals(200, adults.seekers(), "as many come back as stop looking");
        assertEquals(100, adults.wantingWork(), "the stock outside keeps its size");
        assertEquals(1000, adults.labourForce());
        int returned = 0;
        for (int i = 0; i < adults.seekers(); i++) {
            AdultSeekerPool pool = adults.seekerPool();
            assertTrue(adults.outOfWorkAtLeast(pool, i, 30), "everyone's gap runs from the start");
            if (pool.searchingSince(i) == 30) {
                returned++;
            }
        }
        assertTrue(returned > 20 && returned < 60, "about a fifth of 200 paused and as many came back: " + returned);
        assertEquals(1.0 - returned / 200.0, adults.lookingAtLeastShare(12), 1e-12,
                "those who came back count a new spell in the survey's duration");
        assertEquals(returned / 200.0, adults.leftSearchRate(), 1e-12, "the month's U->N over last month's unemployed");
    }

    @Test
    void noOneWantingWorkMeansNoOnePauses() {
        AdultLabourForce adults = new AdultLabourForce(1000, 800, 0);
        adults.startMonth(30);
        adults.pauseSearch(new MersenneTwisterFast(4), 0.5);
        assertEquals(200, adults.seekers());
        assertEquals(0.0, adults.leftSearchRate(), 0.0);
        assertEquals(1.0, adults.lookingAtLeastShare(12), 0.0);
    }

    @Test
    void employersPriorWeighsThoseWantingWorkByTheirApplicationsAndSplitsByTheGapSinceTheLastJob() {
        SkillModel skills = new SkillModel(TestScenarios.small());
        AdultLabourForce adults = new AdultLabourForce(1000, 1000, 1);
        adults.startMonth(0);
        adults.join(false, 0.2, 0.1, AdultQualification.STATE);
        adults.join(false, 0.2, 0.1, AdultQualification.STATE);
        adults.startMonth(20);
        for (int k = 0; k < 4; k++) {
            adults.join(false, 0.8, 0.8, AdultQualification.STATE);
        }
        adults.seekerPool().transfer(1, adults.wantingPool(), 20);
        adults.seekerPool().transfer(0, adults.wantingPool(), 20);
        adults.startMonth(25);
        double low = skills.expectedProductivity(0.2, 0.1, 12);
        double high = skills.expectedProductivity(0.8, 0.8, 12);
        double[][] blind = adults.seekerMomentsByGap(skills, 0.0, 12, 9, 0.0, 0.0);
        assertEquals(high, blind[0][0], 1e-12, "weight 0: the four unemployed alone");
        double[][] seeing = adults.seekerMomentsByGap(skills, 0.0, 12, 9, 0.5, 0.0);
        assertEquals((4 * high + 0.5 * 2 * low) / 5, seeing[0][0], 1e-12, "two wanting work at half weight");
        assertEquals(high, seeing[1][0], 1e-12, "out of work five months: the unemployed");
        assertEquals(low, seeing[2][0], 1e-12,
                "out of work since month 0, though outside the labour force only since month 20: the gap runs from the last job");
    }

    @Test
    void aYoungPersonReachingTheExitAgeOutOfWorkKeepsTheGapSinceTheirLastJob() {
        AdultLabourForce adults = new AdultLabourForce(1000, 1000, 1);
        adults.startMonth(100);
        adults.joinOutOfWork(0.5, 0.5, AdultQualification.STATE, 80);
        adults.join(false, 0.5, 0.5, AdultQualification.STATE);
        AdultSeekerPool pool = adults.seekerPool();
        assertTrue(adults.outOfWorkAtLeast(pool, 0, 20), "out of work since month 80: employers see a gap of 20 months");
        assertFalse(adults.outOfWorkAtLeast(pool, 1, 1), "no past gap known: from now");
        assertEquals(100, pool.searchingSince(0), "the surveys' count of the search starts at the exit age");
        YoungPerson person = new YoungPerson(1, 0, 0.5);
        World world = TestWorlds.settled(TestScenarios.small(), 1);
        assertEquals(world.month, AgeingOut.outOfWorkSince(world, person), "nothing known: this month");
        person.leftEducation = world.month - 30;
        person.leftWorkMonth = world.month - 7;
        assertEquals(world.month - 7, AgeingOut.outOfWorkSince(world, person), "the later of leaving education and the last job");
    }

    @Test
    void onlyThoseLookingSinceBeforeTheMonthPause() {
        AdultLabourForce adults = new AdultLabourForce(1000, 1000, 0);
        adults.wantWork(50);
        adults.startMonth(12);
        for (int k = 0; k < 30; k++) {
            adults.join(false, 0.5, 0.5, AdultQualification.STATE);
        }
        adults.pauseSearch(new MersenneTwisterFast(2), 0.9);
        assertEquals(30, adults.seekerPool().searchingBefore(13), "all still looking");
        for (int i = 0; i < adults.seekers(); i++) {
            assertEquals(12, adults.seekerPool().outOfWorkSince(i), "no one who joined this month left or came back");
        }
        assertEquals(50, adults.wantingWork(), "no one came back in their place");
    }

    @Test
    void anApplicantFromInactivityIsKnownByTheirPlaceAmongThoseWantingWork() {
        Screening.Applicant first = new Screening.Applicant(null, 1.0, 0.0, Screening.Applicant.inactive(0), 0);
        Screening.Applicant sixth = new Screening.Applicant(null, 1.0, 0.0, Screening.Applicant.inactive(5), 1);
        Screening.Applicant unemployed = new Screening.Applicant(null, 1.0, 0.0, 0, 2);
        Screening.Applicant mover = new Screening.Applicant(null, 1.0, 0.0, Screening.Applicant.FROM_JOB, 3);
        assertTrue(first.fromInactivity() && sixth.fromInactivity());
        assertEquals(0, first.inactiveMember());
        assertEquals(5, sixth.inactiveMember());
        assertFalse(unemployed.fromInactivity() || mover.fromInactivity());
        assertTrue(Screening.Applicant.amongAdults(List.of(first, unemployed), Screening.Applicant.inactive(0)));
        assertFalse(Screening.Applicant.amongAdults(List.of(first, unemployed), Screening.Applicant.inactive(1)),
                "the second wanting work is not the first, nor the first unemployed");
    }

    @Test
    void aPauseRateWithoutAnyoneWantingWorkIsWarnedAbout() {
        assertTrue(TestScenarios.small("labour_market.inactive_adults.pause_rate=0.2").warnings().stream()
                .anyMatch(w -> w.contains("pause_rate") && w.contains("want_work_share is 0")));
        assertFalse(TestScenarios.small(WANT, "labour_market.inactive_adults.pause_rate=0.2").warnings().stream()
                .anyMatch(w -> w.contains("pause_rate")), "no warning where some want work");
    }

    @Test
    void withoutAnyoneWantingWorkThePauseRateChangesNothing() {
        TestScenarios.assertSameReports(TestScenarios.run(TestScenarios.small("labour_market.inactive_adults.pause_rate=0"), 5),
                TestScenarios.run(TestScenarios.small("labour_market.inactive_adults.pause_rate=0.2"), 5));
    }

    @Test
    void pausesShortenTheSurveysSpellsAndShowAsAFlowIntoInactivity() {
        double offShare = 0;
        double onShare = 0;
        double onFlow = 0;
        for (long seed = 1; seed <= 3; seed++) {
            List<MonthReport> off = TestScenarios.run(TestScenarios.small(WANT, "labour_market.inactive_adults.pause_rate=0"), seed);
            List<MonthReport> on = TestScenarios.run(TestScenarios.small(WANT, "labour_market.inactive_adults.pause_rate=0.1"), seed);
            offShare += TestScenarios.mean(off, Metric.ADULT_LONG_TERM_UNEMPLOYMENT_SHARE, 24) / 3;
            onShare += TestScenarios.mean(on, Metric.ADULT_LONG_TERM_UNEMPLOYMENT_SHARE, 24) / 3;
            onFlow += TestScenarios.mean(on, Metric.ADULT_FLOW_U_TO_N, 24) / 3;
            for (MonthReport r : on) {
                double flow = r.value(Metric.ADULT_FLOW_U_TO_N);
                assertTrue(Double.isNaN(flow) || flow >= 0 && flow <= 1, "U->N a rate, month " + r.month() + ": " + flow);
                double aboveSize = r.value(Metric.ADULT_EMPLOYED) + r.value(Metric.ADULT_JOB_SEEKERS) - 1.2 * 2000;
                assertTrue(aboveSize >= 0 && aboveSize <= r.value(Metric.ADULT_HIRES),
                        "pauses keep the labour force at its size but for this month's hires from inactivity, month " + r.month());
            }
        }
        assertTrue(onShare < offShare - 0.05, "long-term share of the adults out of work " + offShare + " -> " + onShare);
        assertTrue(onFlow > 0.09 && onFlow < 0.2, "U->N at the pause rate and the exits in place of hires from inactivity: " + onFlow);
    }
}
