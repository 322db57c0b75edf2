package org.vetsim.model;

import org.vetsim.scenario.EducationSettings;

/**
 * Students who leave higher education without a degree and plan vocational training instead
 * ({@code education.late_vet_entry}, {@code education.higher_dropout_share}). In the months before
 * leaving in which students apply for jobs ({@link JobOffers}), one who is to leave without a degree
 * weighs training from their first chance of a place after leaving, the next intake or its
 * after-placement (apprentice pay or a school fee, then vocational leavers' earnings, nothing while
 * waiting) against the labour market from leaving (general
 * leavers' earnings without a degree), with the choice of a young person out of work
 * ({@link LateVetEntry}: their own lasting taste against its probability, over the working life left
 * at leaving), if free to train then (without a vocational certificate, not caring for a young child,
 * still in the youth window). One who plans training applies for no job before leaving and, having left, waits
 * outside the labour force for the intake and its after-placement, where they apply with the other
 * returners ({@link LateVetEntry#returners}); one placed nowhere by then chooses again as anyone out
 * of work does. Without late vocational entry, or without students leaving without a degree, nothing
 * changes.
 * <p>
 * In Germany 43% of those who left higher education without a degree had started vocational
 * training six months later, and about two in three two and a half years later (DZHW, Heublein et al.
 * 2017 and its 2018 follow-up, second-hand; docs/research/higher-education-completion.md); the
 * timing of the plan is the model's (assumption).
 */
final class DropoutTraining {
    private DropoutTraining() {
    }

    /**
     * Whether {@code person}, a student who is to leave higher education without a degree, plans
     * vocational training from the intake after leaving rather than the labour market.
     */
    static boolean plansTraining(World world, YoungPerson person) {
        EducationSettings education = world.scenario.education();
        if (!education.lateVetEntry() || person.status != Status.HIGHER_EDUCATION || !person.leavesWithoutDegree) {
            return false;
        }
        int leaving = person.trainingEnds;
        int chance = firstPlacement(world, leaving);
        if (!LateVetEntry.freeToTrain(world, person, chance)) {
            return false;
        }
        TrackPaths paths = TrackPaths.awaitingIntake(world, person, leaving, chance - leaving);
        double probability = TrackChoice.vetProbability(education, paths, person.ability, person.abilityScore,
                Enrolment.seen(world), TrackChoice.NO_ADMISSION);
        return LateVetEntry.taste(world, person) < probability;
    }

    /**
     * The first month after {@code leaving} in which those out of work may be placed in training: an
     * intake month ({@link Enrolment#intakeMonth}), or a month of its after-placement
     * ({@code work_based_learning.after_placement_months}, {@link AfterPlacement}). The month of leaving
     * itself is past: its placements come before the month's schooling ends.
     */
    static int firstPlacement(World world, int leaving) {
        int afterPlacement = world.engagement.workBasedLearning().afterPlacementMonths();
        int month = leaving + 1;
        while (Math.floorMod(month, 12) > afterPlacement) {
            month++;
        }
        return month;
    }

    /**
     * {@code person}, who has just left higher education without a degree planning training, waits
     * outside the labour force from their first chance of a place through the end of that intake's
     * after-placement ({@link #firstPlacement}).
     */
    static void waitForIntake(World world, YoungPerson person) {
        int chance = firstPlacement(world, world.month);
        person.awaitingIntakeUntil = chance - Math.floorMod(chance, 12) + world.engagement.workBasedLearning().afterPlacementMonths();
        person.setStatus(Status.INACTIVE);
    }

    /** Whether {@code person} is waiting outside the labour force for an intake ({@link #waitForIntake}). */
    static boolean waiting(World world, YoungPerson person) {
        return person.status == Status.INACTIVE && world.month <= person.awaitingIntakeUntil;
    }
}
