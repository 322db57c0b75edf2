package org.vetsim.model;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The adult labour force on its own: a constant size, retirements that replace joiners, applicants. */
class AdultLabourForceTest {

    @Test
    void retirementsReplaceTheAdultsWhoJoinedThisMonth() {
        AdultLabourForce adults = new AdultLabourForce(1000, 950, 0.002);
        adults.join(true, 0.6, 0.6);
        adults.join(true, 0.6, 0.6);
        adults.join(false, 0.5, 0.4);
        assertEquals(51, adults.seekers(), "a joining job seeker searches");
        assertEquals(3, adults.retirementsDue());
        assertEquals(0, adults.retirementsDue(), "due once");
        assertEquals(51, adults.retireSeekers(100), "at most the seekers retire from the seekers");
        assertEquals(0, adults.seekers());
    }

    @Test
    void anAdultCannotBeHiredWhenNoneSearches() {
        AdultLabourForce adults = new AdultLabourForce(10, 10, 0.0);
        assertThrows(IllegalStateException.class, adults::hired);
        assertFalse(adults.isAdultDraw(new MersenneTwisterFast(1), 5, 1.0), "no adult applies when none searches");
        assertThrows(IllegalArgumentException.class, () -> new AdultLabourForce(10, 11, 0.0));
    }

    @Test
    void applicantsAreAdultsInProportionToTheWeightedSeekers() {
        AdultLabourForce adults = new AdultLabourForce(1000, 700, 0.0);
        MersenneTwisterFast random = new MersenneTwisterFast(42);
        int draws = 200_000;
        int adultDraws = 0;
        for (int i = 0; i < draws; i++) {
            adultDraws += adults.isAdultDraw(random, 900, 2.0) ? 1 : 0;
        }
        double expected = 2.0 * 300 / (2.0 * 300 + 900);
        assertEquals(expected, adultDraws / (double) draws, 0.005);
    }

    @Test
    void beforeAnyoneHasJoinedAdultApplicantsHaveFinishedLearning() {
        SkillModel skills = new SkillModel(TestScenarios.small());
        AdultSkills adults = new AdultSkills();
        assertMomentsMatchDraws(adults, skills);
        assertEquals(SkillModel.generalCeiling(0.5), 0.7, 1e-12);
    }

    @Test
    void adultApplicantsHaveTheSkillsOfThoseWhoReachedTheExitAge() {
        SkillModel skills = new SkillModel(TestScenarios.small());
        AdultSkills adults = new AdultSkills();
        for (int i = 0; i < AdultSkills.ENOUGH; i++) {
            adults.add(0.5, 0.3);
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
        assertTrue(moments[0] < new AdultSkills().moments(skills, 0.3, 12)[0],
                "adults schooled to 0.5 of general skill apply with less than adults at their ceiling");
    }

    @Test
    void theNewestJoinersReplaceTheOldest() {
        SkillModel skills = new SkillModel(TestScenarios.small());
        AdultSkills adults = new AdultSkills();
        for (int i = 0; i < AdultSkills.CAPACITY; i++) {
            adults.add(0.3, 0.2);
        }
        for (int i = 0; i < AdultSkills.CAPACITY; i++) {
            adults.add(0.9, 0.6);
        }
        assertEquals(AdultSkills.CAPACITY, adults.size());
        assertEquals(skills.expectedProductivity(0.9, 0.6, 12), adults.moments(skills, 0.0, 12)[0], 1e-12,
                "only the last CAPACITY joiners count");
        assertMomentsMatchDraws(adults, skills);
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
        assertTrue(adults.size() <= AdultSkills.CAPACITY, "never more profiles than the ring holds");
        assertTrue(adults.size() >= AdultSkills.ENOUGH, "the warm-up fills the ring: " + adults.size());
        double[] own = adults.moments(world.skills, 0.3, 12);
        double[] finished = new AdultSkills().moments(world.skills, 0.3, 12);
        assertTrue(own[0] < finished[0], "the young leave school below the ceiling of their ability, so adults apply "
                + "with less than if everyone had finished learning: " + own[0] + " against " + finished[0]);
    }
}
