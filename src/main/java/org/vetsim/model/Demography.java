package org.vetsim.model;

import ec.util.MersenneTwisterFast;
import org.vetsim.scenario.PopulationSettings;

/**
 * Entering the youth window: at the start of each school year (every twelfth month) a new cohort
 * of school leavers enters, with abilities drawn from the cohort stream and each entrant's value of
 * time outside work and sex each from a stream of their own ({@link ParticipationChoice}, {@link Births}). A school cohort spans
 * twelve months of birth, so its members are between the entry age and eleven months older, and
 * they leave the window at the exit age in different months ({@link AgeingOut}).
 */
final class Demography implements Phase {
    /**
     * Share of girls at birth: about 105 boys are born to every 100 girls where sex selection is
     * absent (WHO; UN World Population Prospects), so 100 / 205. Mortality to 15 is left out.
     */
    static final double FEMALE_SHARE = 100.0 / 205.0;

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
        MersenneTwisterFast sex = world.random(Stream.SEX);
        int youngestBirthMonth = world.month - population.entryAge() * 12;
        for (int i = 0; i < population.cohortSize(); i++) {
            int birthMonth = youngestBirthMonth - random.nextInt(12);
            YoungPerson person = new YoungPerson(world.nextPersonId++, birthMonth,
                    population.abilitySpread() * random.nextGaussian());
            person.generalSkill = 0.2 + 0.2 * person.ability;
            person.nonMarketFactor = ParticipationChoice.drawFactor(world, circumstances);
            person.female = sex.nextDouble() < FEMALE_SHARE;
            person.setStatus(Status.GENERAL_EDUCATION);
            world.people.add(person);
            world.entrants.add(person);
        }
        world.flows.entrants += population.cohortSize();
    }
}
