package org.vetsim.model;

import ec.util.MersenneTwisterFast;
import org.vetsim.scenario.PopulationSettings;

/**
 * Leaving and entering the youth window. People reaching the exit age leave the model; if
 * employed they stay with their employer as adult staff. At the start of each school year
 * (every twelfth month) a new cohort of school leavers enters.
 */
final class Demography implements Phase {
    @Override
    public void run(World world) {
        PopulationSettings population = world.scenario.population();
        int exitAge = population.exitAge();
        world.people.removeIf(person -> {
            if (person.age(world.month) < exitAge) {
                return false;
            }
            leave(world, person);
            return true;
        });
        world.entrants.clear();
        if (world.month % 12 == 0) {
            enterCohort(world, population);
        }
    }

    private static void leave(World world, YoungPerson person) {
        world.flows.agedOut++;
        Employer employer = person.employer;
        if (person.status == Status.EMPLOYED && employer != null) {
            employer.youngStaff.remove(person);
            employer.adultStaff++;
        } else if (person.status == Status.APPRENTICE && employer != null) {
            employer.apprentices.remove(person);
        } else if (person.status == Status.SCHOOL_VET && person.programme != null) {
            person.programme.addEnrolled(-1);
        }
    }

    private static void enterCohort(World world, PopulationSettings population) {
        MersenneTwisterFast random = world.random(Stream.COHORTS);
        int birthMonth = world.month - population.entryAge() * 12;
        for (int i = 0; i < population.cohortSize(); i++) {
            YoungPerson person = new YoungPerson(world.nextPersonId++, birthMonth,
                    population.abilitySpread() * random.nextGaussian());
            person.generalSkill = 0.2 + 0.2 * person.ability;
            person.setStatus(Status.GENERAL_EDUCATION, world.month);
            world.people.add(person);
            world.entrants.add(person);
        }
        world.flows.entrants += population.cohortSize();
    }
}
