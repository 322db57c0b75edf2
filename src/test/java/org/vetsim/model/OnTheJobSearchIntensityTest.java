package org.vetsim.model;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Job seekers who search from a job send fewer applications than those without work
 * ({@code labour_market.on_the_job_search_intensity}): employers draw them as applicants in
 * proportion to that intensity, young and adult alike.
 */
class OnTheJobSearchIntensityTest {
    private static final Occupation TRADE = new Occupation(0, "trade", 0.0, 36, true, true);
    private static final Employer HIRER = new Employer(99, TRADE, 10, 1.0);

    private static YoungPerson seeker(int id, Status status) {
        YoungPerson person = new YoungPerson(id, 0, 0.0);
        person.status = status;
        return person;
    }

    /** A pool of {@code unemployed} seekers without work and {@code onJob} employees searching from their jobs. */
    private static SeekerPool pool(int unemployed, int onJob) {
        SeekerPool pool = new SeekerPool(unemployed + onJob, false);
        for (int i = 0; i < unemployed; i++) {
            pool.add(seeker(i, Status.UNEMPLOYED));
        }
        for (int i = 0; i < onJob; i++) {
            pool.add(seeker(1000 + i, i % 2 == 0 ? Status.EMPLOYED : Status.APPRENTICE));
        }
        return pool;
    }

    private static double onJobShareOfDraws(SeekerPool pool, double intensity, long seed) {
        MersenneTwisterFast random = new MersenneTwisterFast(seed);
        int draws = 100_000;
        int onJob = 0;
        for (int i = 0; i < draws; i++) {
            onJob += pool.draw(random, intensity).status.employed() ? 1 : 0;
        }
        return onJob / (double) draws;
    }

    @Test
    void employedSeekersAreDrawnInProportionToTheirApplications() {
        SeekerPool pool = pool(100, 100);
        assertEquals(0.57 / 1.57, onJobShareOfDraws(pool, 0.57, 3), 0.005, "100 without work and 100 from a job at intensity 0.57");
        assertEquals(2.0 / 3.0, onJobShareOfDraws(pool, 2.0, 4), 0.005, "an intensity above 1 favours them");
        assertEquals(0.5, onJobShareOfDraws(pool, 1.0, 5), 0.005, "at 1 everyone alike");
        assertEquals(100 + 0.57 * 100, pool.weighted(0.57), 1e-9);
    }

    @Test
    void atIntensityOneTheDrawsAreThoseOfTheUniformDraw() {
        SeekerPool pool = pool(30, 20);
        MersenneTwisterFast weighted = new MersenneTwisterFast(9);
        MersenneTwisterFast uniform = new MersenneTwisterFast(9);
        for (int i = 0; i < 1000; i++) {
            assertSame(pool.draw(uniform), pool.draw(weighted, 1.0), "the same random numbers, the same seekers");
        }
    }

    @Test
    void aPoolOfOneKindIsDrawnWhateverTheIntensity() {
        SeekerPool onlyEmployed = pool(0, 10);
        SeekerPool onlyUnemployed = pool(10, 0);
        MersenneTwisterFast random = new MersenneTwisterFast(1);
        for (int i = 0; i < 100; i++) {
            assertTrue(onlyEmployed.draw(random, 0.01).status.employed());
            assertFalse(onlyUnemployed.draw(random, 0.01).status.employed());
        }
    }

    @Test
    void removingSeekersKeepsTheWeights() {
        SeekerPool pool = pool(4, 4);
        YoungPerson employed = pool.people().stream().filter(p -> p.status.employed()).findFirst().orElseThrow();
        YoungPerson unemployed = pool.people().stream().filter(p -> !p.status.employed()).findFirst().orElseThrow();
        pool.remove(employed);
        pool.remove(unemployed);
        pool.remove(unemployed);
        assertEquals(3 + 0.5 * 3, pool.weighted(0.5), 1e-12, "three of each left, a person removed twice counts once");
    }

    @Test
    void adultsSearchingFromAJobApplyInProportionToTheirIntensity() {
        AdultLabourForce adults = new AdultLabourForce(1000, 900, 0);
        Employer origin = new Employer(1, TRADE, 400, 1.0);
        origin.adultStaff = 400;
        adults.searchOnJob(origin, 100);
        MersenneTwisterFast random = new MersenneTwisterFast(7);
        int draws = 200_000;
        int adultDraws = 0;
        int fromJob = 0;
        for (int i = 0; i < draws; i++) {
            adultDraws += adults.isAdultDraw(random, HIRER, 300, 1.0, 0.5, 0.0) ? 1 : 0;
            fromJob += adults.searchesFromJob(random.nextDouble(), HIRER, 0.5, 0.0) ? 1 : 0;
        }
        assertEquals(150.0 / 450.0, adultDraws / (double) draws, 0.005, "100 out of work and 100 from a job at half their applications, against 300 young");
        assertEquals(50.0 / 150.0, fromJob / (double) draws, 0.005, "of the adult applicants, a third from a job");
    }
}
