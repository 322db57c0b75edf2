package org.vetsim.model;

/**
 * Job seekers out of work or in informal work who were hired last month start the job now, young ({@link #apply}) and
 * adult ({@link #begin}). A hire decided in a
 * month starts the following month: between the decision and the first day come the contract and
 * the paperwork, and the model's monthly step is the least it can give them (an assumption: no
 * source for that interval was used). Until then the person has no work and has found a job to
 * start shortly, which the ILO counts as unemployment (19th ICLS, 2013, resolution I, "future
 * starters"). So no one who enters unemployment without an offer in hand leaves it within the
 * same month, and unemployment never empties in a boom. Students hired in their last months
 * start when they finish instead ({@link JobOffers}). A young starter's first job is counted when
 * it starts; one called up for military service first loses the offer, one who reaches the exit
 * age first joins the adults as the employer's adult staff ({@link AgeingOut}).
 */
final class JobStarts implements PersonStep {
    @Override
    public void begin(World world) {
        world.adults.startMonth(world.month);
        for (Employer employer : world.employers) {
            int starting = employer.adultStarters;
            if (starting > 0) {
                employer.adultStarters = 0;
                employer.promisedHires -= starting;
                employer.adultStaff += starting;
                world.adults.started(starting);
            }
        }
    }

    @Override
    public void apply(World world, YoungPerson person) {
        if ((person.status == Status.UNEMPLOYED || person.status == Status.INFORMAL) && person.offerFrom != null) {
            startPromised(world, person);
        }
    }

    /** {@code person}, out of work with an offer accepted, starts it: counted by certificate and, if it is their first job, its months since leaving. */
    static void startPromised(World world, YoungPerson person) {
        world.flows.startsByCertificate[LicencePreparation.group(person.certifiedIn != null, person.hadJob)]++;
        if (!person.hadJob && person.leftEducation >= 0) {
            world.recordFirstJob(person, world.month - person.leftEducation);
        }
        JobOffers.start(world, person);
    }
}
