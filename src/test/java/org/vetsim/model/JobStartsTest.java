package org.vetsim.model;

import org.junit.jupiter.api.Test;
import org.vetsim.io.scenario.ScenarioLoader;
import org.vetsim.metrics.Metric;
import org.vetsim.metrics.MonthReport;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A job seeker hired this month starts the next: until then unemployed (a future starter) holding
 * the post; then employed at the agreed wage. Over a whole run, unemployment never empties, even
 * where jobs are plentiful.
 */
class JobStartsTest {
    @Test
    void aJobSeekerHiredThisMonthStaysUnemployedHoldingThePostAndStartsNextMonth() {
        World world = TestWorlds.settled(ScenarioLoader.load(Path.of("baseline"), List.of("population.young_people=3000")), 1);
        YoungPerson seeker = world.people.stream().filter(p -> p.status == Status.UNEMPLOYED && p.offerFrom == null)
                .findFirst().orElseThrow();
        Employer employer = world.employers.get(0);
        JobStarts starts = new JobStarts();
        starts.begin(world);
        int promised = employer.promisedHires;
        JobOffers.promise(world, seeker, employer, 0.7, 0.05);
        assertEquals(Status.UNEMPLOYED, seeker.status, "until the job starts the person is a future starter");
        assertEquals(promised + 1, employer.promisedHires, "the post is held");

        starts.apply(world, seeker);
        assertEquals(Status.EMPLOYED, seeker.status);
        assertEquals(employer, seeker.employer);
        assertTrue(employer.youngStaff.contains(seeker));
        assertEquals(promised, employer.promisedHires, "the held post is filled");
        assertNull(seeker.offerFrom);
        assertTrue(world.wageOf(seeker) >= 0.7, "at least the agreed wage");

        YoungPerson student = world.people.stream().filter(p -> p.status.inEducation() && p.offerFrom == null).findFirst().orElseThrow();
        Status before = student.status;
        JobOffers.promise(world, student, employer, 0.7, 0.05);
        starts.apply(world, student);
        assertEquals(before, student.status, "a student's offer starts when they finish, not here");
        assertEquals(employer, student.offerFrom, "the offer is still held");
        assertEquals(promised + 1, employer.promisedHires);
        JobOffers.lapse(student);
    }

    @Test
    void anAdultHiredThisMonthCountsAsUnemployedHoldingThePostAndStartsNextMonth() {
        World world = TestWorlds.settled(ScenarioLoader.load(Path.of("baseline"), List.of("population.young_people=3000")), 1);
        JobStarts starts = new JobStarts();
        starts.begin(world);
        Employer employer = world.employers.get(0);
        int staff = employer.adultStaff;
        int promised = employer.promisedHires;
        int unemployed = world.adults.unemployed();
        int seekers = world.adults.seekers();
        employer.vacancies++;
        int vacancies = employer.vacancies;
        employer.hireAdult(world.adults, 0);
        assertEquals(vacancies - 1, employer.vacancies, "the vacancy is filled");
        assertEquals(seekers - 1, world.adults.seekers(), "the adult hired applies for nothing more");
        assertEquals(unemployed, world.adults.unemployed(), "until the job starts the adult is a future starter");
        assertEquals(staff, employer.adultStaff);
        starts.begin(world);
        assertEquals(staff + 1, employer.adultStaff, "starts next month");
        assertEquals(promised, employer.promisedHires, "the held post is filled");
        assertEquals(unemployed - 1, world.adults.unemployed());
        assertEquals(0, employer.adultStarters);
    }

    @Test
    void aJobSeekerHiredLastMonthWhoReachesTheExitAgeJoinsTheEmployersAdultStaff() {
        World world = TestWorlds.settled(ScenarioLoader.load(Path.of("baseline"), List.of("population.young_people=3000")), 1);
        YoungPerson seeker = world.people.stream().filter(p -> p.status == Status.UNEMPLOYED && p.offerFrom == null)
                .findFirst().orElseThrow();
        Employer employer = world.employers.get(0);
        JobOffers.promise(world, seeker, employer, 0.7, 0.05);
        int promised = employer.promisedHires;
        int staff = employer.adultStaff;
        int unemployed = world.adults.unemployed();
        int month = world.month;
        world.month = seeker.birthMonth + 12 * world.scenario.population().exitAge();
        AgeingOut ageing = new AgeingOut();
        ageing.begin(world);
        ageing.apply(world, seeker);
        world.month = month;
        assertTrue(seeker.departed);
        assertEquals(staff + 1, employer.adultStaff, "the post taken as adult staff");
        assertEquals(promised - 1, employer.promisedHires, "no longer held");
        assertEquals(unemployed, world.adults.unemployed(), "joins employed, not searching");
    }

    @Test
    void unemploymentNeverEmptiesEvenWhereJobsArePlentiful() {
        for (long seed = 1; seed <= 2; seed++) {
            List<MonthReport> reports = TestScenarios.run(TestScenarios.small("labour_market.jobs_per_young_person=3.5",
                    "labour_market.adult_labour_force_per_young_person=1.0"), seed);
            for (MonthReport report : reports) {
                assertTrue(report.value(Metric.UNEMPLOYED) > 0, "seed " + seed + ", month " + report.month() + ": no one unemployed");
            }
        }
    }
}
