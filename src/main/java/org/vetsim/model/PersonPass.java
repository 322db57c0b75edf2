package org.vetsim.model;

import java.util.List;

/**
 * One pass over the young people applying several {@link PersonStep}s to each in turn. A person
 * who departs (see {@link AgeingOut}) skips the remaining steps and is dropped from the
 * population, which keeps its order.
 */
final class PersonPass implements Phase {
    private final PersonStep[] steps;

    PersonPass(PersonStep... steps) {
        this.steps = steps.clone();
    }

    /** The same steps as one pass each, in order: what fusing them must not change. */
    List<Phase> unfused() {
        List<Phase> passes = new java.util.ArrayList<>();
        for (PersonStep step : steps) {
            passes.add(new PersonPass(step));
        }
        return passes;
    }

    @Override
    public void run(World world) {
        for (PersonStep step : steps) {
            step.begin(world);
        }
        List<YoungPerson> people = world.people;
        int size = people.size();
        int kept = 0;
        for (int i = 0; i < size; i++) {
            YoungPerson person = people.get(i);
            for (PersonStep step : steps) {
                step.apply(world, person);
                if (person.departed) {
                    break;
                }
            }
            if (!person.departed) {
                people.set(kept++, person);
            }
        }
        people.subList(kept, size).clear();
    }
}
