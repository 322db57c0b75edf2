package org.vetsim.model;

/**
 * Whether a preparation for an exam, alone, beats searching and resting for a person: what the
 * tests of each preparation check before the month's choice weighs it against the other options
 * too ({@link OutOfPostChoice}).
 */
final class Preparations {
    private Preparations() {
    }

    /** Whether preparing for the primary segment's entry exam is worth more than searching and than nothing. */
    static boolean forEntryExam(World world, YoungPerson person) {
        double outOfWork = ParticipationChoice.outOfWorkFlow(world, person);
        double value = ExamPreparation.value(world, person, outOfWork);
        return value > 0 && value > ExamPreparation.searchGain(world, person, outOfWork);
    }

    /** Whether preparing for the re-sitting of the university entrance exam is worth more than searching and than nothing. */
    static boolean forResit(World world, YoungPerson person) {
        double value = ResitPreparation.value(world, person);
        return value > 0 && value > ExamPreparation.searchGain(world, person);
    }
}
