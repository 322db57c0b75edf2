package org.vetsim.model;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;
import org.vetsim.metrics.Metric;
import org.vetsim.metrics.MonthReport;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Adults without a vocational certificate or a degree leave jobs for non-employment more often
 * (labour_market.adult_unqualified_job_loss_ratio): the adults who separate are drawn from the
 * adults' records with that weight on the unqualified; at 1 the draw is as before.
 */
class UnqualifiedJobLossTest {
    private static final SkillModel SKILLS = new SkillModel(TestScenarios.small());

    private static AdultSkills adults(int qualified, int unqualified) {
        AdultSkills skills = new AdultSkills(10);
        for (int k = 0; k < qualified; k++) {
            skills.add(0.8, 0.7, AdultQualification.STATE);
        }
        for (int k = 0; k < unqualified; k++) {
            skills.add(0.3, 0.2, AdultQualification.NONE);
        }
        return skills;
    }

    @Test
    void theUnqualifiedLeaveJobsAsManyTimesAsOftenAsTheRatioSays() {
        AdultSkills skills = adults(800, 200);
        assertEquals(0.2, skills.unqualifiedShare(), 1e-12);
        AdultSkills ring = new AdultSkills(0.001);
        ring.add(0.3, 0.2, AdultQualification.NONE);
        ring.add(0.8, 0.7, AdultQualification.STATE);
        assertEquals(1, ring.capacity(), "one profile kept, the newest");
        assertEquals(0.0, ring.unqualifiedShare(), 0.0, "the unqualified profile overwritten by a qualified one");
        MersenneTwisterFast random = new MersenneTwisterFast(5);
        int draws = 100_000;
        int unqualified = 0;
        for (int k = 0; k < draws; k++) {
            double[] leaver = skills.leaverProfile(random, SKILLS, 2.5);
            unqualified += leaver[2] == 0 ? 1 : 0;
            assertEquals(leaver[2] == 0 ? 0.3 : 0.8, leaver[0], 0.0, "the record's own skills");
        }
        assertEquals(2.5 * 200 / (2.5 * 200 + 800), unqualified / (double) draws, 0.005, "a fifth of the adults, 0.38 of the leavers");
        int fewer = 0;
        for (int k = 0; k < draws; k++) {
            fewer += skills.leaverProfile(random, SKILLS, 0.5)[2] == 0 ? 1 : 0;
        }
        assertEquals(0.5 * 200 / (0.5 * 200 + 800), fewer / (double) draws, 0.005, "a ratio below 1 weighs the qualified");
    }

    @Test
    void atARatioOfOneTheLeaversAreTheAdultsDrawnAtRandom() {
        AdultSkills skills = adults(300, 300);
        MersenneTwisterFast a = new MersenneTwisterFast(9);
        MersenneTwisterFast b = new MersenneTwisterFast(9);
        for (int k = 0; k < 1000; k++) {
            double[] leaver = skills.leaverProfile(a, SKILLS, 1.0);
            assertArrayEquals(skills.profile(b, SKILLS), new double[] {leaver[0], leaver[1]}, "the same draw as an adult at random");
        }
    }

    @Test
    void separatedAdultsCarryTheirQualificationIntoTheSeekers() {
        AdultLabourForce labour = new AdultLabourForce(1000, 1000, 10);
        for (int k = 0; k < 150; k++) {
            labour.join(true, 0.8, 0.7, k % 3 != 0 ? AdultQualification.STATE : AdultQualification.NONE);
        }
        labour.separated(3000, new MersenneTwisterFast(2), SKILLS, 3.0);
        double third = 1.0 / 3;
        double share = labour.seekerPool().unqualifiedShare();
        assertEquals(3 * third / (3 * third + 2 * third), share, 0.03,
                "a third of the adults unqualified, three times the risk: 0.6 of those out of work");
        AdultSeekerPool elsewhere = new AdultSeekerPool();
        labour.seekerPool().transferRandom(new MersenneTwisterFast(4), 3000, elsewhere, 1);
        assertEquals(share, elsewhere.unqualifiedShare(), 1e-12, "moving every record keeps each one's qualification");
    }

    @Test
    void unqualifiedAdultsLosingJobsMoreOftenFillTheAdultsOutOfWork() {
        double offShare = 0;
        double onShare = 0;
        for (long seed = 1; seed <= 3; seed++) {
            List<MonthReport> off = TestScenarios.run(TestScenarios.small("labour_market.adult_unqualified_job_loss_ratio=1"), seed);
            List<MonthReport> on = TestScenarios.run(TestScenarios.small("labour_market.adult_unqualified_job_loss_ratio=3"), seed);
            offShare += TestScenarios.mean(off, Metric.ADULT_UNQUALIFIED_UNEMPLOYED_SHARE, 24) / 3;
            onShare += TestScenarios.mean(on, Metric.ADULT_UNQUALIFIED_UNEMPLOYED_SHARE, 24) / 3;
            assertEquals(TestScenarios.mean(off, Metric.ADULT_UNQUALIFIED_SHARE, 24), TestScenarios.mean(on, Metric.ADULT_UNQUALIFIED_SHARE, 24),
                    0.02, "the adults' own qualifications hardly move");
        }
        assertTrue(onShare > offShare + 0.1, "unqualified share of the adults out of work " + offShare + " -> " + onShare);
    }
}
