package org.vetsim.model;

import java.util.List;

/**
 * The college seats still open in this school year's intake, per occupation, while the cohort is
 * placed ({@link Enrolment}). A student takes a seat in the first programme of the occupation
 * (in the order the programmes were built) with intake left; programmes only fill up during
 * placement, so each occupation keeps the position of its first programme that may have room,
 * and the free seats per occupation are counted down as seats are taken: an admission costs
 * constant time on average instead of a scan over the programmes, which grow with the population.
 */
final class OpenSeats {
    private final World world;
    private final int[] free;
    private final int[] first;

    /** The seats open now (after the intake is opened and held to the funded places). */
    OpenSeats(World world) {
        this.world = world;
        this.free = new int[world.occupations.length];
        this.first = new int[world.occupations.length];
        for (Programme programme : world.programmes) {
            free[programme.occupation().index()] += programme.intakeLeft();
        }
    }

    /** Free seats in {@code occupation}'s programmes. */
    int free(int occupation) {
        return free[occupation];
    }

    /** Admits one student to the first programme of {@code occupation} with room; null when all are full. */
    Programme admit(int occupation) {
        List<Programme> programmes = world.programmesByOccupation.get(occupation);
        for (int i = first[occupation]; i < programmes.size(); i++) {
            Programme programme = programmes.get(i);
            if (programme.admit()) {
                first[occupation] = i;
                free[occupation]--;
                return programme;
            }
        }
        first[occupation] = programmes.size();
        return null;
    }
}
