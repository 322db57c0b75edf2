package org.vetsim.model;

/**
 * Leaving the youth window: a person who has reached the exit age leaves the model and, if in the
 * labour force, joins the adult labour force: an employee (or an apprentice still in training)
 * stays with the employer as adult staff, without a vacancy being needed, and so does a job seeker
 * hired last month who was to start this month ({@link JobStarts}); any other job seeker becomes
 * an adult job seeker. As many adults retire in the same month ({@link LabourDemand}), so the adult
 * labour force keeps its size. The inactive, students, migrants abroad and informal workers (unless
 * hired last month) leave without joining it (adults working abroad or informally are not in the
 * adult labour force of posts: adults are counts, with no informal sector). Runs as the
 * first step of the month's first pass over the people, which drops those who left.
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
        double general = person.generalSkill;
        double specific = person.occupation != null ? world.skills.specificSkill(person, person.occupation) : 0.0;
        Employer starting = person.status == Status.UNEMPLOYED || person.status == Status.INFORMAL ? person.offerFrom : null;
        JobOffers.lapse(person);
        if (starting != null) {
            starting.adultStaff++;
            world.adults.join(true, general, specific, AdultQualification.of(person));
        } else if (person.status == Status.EMPLOYED && employer != null) {
            employer.youngStaff.remove(person);
            employer.adultStaff++;
            world.adults.join(true, general, specific, AdultQualification.of(person));
        } else if (person.status == Status.APPRENTICE && employer != null) {
            employer.apprentices.remove(person);
            employer.adultStaff++;
            world.adults.join(true, general, specific, AdultQualification.of(person));
        } else if (person.status == Status.MILITARY_SERVICE) {
            world.adults.joinOutOfWork(general, specific, AdultQualification.of(person), world.month);
        } else if (person.status == Status.UNEMPLOYED) {
            world.adults.joinOutOfWork(general, specific, AdultQualification.of(person), outOfWorkSince(world, person));
        } else if (person.status == Status.SCHOOL_VET && person.programme != null) {
            person.programme.addEnrolled(-1);
        }
    }

    /**
     * The month since which {@code person}, out of work at the exit age, has been without work: since
     * they last left a post, an apprenticeship, service or a stay abroad, or else since they left
     * education; this month if neither is known.
     */
    static int outOfWorkSince(World world, YoungPerson person) {
        int since = Math.max(person.leftWorkMonth, person.leftEducation);
        return since >= 0 ? since : world.month;
    }
}
