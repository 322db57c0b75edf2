package org.vetsim.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The running mean ability of the entrants to higher education, against which an entrant's chance
 * of leaving without a degree is scaled ({@link HigherEducation#nonCompletionChance}). Entrants come
 * from several steps of one pass over the young people (the end of the general track, graduates going
 * on from training), so the mean is updated once a month: each month's entrants are folded in at the
 * first entry of the next month, in the order of their ids, and every entrant of a month sees the mean
 * as it stood when the month began. So the mean does not depend on the order in which the month's steps
 * meet the entrants ({@code FusedPassTest}).
 */
final class EntrantAbilityMean {
    /** Weight of one entrant in the running mean (an exponential average over about a hundred entrants). */
    private static final double WEIGHT = 0.01;

    private double mean;
    private int month = Integer.MIN_VALUE;
    private final List<YoungPerson> pending = new ArrayList<>();

    EntrantAbilityMean(double initial) {
        mean = initial;
    }

    /** The mean as it stood when {@code now} began. */
    double at(int now) {
        fold(now);
        return mean;
    }

    /** {@code entrant} enters in {@code now}: folded in at the first entry of a later month. */
    void enters(int now, YoungPerson entrant) {
        fold(now);
        pending.add(entrant);
    }

    private void fold(int now) {
        if (now == month) {
            return;
        }
        pending.sort(Comparator.comparingInt(YoungPerson::id));
        for (YoungPerson entrant : pending) {
            mean += WEIGHT * (entrant.ability - mean);
        }
        pending.clear();
        month = now;
    }
}
