package org.vetsim.model;

import ec.util.MersenneTwisterFast;

import java.util.Arrays;

/**
 * The adults out of work and looking for it, each with the skills they keep until an employer
 * hires them or they retire: a young person who reaches the exit age out of work brings their
 * own, an adult who loses a job the skills of one of the adults ({@link AdultSkills#profile}).
 * Because who is out of work persists from month to month, those whom employers pass over stay
 * and the stock of adult job seekers comes to hold more of the less productive than the flow into
 * it, as in the data, where job-finding rates fall with the time out of work largely because the
 * stock is sorted by it (dynamic selection: Mueller, Spinnewijn and Topa 2021). The adults out of
 * work when the model starts have no past: they are drawn afresh from the adults' skills each time
 * they apply ({@link #UNKNOWN}).
 */
final class AdultSeekerPool {
    /** General skill of a seeker drawn afresh at each application (one out of work at the start). */
    static final double UNKNOWN = Double.NaN;

    private double[] general = new double[64];
    private double[] specific = new double[64];
    /** The month each seeker started looking. */
    private int[] since = new int[64];
    private int size;

    /** Adults out of work and looking for it. */
    int size() {
        return size;
    }

    /** A seeker with skills {@code generalSkill} and {@code specificSkill} (in their own occupation) starts looking in {@code month}. */
    void add(double generalSkill, double specificSkill, int month) {
        if (size == general.length) {
            general = Arrays.copyOf(general, 2 * size);
            specific = Arrays.copyOf(specific, 2 * size);
            since = Arrays.copyOf(since, 2 * size);
        }
        general[size] = generalSkill;
        specific[size] = specificSkill;
        since[size] = month;
        size++;
    }

    /** Seekers without a known past ({@link #UNKNOWN}), as at the start. */
    void addUnknown(int count) {
        for (int k = 0; k < count; k++) {
            add(UNKNOWN, 0.0, 0);
        }
    }

    double general(int seeker) {
        return general[seeker];
    }

    double specific(int seeker) {
        return specific[seeker];
    }

    /** Whether {@code seeker} has no known past and is drawn afresh at each application. */
    boolean unknown(int seeker) {
        return Double.isNaN(general[seeker]);
    }

    /** A seeker drawn at random (the pool must not be empty). */
    int draw(MersenneTwisterFast random) {
        return random.nextInt(size);
    }

    /** The month in which {@code seeker} began looking for work. */
    int since(int seeker) {
        return since[seeker];
    }

    /** Takes {@code seeker} out (hired or retired); the last seeker takes its place. */
    void remove(int seeker) {
        if (seeker < 0 || seeker >= size) {
            throw new IllegalArgumentException("no adult seeker " + seeker + " among " + size);
        }
        size--;
        general[seeker] = general[size];
        specific[seeker] = specific[size];
        since[seeker] = since[size];
    }

    /** Takes out {@code count} seekers drawn at random (at most all); returns how many were taken. */
    int removeRandom(MersenneTwisterFast random, int count) {
        int taken = Math.min(count, size);
        for (int k = 0; k < taken; k++) {
            remove(draw(random));
        }
        return taken;
    }

    /** Seekers who have been looking since {@code months} or more before {@code month}. */
    int lookingAtLeast(int months, int month) {
        int count = 0;
        for (int i = 0; i < size; i++) {
            if (month - since[i] >= months) {
                count++;
            }
        }
        return count;
    }
}
