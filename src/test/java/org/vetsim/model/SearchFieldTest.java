package org.vetsim.model;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where a job seeker looks for work: their own occupation, or where the vacancies are if they have none. */
class SearchFieldTest {
    private static World world;

    @BeforeAll
    static void settle() {
        world = TestWorlds.settled(TestScenarios.small(), 1);
    }

    private static void vacanciesOnlyIn(int occupation, int perEmployer) {
        for (Employer employer : world.employers) {
            employer.vacancies = employer.occupation().index() == occupation ? perEmployer : 0;
        }
    }

    private static YoungPerson untrained() {
        for (YoungPerson person : world.people) {
            if (person.status == Status.UNEMPLOYED && person.offerFrom == null && !person.searchingOnJob) {
                person.occupation = null;
                return person;
            }
        }
        throw new AssertionError("nobody unemployed");
    }

    @Test
    void aSeekerWithAnOccupationLooksInIt() {
        vacanciesOnlyIn(0, 3);
        YoungPerson person = TestWorlds.outOfWork(world);
        Occupation own = world.occupations[world.occupations.length - 1];
        person.occupation = own;
        assertSame(own, new JobSeekers(world).searchField(world, person), "not where the vacancies are, but in their own trade");
    }

    @Test
    void aSeekerWithoutOneLooksWhereTheVacanciesAre() {
        vacanciesOnlyIn(2, 1);
        assertSame(world.occupations[2], new JobSeekers(world).searchField(world, untrained()));
    }

    @Test
    void seekersWithoutAnOccupationSpreadInProportionToVacancies() {
        int[] vacancies = new int[world.occupations.length];
        for (Employer employer : world.employers) {
            employer.vacancies = employer.occupation().index() % 2 == 0 ? 3 : 1;
            vacancies[employer.occupation().index()] += employer.vacancies;
        }
        int total = 0;
        for (int v : vacancies) {
            total += v;
        }
        JobSeekers seekers = new JobSeekers(world);
        int[] chosen = new int[world.occupations.length];
        int people = 0;
        for (YoungPerson person : world.people) {
            Occupation kept = person.occupation;
            person.occupation = null;
            chosen[seekers.searchField(world, person).index()]++;
            person.occupation = kept;
            people++;
        }
        for (int o = 0; o < chosen.length; o++) {
            double expected = vacancies[o] / (double) total;
            double sd = Math.sqrt(expected * (1 - expected) / people);
            assertEquals(expected, chosen[o] / (double) people, 4 * sd + 1e-9, "occupation " + o);
        }
    }

    @Test
    void theDrawIsThePersonsOwnForTheMonth() {
        vacanciesOnlyIn(1, 2);
        for (Employer employer : world.employers) {
            employer.vacancies += 1;
        }
        YoungPerson person = untrained();
        Occupation first = new JobSeekers(world).searchField(world, person);
        for (int k = 0; k < 5; k++) {
            assertSame(first, new JobSeekers(world).searchField(world, person), "the same person in the same month looks in the same place");
        }
        JobSeekers pools = new JobSeekers(world);
        pools.addIfSeeking(world, person);
        assertTrue(person.searchingIn != null && pools.byOccupation.get(person.searchingIn.index()).size() > 0,
                "a seeker without an occupation joins the pool of the occupation they look in");
    }
}
