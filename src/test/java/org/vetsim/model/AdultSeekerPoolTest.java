package org.vetsim.model;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Adults out of work keep their skills and the month they started looking until hired or retired. */
class AdultSeekerPoolTest {
    @Test
    void seekersKeepTheirSkillsAndTheHiredOneLeaves() {
        AdultSeekerPool pool = new AdultSeekerPool();
        for (int i = 0; i < 100; i++) {
            pool.add(i / 100.0, 0.5, i);
        }
        assertEquals(100, pool.size(), "grows past its first capacity");
        pool.remove(10);
        assertEquals(99, pool.size());
        assertEquals(0.99, pool.general(10), 1e-12, "the last seeker takes the place of the one hired");
        for (int i = 0; i < pool.size(); i++) {
            assertTrue(pool.general(i) != 0.10, "the one hired is gone");
        }
        assertThrows(IllegalArgumentException.class, () -> pool.remove(99));
    }

    @Test
    void theLongTermAreThoseLookingTwelveMonthsOrMore() {
        AdultSeekerPool pool = new AdultSeekerPool();
        pool.add(0.5, 0.5, 100);
        pool.add(0.5, 0.5, 108);
        pool.add(0.5, 0.5, 88);
        assertEquals(2, pool.lookingAtLeast(12, 112), "since month 100 and 88");
        assertEquals(1, pool.lookingAtLeast(13, 112));
    }

    @Test
    void retirementsTakeSeekersAtRandomAndUnknownSeekersAreMarked() {
        AdultSeekerPool pool = new AdultSeekerPool();
        pool.addUnknown(5);
        pool.add(0.7, 0.6, 3);
        assertTrue(pool.unknown(0));
        assertFalse(pool.unknown(5));
        assertEquals(6, pool.removeRandom(new MersenneTwisterFast(3), 10), "at most all of them");
        assertEquals(0, pool.size());
    }

    @Test
    void aJoinerOutOfWorkAppliesWithTheirOwnSkills() {
        SkillModel skills = new SkillModel(TestScenarios.small());
        AdultLabourForce adults = new AdultLabourForce(1000, 1000, 1);
        adults.join(false, 0.3, 0.2, AdultQualification.STATE);
        assertEquals(1, adults.seekers());
        MersenneTwisterFast random = new MersenneTwisterFast(8);
        double own = skills.expectedProductivity(0.3, 0.2, 12);
        double elsewhere = skills.expectedProductivity(0.3, 0.0, 12);
        for (int k = 0; k < 50; k++) {
            double p = adults.applicantProductivity(adults.seekerPool(), 0, random, skills, 0.3, 12, 0.0);
            assertTrue(p == own || p == elsewhere, "in their occupation or another, with the skills they keep: " + p);
        }
        assertArrayEquals(adults.skills().moments(skills, 0.3, 12), adults.seekerMomentsByGap(skills, 0.3, 12, Integer.MAX_VALUE, 0.0, 0.0)[0],
                "too few out of work for a prior of their own: the adults' stands in");
    }

    @Test
    void theAdultJobFindingRateIsStartsOverLastMonthsAdultsWithoutWork() {
        AdultLabourForce adults = new AdultLabourForce(100, 80, 0);
        assertTrue(Double.isNaN(adults.jobFindingRate()), "before the first month nobody was out of work: undefined");
        adults.hired(0);
        adults.hired(0);
        assertEquals(20, adults.unemployed(), "hired adults are future starters until they start");
        adults.startMonth(1);
        adults.started(2);
        assertEquals(2 / 20.0, adults.jobFindingRate(), 1e-12);
        adults.startMonth(2);
        assertEquals(0.0, adults.jobFindingRate(), "no starts yet this month");
    }

    /**
     * Employers pass over the adults out of work they expect least of, who therefore stay: over a
     * run the adults out of work are less productive than the adults as a whole, and some of
     * them have looked for a year or more (over several seeds).
     */
    @Test
    void theAdultsOutOfWorkAreSortedByWhomEmployersPassOver() {
        for (int seed = 1; seed <= 3; seed++) {
            VetModel model = new VetModel(TestScenarios.small().withYears(1), seed);
            model.runToEnd();
            World world = model.world();
            double[] outOfWork = world.adults.seekerMomentsByGap(world.skills, 0.3, 12, Integer.MAX_VALUE, 0.0, 0.0)[0];
            double[] all = world.adults.skills().moments(world.skills, 0.3, 12);
            assertTrue(outOfWork[0] < all[0], "seed " + seed + ": adults out of work " + outOfWork[0] + " against all " + all[0]);
            assertTrue(world.adults.lookingAtLeastShare(12) > 0, "seed " + seed + ": some have looked for a year or more");
        }
    }
}
