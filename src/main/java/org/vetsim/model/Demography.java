package org.vetsim.model;

import ec.util.MersenneTwisterFast;
import org.vetsim.scenario.PopulationSettings;

/**
 * Entering the youth window: at the start of each school year (every twelfth month) a new cohort
 * of school leavers enters, with abilities drawn from the cohort stream and each entrant's value of
 * time outside work from its own stream ({@link ParticipationChoice}). A school cohort spans
 * twelve months of birth, so its members are between the entry age and eleven months older, and
 * they leave the window at the exit age in different months ({@link AgeingOut}).
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
        MersenneTwisterFast circumstances = world.random(Stream.CIRCUMSTANCES);
        int youngestBirthMonth = world.month - population.entryAge() * 12;
        for (int i = 0; i < population.cohortSize(); i++) {
            int birthMonth = youngestBirthMonth - random.nextInt(12);
            YoungPerson person = new YoungPerson(world.nextPersonId++, birthMonth,
                    population.abilitySpread() * random.nextGaussian());
            person.generalSkill = 0.2 + 0.2 * person.ability;
            person.nonMarketFactor = ParticipationChoice.drawFactor(world, circumstances);
            person.setStatus(Status.GENERAL_EDUCATION);
            world.people.add(person);
            world.entrants.add(person);
        }
        world.flows.entrants += population.cohortSize();
    }
}
