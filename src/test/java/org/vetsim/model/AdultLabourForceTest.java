package org.vetsim.model;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The adult labour force on its own: a constant size, retirements that replace joiners, applicants. */
class AdultLabourForceTest {
    /** An employer hiring, none of whose staff search from their job. */
    private static final Employer HIRER = new Employer(1, new Occupation(0, "trade", 0.0, 36, true, true), 10, 1.0);

    @Test
    void retirementsReplaceTheAdultsWhoJoinedThisMonth() {
        AdultLabourForce adults = new AdultLabourForce(1000, 950, 2);
        adults.join(true, 0.6, 0.6, AdultQualification.STATE);
        adults.join(true, 0.6, 0.6, AdultQualification.STATE);
        adults.join(false, 0.5, 0.4, AdultQualification.STATE);
        assertEquals(51, adults.seekers(), "a joining job seeker searches");
        assertEquals(3, adults.retirementsDue());
        assertEquals(0, adults.retirementsDue(), "due once");
        assertEquals(51, adults.retireSeekers(100, new MersenneTwisterFast(1)), "at most the seekers retire from the seekers");
        assertEquals(0, adults.seekers());
    }

    @Test
    void anAdultCannotBeHiredWhenNoneSearches() {
        AdultLabourForce adults = new AdultLabourForce(10, 10, 0);
        assertThrows(IllegalArgumentException.class, () -> adults.hired(0));
        assertFalse(adults.isAdultDraw(new MersenneTwisterFast(1), HIRER, 5, 1.0, 1.0, 0.0), "no adult applies when none searches");
        assertThrows(IllegalArgumentException.class, () -> new AdultLabourForce(10, 11, 0));
    }

    @Test
    void applicantsAreAdultsInProportionToTheWeightedSeekers() {
        AdultLabourForce adults = new AdultLabourForce(1000, 700, 0);
        MersenneTwisterFast random = new MersenneTwisterFast(42);
        int draws = 200_000;
        int adultDraws = 0;
        for (int i = 0; i < draws; i++) {
            adultDraws += adults.isAdultDraw(random, HIRER, 900, 2.0, 1.0, 0.0) ? 1 : 0;
        }
        double expected = 2.0 * 300 / (2.0 * 300 + 900);
        assertEquals(expected, adultDraws / (double) draws, 0.005);
    }

    /** A ring for 10 joiners a month: 35 years of them, 4,200 profiles, every joiner kept. */
    private static AdultSkills ring() {
        return new AdultSkills(10);
    }

    @Test
    void untilEnoughHaveJoinedAdultApplicantsHaveFinishedLearning() {
        SkillModel skills = new SkillModel(TestScenarios.small());
        AdultSkills adults = ring();
        double[] finished = adults.moments(skills, 0.3, 12);
        assertMomentsMatchDraws(adults, skills);
        for (int i = 0; i < AdultSkills.ENOUGH - 1; i++) {
            adults.add(0.5, 0.3, AdultQualification.STATE);
        }
        assertTrue(adults.fallback(), "one profile short of enough");
        assertArrayEquals(finished, adults.moments(skills, 0.3, 12), "still the fallback distribution");
        adults.add(0.5, 0.3, AdultQualification.STATE);
        assertFalse(adults.fallback());
        assertTrue(adults.moments(skills, 0.3, 12)[0] < finished[0], "now the joiners' skills");
    }

    @Test
    void adultApplicantsHaveTheSkillsOfThoseWhoReachedTheExitAge() {
        SkillModel skills = new SkillModel(TestScenarios.small());
        AdultSkills adults = ring();
        for (int i = 0; i < AdultSkills.ENOUGH; i++) {
            adults.add(0.5, 0.3, AdultQualification.STATE);
        }
        MersenneTwisterFast random = new MersenneTwisterFast(3);
        double same = skills.expectedProductivity(0.5, 0.3, 12);
        double other = skills.expectedProductivity(0.5, 0.0, 12);
        for (int i = 0; i < 1000; i++) {
            double p = adults.applicantProductivity(random, skills, 0.3, 12);
            assertTrue(p == same || p == other, "an adult brings a joiner's skills, in their occupation or another");
        }
        double[] moments = adults.moments(skills, 0.3, 12);
        assertEquals(0.7 * same + 0.3 * other, moments[0], 1e-12);
    }

    @Test
    void theRingCoversThirtyFiveYearsOfJoinersWhateverThePopulation() {
        assertEquals(4_200, new AdultSkills(10).capacity(), "10 a month for 35 years");
        assertEquals(1, new AdultSkills(0.001).capacity(), "at least one profile");
        AdultSkills large = new AdultSkills(1_000);
        assertTrue(large.capacity() <= AdultSkills.MOST, "every k-th joiner at large populations: " + large.capacity());
        SkillModel skills = new SkillModel(TestScenarios.small());
        int window = 1_000 * 12 * AdultSkills.YEARS;
        for (int i = 0; i < 2 * window; i++) {
            large.add(i < window ? 0.1 : i < window + window / 2 ? 0.3 : 0.9, 0.5, AdultQualification.STATE);
        }
        assertEquals(large.capacity(), large.size());
        assertEquals(0.5 * skills.expectedProductivity(0.3, 0.5, 12) + 0.5 * skills.expectedProductivity(0.9, 0.5, 12),
                large.moments(skills, 0.0, 12)[0], 1e-3, "the last 35 years of joiners, sampled evenly; none from before");
    }

    @Test
    void theNewestJoinersReplaceTheOldest() {
        SkillModel skills = new SkillModel(TestScenarios.small());
        AdultSkills adults = ring();
        for (int i = 0; i < adults.capacity(); i++) {
            adults.add(0.3, 0.2, AdultQualification.STATE);
        }
        for (int i = 0; i < adults.capacity(); i++) {
            adults.add(0.9, 0.6, AdultQualification.STATE);
        }
        assertEquals(adults.capacity(), adults.size());
        assertEquals(skills.expectedProductivity(0.9, 0.6, 12), adults.moments(skills, 0.0, 12)[0], 1e-12,
                "only the last 35 years of joiners count");
        assertMomentsMatchDraws(adults, skills);
    }

    @Test
    void cachedProductivitiesFollowNewJoinersTheHorizonAndTheSkillModel() {
        SkillModel skills = new SkillModel(TestScenarios.small());
        SkillModel other = new SkillModel(TestScenarios.small("skills.on_the_job_ceiling=0.8", "skills.half_life_low_general=30"));
        AdultSkills cached = ring();
        MersenneTwisterFast random = new MersenneTwisterFast(5);
        int[] horizons = {12, 6, 0, 24};
        for (int round = 0; round < 40; round++) {
            for (int i = 0; i < 1000; i++) {
                cached.add(random.nextDouble(), random.nextDouble(), AdultQualification.STATE);
            }
            SkillModel model = round % 3 == 2 ? other : skills;
            int horizon = horizons[round % horizons.length];
            AdultSkills fresh = copyOf(cached);
            assertArrayEquals(fresh.moments(model, 0.3, horizon), cached.moments(model, 0.3, horizon),
                    "round " + round + ": the cache gives what a fresh computation gives");
        }
    }

    /** A ring with the same profiles in the same places, nothing cached. */
    private static AdultSkills copyOf(AdultSkills ring) {
        AdultSkills copy = ring();
        MersenneTwisterFast replay = new MersenneTwisterFast(5);
        long n = ring.joined();
        for (long i = 0; i < n; i++) {
            copy.add(replay.nextDouble(), replay.nextDouble(), AdultQualification.STATE);
        }
        return copy;
    }

    private static void assertMomentsMatchDraws(AdultSkills adults, SkillModel skills) {
        MersenneTwisterFast random = new MersenneTwisterFast(7);
        int n = 100_000;
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < n; i++) {
            double p = adults.applicantProductivity(random, skills, 0.3, 12);
            assertTrue(p > 0 && p < 1);
            sum += p;
            squares += p * p;
        }
        double[] moments = adults.moments(skills, 0.3, 12);
        assertEquals(moments[0], sum / n, 0.002, "mean");
        assertEquals(moments[1], squares / n - (sum / n) * (sum / n), 0.0005, "variance");
    }

    @Test
    void inARunAdultsApplyWithTheSkillsTheYoungLeaveWith() {
        World world = TestWorlds.settled(TestScenarios.small(), 1);
        AdultSkills adults = world.adults.skills();
        assertFalse(adults.fallback(), "by the end of the warm-up enough young people have reached the exit age: " + adults.size());
        double[] own = adults.moments(world.skills, 0.3, 12);
        double[] finished = ring().moments(world.skills, 0.3, 12);
        assertTrue(own[0] < finished[0], "the young leave school below the ceiling of their ability, so adults apply "
                + "with less than if everyone had finished learning: " + own[0] + " against " + finished[0]);
    }
}
