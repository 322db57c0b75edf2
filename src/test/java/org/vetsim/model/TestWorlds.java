package org.vetsim.model;

import org.vetsim.scenario.Scenario;

/** Economies for tests of decisions: built, and run for a while so that stocks are in place. */
final class TestWorlds {
    private TestWorlds() {
    }

    /** The world of {@code scenario} after its warm-up and {@code years} output years, with seed 11. */
    static World settled(Scenario scenario, int years) {
        VetModel model = new VetModel(scenario.withYears(years), 11);
        model.runToEnd();
        return model.world();
    }

    /** The first apprentice in {@code world}. */
    static YoungPerson apprentice(World world) {
        for (YoungPerson person : world.people) {
            if (person.status == Status.APPRENTICE) {
                return person;
            }
        }
        throw new AssertionError("no apprentice");
    }

    /**
     * A hand-built young job seeker (not in any world's population) trained in {@code occupation}
     * at its current requirement level, with general skill 0.6 and {@code proficiency}.
     */
    static YoungPerson seeker(int id, Occupation occupation, double proficiency) {
        YoungPerson person = new YoungPerson(id, 0, 0.0);
        person.generalSkill = 0.6;
        person.occupation = occupation;
        person.vintage = occupation.requirement();
        person.proficiency = proficiency;
        return person;
    }

    /** The first young person out of work (unemployed or inactive) in {@code world}, with no failed months of search. */
    static YoungPerson outOfWork(World world) {
        for (YoungPerson person : world.people) {
            if (person.status == Status.UNEMPLOYED || person.status == Status.INACTIVE) {
                person.failedSearchMonths = 0;
                return person;
            }
        }
        throw new AssertionError("nobody out of work");
    }
}
