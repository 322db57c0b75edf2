package org.vetsim.model;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;
import org.vetsim.metrics.Metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Adults lose skill while out of work (labour_market.out_of_work_skill_loss): an adult applicant
 * without a job brings (1 - loss) to the power of the months since their last job of the
 * productivity their skills gave, employers' priors measured on who is out of work hold the loss,
 * and with a loss the adults out of work long find work more slowly.
 */
class OutOfWorkSkillLossTest {

    @Test
    void anAdultKeepsTheShareOfProductivityTheMonthsOutOfWorkLeave() {
        AdultSeekerPool pool = new AdultSeekerPool();
        pool.add(0.5, 0.5, 10);
        assertEquals(1.0, pool.retained(0, 34, 0.0), 0.0, "no loss: everything kept, however long");
        assertEquals(Math.pow(0.99, 24), pool.retained(0, 34, 0.01), 1e-15, "two years at 1% a month");
        assertEquals(1.0, pool.retained(0, 10, 0.01), 0.0, "nothing lost in the month the job ended");
        assertTrue(pool.retained(0, 70, 0.01) < pool.retained(0, 34, 0.01), "the longer out of work, the less kept");
    }

    @Test
    void aYoungPersonReachingTheExitAgeOutOfWorkStartsLosingThen() {
        AdultLabourForce adults = new AdultLabourForce(1000, 1000, 1);
        adults.startMonth(100);
        adults.joinOutOfWork(0.6, 0.5, AdultQualification.NONE, 40);
        AdultSeekerPool pool = adults.seekerPool();
        assertEquals(1.0, pool.retained(0, 100, 0.01), 0.0, "the spell before the exit age costs no skill");
        assertTrue(adults.outOfWorkAtLeast(pool, 0, 60), "while the gap on the record runs from the last job");
        assertEquals(Math.pow(0.99, 12), pool.retained(0, 112, 0.01), 1e-15, "a year out of work as an adult");
        AdultSeekerPool outside = new AdultSeekerPool();
        pool.transfer(0, outside, 106);
        assertEquals(Math.pow(0.99, 12), outside.retained(0, 112, 0.01), 1e-15, "stopping and starting to look changes nothing");
    }

    @Test
    void anApplicantsProductivityAndTheEmployersPriorHoldTheLoss() {
        SkillModel skills = new SkillModel(TestScenarios.small());
        AdultLabourForce adults = new AdultLabourForce(1000, 1000, 1);
        adults.startMonth(0);
        for (int k = 0; k < 3; k++) {
            adults.join(false, 0.6, 0.5, AdultQualification.STATE);
        }
        adults.startMonth(24);
        for (int k = 0; k < 3; k++) {
            adults.join(false, 0.6, 0.5, AdultQualification.STATE);
        }
        double full = skills.expectedProductivity(0.6, 0.5, 12);
        double[][] kept = adults.seekerMomentsByGap(skills, 0.0, 12, 9, 0.0, 0.0);
        double[][] losing = adults.seekerMomentsByGap(skills, 0.0, 12, 9, 0.0, 0.01);
        assertEquals(full, kept[OutOfWorkMoments.gapGroup(true)][0], 1e-12, "no loss: the long gap as productive as the recent");
        assertEquals(full * Math.pow(0.99, 24), losing[OutOfWorkMoments.gapGroup(true)][0], 1e-12, "24 months out of work");
        assertEquals(full, losing[OutOfWorkMoments.gapGroup(false)][0], 1e-12, "out of work since this month: nothing lost");
        assertEquals(full * (1 + Math.pow(0.99, 24)) / 2, losing[OutOfWorkMoments.ALL][0], 1e-12, "all of them");
        assertEquals(full * Math.pow(0.99, 24), losing[OutOfWorkMoments.holderGroup(true, AdultQualification.STATE)][0], 1e-12,
                "the holders out of work long hold the loss too");
        MersenneTwisterFast random = new MersenneTwisterFast(5);
        assertEquals(full * Math.pow(0.99, 24),
                adults.applicantProductivity(adults.seekerPool(), 0, random, skills, 0.0, 12, 0.01), 1e-12,
                "the applicant out of work since month 0 brings what is left");
    }

    @Test
    void anAdultWithoutAKnownPastIsDrawnAfreshWithoutALoss() {
        SkillModel skills = new SkillModel(TestScenarios.small());
        AdultLabourForce adults = new AdultLabourForce(1000, 1000, 1);
        adults.startMonth(0);
        adults.seekerPool().addUnknown(2);
        adults.seekerPool().add(0.6, 0.5, 0, 0, AdultQualification.STATE);
        adults.seekerPool().add(0.6, 0.5, 0, 0, AdultQualification.STATE);
        adults.startMonth(24);
        assertEquals(1.0, adults.seekerPool().retained(0, 24, 0.02), 0.0, "no past, no months out of work to count");
        double[] base = adults.skills().moments(skills, 0.0, 12);
        double known = skills.expectedProductivity(0.6, 0.5, 12) * Math.pow(0.98, 24);
        double[] losing = adults.seekerMomentsByGap(skills, 0.0, 12, Integer.MAX_VALUE, 0.0, 0.02)[OutOfWorkMoments.ALL];
        assertEquals((base[0] + known) / 2, losing[0], 1e-12, "the unknown at the adults' mean, the known with their loss");
    }

    @Test
    void knownAdultsOutOfWorkForDifferentTimesMixTheirLosses() {
        SkillModel skills = new SkillModel(TestScenarios.small());
        AdultLabourForce adults = new AdultLabourForce(1000, 1000, 1);
        adults.startMonth(0);
        AdultSeekerPool pool = adults.seekerPool();
        pool.add(0.6, 0.5, 0, 0, AdultQualification.STATE);
        pool.add(0.6, 0.5, 12, 12, AdultQualification.STATE);
        adults.startMonth(24);
        double full = skills.expectedProductivity(0.6, 0.5, 12);
        double[] losing = adults.seekerMomentsByGap(skills, 0.0, 12, Integer.MAX_VALUE, 0.0, 0.02)[OutOfWorkMoments.ALL];
        double longer = full * Math.pow(0.98, 24);
        double shorter = full * Math.pow(0.98, 12);
        double mean = (longer + shorter) / 2;
        assertEquals(mean, losing[0], 1e-12, "the mean of the two losses");
        assertEquals((longer * longer + shorter * shorter) / 2 - mean * mean, losing[1], 1e-9,
                "the same skills spread by their months out of work");
    }

    @Test
    void withSkillLostOutOfWorkMoreAdultsStayOutOfWorkAYearOrMore() {
        double off = TestScenarios.meanOverRuns(TestScenarios.runs(TestScenarios.small("labour_market.out_of_work_skill_loss=0"), 3),
                Metric.ADULT_LONG_TERM_UNEMPLOYMENT_SHARE, 24);
        double on = TestScenarios.meanOverRuns(TestScenarios.runs(TestScenarios.small("labour_market.out_of_work_skill_loss=0.02"), 3),
                Metric.ADULT_LONG_TERM_UNEMPLOYMENT_SHARE, 24);
        assertTrue(on > off + 0.02, "long-term share of adults out of work " + off + " -> " + on);
    }
}
