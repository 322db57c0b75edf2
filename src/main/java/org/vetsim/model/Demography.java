package org.vetsim.model;

import ec.util.MersenneTwisterFast;
import org.vetsim.scenario.PopulationSettings;

/**
 * Entering the youth window: at the start of each school year (every twelfth month) a new cohort
 * of school leavers enters, with abilities drawn from the cohort stream. (Leaving the window is
 * {@link AgeingOut}.)
 */
final class Demography implements Phase {
    @Override
    public void run(World world) {
        world.entrants.clear();
        if (world.month % 12 == 0) {
            enterCohort(world, world.scenario.population());
        }
    }

    private static void enterCohort(World world, PopulationSettings population) {
        MersenneTwisterFast random = world.random(Stream.COHORTS);
        int birthMonth = world.month - population.entryAge() * 12;
        for (int i = 0; i < population.cohortSize(); i++) {
            YoungPerson person = new YoungPerson(world.nextPersonId++, birthMonth,
                    population.abilitySpread() * random.nextGaussian());
            person.generalSkill = 0.2 + 0.2 * person.ability;
            person.setStatus(Status.GENERAL_EDUCATION);
            world.people.add(person);
            world.entrants.add(person);
        }
        world.flows.entrants += population.cohortSize();
    }
}
