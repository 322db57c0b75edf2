package org.vetsim.model;

/**
 * A job seeker out of work who was hired last month starts the job now. A hire decided in a
 * month starts the following month: between the decision and the first day come the contract and
 * the paperwork, and the model's monthly step is the least it can give them (an assumption: no
 * source for that interval was used). Until then the person has no work and has found a job to
 * start shortly, which the ILO counts as unemployment (19th ICLS, 2013, resolution I, "future
 * starters"). So no one who enters unemployment without an offer in hand leaves it within the
 * same month, and unemployment never empties in a boom. Students hired in their last months
 * start when they finish instead ({@link JobOffers}).
 */
final class JobStarts implements PersonStep {
    @Override
    public void begin(World world) {
    }

    @Override
    public void apply(World world, YoungPerson person) {
        if (person.status == Status.UNEMPLOYED && person.offerFrom != null) {
            JobOffers.start(world, person);
        }
    }
}
