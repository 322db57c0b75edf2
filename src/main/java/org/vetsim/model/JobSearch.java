package org.vetsim.model;

/** Gathers this month's job seekers for {@link Matching}, in the same pass as {@link Separations}. */
final class JobSearch implements PersonStep {
    @Override
    public void begin(World world) {
        world.jobSeekers = new JobSeekers(world);
    }

    @Override
    public void apply(World world, YoungPerson person) {
        world.jobSeekers.addIfSeeking(world, person);
    }
}
