package org.vetsim.model;

import org.junit.jupiter.api.Test;
import org.vetsim.metrics.Metric;
import org.vetsim.metrics.MonthReport;
import org.vetsim.scenario.Scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every person is in exactly one consistent state each month, and stocks and flows add up. */
class WorldInvariantsTest {

    @Test
    void everyPersonIsInExactlyOneConsistentStateEveryMonth() {
        Scenario scenario = TestScenarios.small("engagement.work_based_learning.apprenticeships=true",
                "engagement.work_based_learning.internships=true", "engagement.cooperation_contracts.partnerships=true");
        VetModel model = new VetModel(scenario, 7);
        model.start();
        while (!model.isComplete()) {
            model.schedule.step(model);
            checkRelations(model.world());
        }
    }

    /** The same with adults hired from inactivity: the labour force counted at its employers' staff. */
    @Test
    void everyPersonIsInExactlyOneConsistentStateEveryMonthWithHiresFromInactivity() {
        VetModel model = new VetModel(TestScenarios.small("labour_market.inactive_adults.want_work_share=0.05"), 7);
        model.start();
        int hired = 0;
        while (!model.isComplete()) {
            model.schedule.step(model);
            World world = model.world();
            checkRelations(world);
            if (world.outputMonth() > 0) {
                assertEquals(2400 + world.adults.hiredFromInactivityThisMonth(), world.adults.labourForce(),
                        "after the warm-up the labour force (1.2 per young person) exceeds its size by the month's hires from "
                                + "inactivity alone, in month " + world.outputMonth());
                hired += world.adults.hiredFromInactivityThisMonth();
            }
        }
        assertTrue(hired > 0, "some adults were hired from inactivity");
    }

    /** The same with entry exams and conscription, as in the Korean preset. */
    @Test
    void everyPersonIsInExactlyOneConsistentStateEveryMonthWithEntryExamsAndConscripts() {
        Scenario scenario = org.vetsim.io.scenario.ScenarioLoader.load(java.nio.file.Path.of("korea-corporate"),
                List.of("population.young_people=2000", "simulation.years=3"));
        VetModel model = new VetModel(scenario, 7);
        model.start();
        boolean prepared = false;
        while (!model.isComplete()) {
            model.schedule.step(model);
            World world = model.world();
            checkRelations(world);
            for (YoungPerson person : world.people) {
                prepared |= person.preparing;
                if (person.preparing) {
                    assertEquals(Status.INACTIVE, person.status, "a preparer is outside the labour force");
                }
                if (person.appointedTo != null) {
                    assertEquals(Status.INACTIVE, person.status, "a passer waits outside the labour force");
                    assertTrue(!person.preparing && person.appointedTo.appointees.contains(person), "and in the employer's queue");
                    assertTrue(ExamPreparation.inSegment(world, person.appointedTo));
                }
            }
        }
        assertTrue(prepared, "some prepared");
    }

    private static void checkRelations(World world) {
        Set<YoungPerson> employed = new HashSet<>();
        Set<YoungPerson> apprentices = new HashSet<>();
        for (Employer employer : world.employers) {
            for (YoungPerson p : employer.youngStaff) {
                assertTrue(employed.add(p), "a person works for two employers");
                assertSame(employer, p.employer);
                assertEquals(Status.EMPLOYED, p.status);
            }
            for (YoungPerson p : employer.apprentices) {
                assertTrue(apprentices.add(p), "a person is apprenticed twice");
                assertSame(employer, p.employer);
                assertEquals(Status.APPRENTICE, p.status);
            }
            assertTrue(employer.adultStaff >= 0 && employer.vacancies >= 0);
        }
        int[] enrolled = new int[world.programmes.size()];
        for (YoungPerson p : world.people) {
            switch (p.status) {
                case EMPLOYED -> assertTrue(employed.contains(p), "employed but on no payroll");
                case APPRENTICE -> assertTrue(apprentices.contains(p), "apprentice without a training firm");
                case SCHOOL_VET -> enrolled[world.programmes.indexOf(p.programme)]++;
                default -> assertTrue(p.employer == null, p.status + " with an employer");
            }
            int age = p.age(world.month - 1);
            assertTrue(age >= world.scenario.population().entryAge() && age < world.scenario.population().exitAge(),
                    "age " + age + " outside the youth window");
        }
        assertEquals(employed.size() + apprentices.size(),
                world.people.stream().filter(p -> p.status.employed()).count());
        for (int i = 0; i < enrolled.length; i++) {
            assertEquals(enrolled[i], world.programmes.get(i).enrolled(), "programme enrolment count");
        }
        long promised = world.people.stream().filter(p -> p.offerFrom != null && !p.offerAhead).count();
        assertEquals(promised, world.employers.stream().mapToLong(e -> e.promisedHires - e.adultStarters).sum(),
                "every post held for a young person belongs to one person with that offer");
        long ahead = world.people.stream().filter(p -> p.offerFrom != null && p.offerAhead).count();
        assertEquals(ahead, world.employers.stream().mapToLong(e -> e.startersAhead.size()).sum(),
                "every starter hired ahead is counted by one employer");
        assertTrue(world.people.stream().filter(p -> p.offerAhead).allMatch(p -> p.offerFrom.startersAhead.contains(p)
                        && p.status.inEducation()), "starters hired ahead are students, counted by the employer whose offer they hold");
        assertTrue(world.employers.stream().allMatch(e -> e.adultStarters >= 0 && e.adultStarters <= e.promisedHires),
                "adults starting next month hold posts too");
        assertTrue(world.people.stream().filter(p -> p.offerFrom != null)
                        .allMatch(p -> p.status.inEducation() || p.status == Status.UNEMPLOYED),
                "only students and job seekers out of work hold offers that start later");
        long adultsEmployed = world.employers.stream().mapToLong(e -> e.adultStaff).sum();
        assertTrue(world.adults.seekers() >= 0, "adult seekers");
        assertEquals(world.adults.labourForce(), adultsEmployed + world.adults.unemployed(),
                "the adult labour force keeps its size: employed adults plus those searching or starting next month");
    }

    @Test
    void stocksAndFlowsAddUp() {
        check(TestScenarios.run(TestScenarios.small(), 3));
    }

    @Test
    void stocksAndFlowsAddUpWithConscripts() {
        List<MonthReport> reports = TestScenarios.run(TestScenarios.small("military_service.share=0.5",
                "military_service.call_up_age=18"), 3);
        assertTrue(reports.stream().anyMatch(r -> r.value(Metric.IN_MILITARY_SERVICE) > 0), "some serve");
        check(reports);
    }

    private static void check(List<MonthReport> reports) {
        MonthReport previous = null;
        for (MonthReport r : reports) {
            double statuses = r.value(Metric.IN_GENERAL_EDUCATION) + r.value(Metric.IN_HIGHER_EDUCATION)
                    + r.value(Metric.IN_SCHOOL_VET) + r.value(Metric.APPRENTICES) + r.value(Metric.EMPLOYED)
                    + r.value(Metric.UNEMPLOYED) + r.value(Metric.INACTIVE) + r.value(Metric.IN_MILITARY_SERVICE);
            assertEquals(r.value(Metric.POPULATION), statuses, "statuses partition the population in month " + r.month());
            assertEquals(r.value(Metric.STUDENTS_ENROLLED), r.value(Metric.IN_SCHOOL_VET) + r.value(Metric.APPRENTICES));
            assertEquals(1.2 * 2000, r.value(Metric.ADULT_EMPLOYED) + r.value(Metric.ADULT_JOB_SEEKERS), 1e-9,
                    "an adult labour force of 1.2 per young person in month " + r.month());
            assertEquals(r.value(Metric.ADULT_JOB_SEEKERS), r.value(Metric.ADULT_UNEMPLOYMENT_RATE) * 1.2 * 2000, 1e-6,
                    "the adult unemployment rate is the adult seekers over the adult labour force in month " + r.month());
            if (previous != null) {
                assertEquals(previous.value(Metric.POPULATION) + r.value(Metric.ENTRANTS) - r.value(Metric.AGED_OUT),
                        r.value(Metric.POPULATION), "population flow identity in month " + r.month());
            }
            previous = r;
        }
        assertTrue(reports.get(0).value(Metric.POPULATION) > 1800, "the warm-up fills the youth window");
    }

    @Test
    void reportsCoverEveryOutputMonthOnce() {
        Scenario scenario = TestScenarios.small();
        List<MonthReport> reports = TestScenarios.run(scenario, 1);
        List<Integer> months = new ArrayList<>();
        reports.forEach(r -> months.add(r.month()));
        assertEquals(scenario.simulation().outputMonths(), months.size());
        for (int i = 0; i < months.size(); i++) {
            assertEquals(i + 1, months.get(i));
            assertEquals(i / 12 + 1, reports.get(i).year());
        }
    }
}
