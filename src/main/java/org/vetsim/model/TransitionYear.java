package org.vetsim.model;

import org.vetsim.metrics.Track;

/**
 * The transition sector ({@code education.transition_months}): a pupil of the cohort who chose
 * vocational training and found neither an apprenticeship nor a school place at the intake
 * attends a pre-vocational measure instead of taking the general track, and applies again at the
 * next intake; one who is again without a place then leaves school and looks for work (and may
 * choose vocational training again from out of work, {@link LateVetEntry}). Compulsory schooling
 * makes the measure the rule: German Länder require young people without a training contract to
 * attend a vocational school until the end of the school year in which they turn 18
 * (Berufsschulpflicht; Baden-Württemberg SchG s.78, North Rhine-Westphalia; a full-time
 * pre-vocational year or part-time classes), and an unplaced leaver of the tenth school year is
 * 16 or 17. In 2019 about 255,000 young people entered the German transition sector against
 * 730,000 entrants to vocational training (Destatis, integrated training reporting iABE, via bpb),
 * mostly for a school year (the pre-vocational year BVJ, the basic vocational year BGJ, the
 * employment agency's BvB of up to eleven months; docs/research/german-transition-structure.md).
 * During the measure the pupil is at school (general education, learning general skill as there);
 * at the next intake they apply again, with the same record, against that intake's competition (the
 * measure's own effect on the chance of a place is not modelled: about 15 points for the EQ entry
 * internship against a control group, docs/research/german-transition-structure.md). One who
 * leaves after it counts among the vocational path's leavers whose earnings later cohorts see
 * ({@link TrackReturns}): finding no place is part of that path's risk.
 */
final class TransitionYear {
    private TransitionYear() {
    }

    /** Whether {@code person}, a pupil of the cohort left without a place at this intake, attends a measure. */
    static boolean attends(World world, YoungPerson person) {
        return world.scenario.education().transitionMonths() > 0 && !person.transitionYear;
    }

    /** Puts {@code person} into the measure, at school until the next intake, when they apply again. */
    static void enter(World world, YoungPerson person) {
        person.trainingEnds = world.month + world.scenario.education().transitionMonths();
        person.setStatus(Status.GENERAL_EDUCATION);
        person.track = Track.GENERAL;
        person.vetBound = true;
        person.transitionYear = true;
        world.flows.transitionEntrants++;
    }

    /** {@code person}, without a place again after a measure, leaves school to look for work. */
    static void leave(World world, YoungPerson person) {
        person.vetBound = false;
        person.track = Track.NONE;
        JobOffers.lapse(person);
        world.leaveEducation(person);
    }
}
