package org.vetsim.model;

import org.junit.jupiter.api.Test;
import org.vetsim.io.scenario.ScenarioLoader;
import org.vetsim.metrics.Metric;
import org.vetsim.metrics.MonthReport;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hires that start within the month ({@code labour_market.same_month_start_share}): at a share of
 * 0 no hire starts at once and no post is re-posted (and a run is bit-identical to one without the
 * key's effect); at 1 every hire of someone out of work starts at once, young and adult; in
 * between, about the share do. The posts vacated after the month's labour demand are posted
 * before the hiring, never fewer vacancies than before. Over several seeds, starting within the
 * month lowers youth unemployment and raises youth employment.
 */
class HireStartsTest {
    private static World world(String share) {
        return TestWorlds.settled(ScenarioLoader.load(Path.of("baseline"),
                List.of("population.young_people=3000", "labour_market.same_month_start_share=" + share)), 1);
    }

    private static YoungPerson seeker(World world) {
        return world.people.stream().filter(p -> p.status == Status.UNEMPLOYED && p.offerFrom == null).findFirst().orElseThrow();
    }

    @Test
    void atZeroAYoungHireWaitsForNextMonthAndNoPostIsReposted() {
        World world = world("0");
        YoungPerson person = seeker(world);
        Employer employer = world.employers.get(0);
        employer.vacancies = 1;
        JobOffers.promise(world, person, employer, 0.7, 0.0);
        HireStarts.young(world, person, employer, 1);
        assertEquals(Status.UNEMPLOYED, person.status, "a future starter");
        assertEquals(employer, person.offerFrom);
        for (Employer e : world.employers) {
            e.vacancies = 0;
            e.targetStaff = e.staff() + e.promisedHires + 2;
        }
        HireStarts.postVacatedPosts(world);
        for (Employer e : world.employers) {
            assertEquals(0, e.vacancies, "nothing re-posted at a share of 0");
        }
        for (int slot = 0; slot < 100; slot++) {
            assertFalse(HireStarts.startsAtOnce(world, employer, slot));
        }
    }

    @Test
    void atOneYoungAndAdultHiresStartAtOnce() {
        World world = world("1");
        YoungPerson person = seeker(world);
        Employer employer = world.employers.get(0);
        int promised = employer.promisedHires;
        employer.vacancies = 2;
        JobOffers.promise(world, person, employer, 0.7, 0.0);
        HireStarts.young(world, person, employer, 2);
        assertEquals(Status.EMPLOYED, person.status);
        assertEquals(employer, person.employer);
        assertEquals(promised, employer.promisedHires, "the held post is filled");

        new JobStarts().begin(world);
        int staff = employer.adultStaff;
        int unemployed = world.adults.unemployed();
        employer.hireAdult(world.adults, 0);
        HireStarts.adult(world, employer, 1);
        assertEquals(staff + 1, employer.adultStaff, "the adult works this month");
        assertEquals(unemployed - 1, world.adults.unemployed());
        assertEquals(0, employer.adultStarters);
        assertEquals(promised, employer.promisedHires);
    }

    @Test
    void onlyAJobSeekerOutOfWorkStartsAtOnce() {
        World world = world("1");
        YoungPerson student = world.people.stream().filter(p -> p.status.inEducation() && p.offerFrom == null).findFirst().orElseThrow();
        Status before = student.status;
        Employer employer = world.employers.get(0);
        employer.vacancies = 1;
        JobOffers.promise(world, student, employer, 0.7, 0.0);
        HireStarts.young(world, student, employer, 1);
        assertEquals(before, student.status, "a student starts when they finish");
        JobOffers.lapse(student);
    }

    @Test
    void inBetweenAboutTheShareStartsAtOnce() {
        World world = world("0.75");
        int now = 0;
        int trials = 0;
        for (int month = 0; month < 200; month++) {
            world.month = month;
            for (Employer employer : world.employers) {
                for (int slot = 0; slot < 3; slot++) {
                    now += HireStarts.startsAtOnce(world, employer, slot) ? 1 : 0;
                    trials++;
                }
            }
        }
        assertEquals(0.75, now / (double) trials, 0.01);
    }

    @Test
    void postsVacatedAfterLabourDemandArePostedBeforeTheHiringNeverFewer() {
        World world = world("0.5");
        Employer below = world.employers.get(0);
        Employer open = world.employers.get(1);
        below.vacancies = 0;
        below.targetStaff = below.staff() + below.promisedHires + 3;
        open.vacancies = 5;
        open.targetStaff = open.staff() + open.promisedHires + 1;
        HireStarts.postVacatedPosts(world);
        assertEquals(3, below.vacancies, "the gap to target is posted");
        assertEquals(5, open.vacancies, "open vacancies are kept");
    }

    @Test
    void startingWithinTheMonthLowersYouthUnemploymentOverSeveralSeeds() {
        for (long seed = 1; seed <= 3; seed++) {
            List<MonthReport> later = TestScenarios.run(TestScenarios.small("labour_market.same_month_start_share=0"), seed);
            List<MonthReport> atOnce = TestScenarios.run(TestScenarios.small("labour_market.same_month_start_share=0.75"), seed);
            assertTrue(mean(atOnce, Metric.YOUTH_UNEMPLOYMENT_RATE) < mean(later, Metric.YOUTH_UNEMPLOYMENT_RATE), "seed " + seed);
            assertTrue(mean(atOnce, Metric.YOUTH_EMPLOYMENT_RATE) > mean(later, Metric.YOUTH_EMPLOYMENT_RATE), "seed " + seed);
        }
    }

    private static double mean(List<MonthReport> reports, Metric metric) {
        return TestScenarios.mean(reports, metric, 13);
    }
}
