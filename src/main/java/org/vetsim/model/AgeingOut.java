package org.vetsim.model;

/**
 * Leaving the youth window: a person who has reached the exit age leaves the model; if employed,
 * they stay with their employer as adult staff. Runs as the first step of the month's first pass
 * over the people, which drops those who left.
 */
final class AgeingOut implements PersonStep {
    private int exitAge;

    @Override
    public void begin(World world) {
        exitAge = world.scenario.population().exitAge();
    }

    @Override
    public void apply(World world, YoungPerson person) {
        if (person.age(world.month) < exitAge) {
            return;
        }
        person.departed = true;
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
}
