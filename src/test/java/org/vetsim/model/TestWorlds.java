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
