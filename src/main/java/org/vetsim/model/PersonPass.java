package org.vetsim.model;

import java.util.List;

/** One pass over the young people applying several {@link PersonStep}s to each in turn. */
final class PersonPass implements Phase {
    private final List<PersonStep> steps;

    PersonPass(PersonStep... steps) {
        this.steps = List.of(steps);
    }

    @Override
    public void run(World world) {
        for (PersonStep step : steps) {
            step.begin(world);
        }
        PersonStep[] array = steps.toArray(PersonStep[]::new);
        for (YoungPerson person : world.people) {
            for (PersonStep step : array) {
                step.apply(world, person);
            }
        }
    }
}
