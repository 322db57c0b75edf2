package org.vetsim.model;

import ec.util.MersenneTwisterFast;

import java.util.Arrays;

/**
 * Adults out of work, each with the skills they keep until an employer hires them or they retire
 * (less what each month out of work costs, {@link #retained}),
 * the month they last left a job and the month they last started looking: the adults looking for
 * work, or (a second pool, {@link AdultLabourForce#wantingWork}) those outside the labour force who
 * want a job. A young person who reaches the exit age out of work brings their own skills and
 * qualification, an adult who loses a job those of one of the adults ({@link AdultSkills#leaverProfile}). The two months
 * differ for one who stopped looking for a while and came back ({@link #transfer}): employers see
 * the gap since the last job on the record, while labour force surveys count a spell of
 * unemployment from when the search began, if that is shorter (ILO; the UK LFS and the EU LFS
 * define the duration so).
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
    /** The month each seeker last left a job (or, for one who never held one as an adult, started looking). */
    private int[] outOfWorkSince = new int[64];
    /** The month each seeker last started looking for work. */
    private int[] searchingSince = new int[64];
    /** The month from which each seeker's skill loss out of work counts ({@link #retained}). */
    private int[] losingSince = new int[64];
    /** Each seeker's qualification ({@link AdultQualification}). */
    private byte[] qualification = new byte[64];
    private int size;

    /** Adults out of work and looking for it. */
    int size() {
        return size;
    }

    /**
     * A seeker with skills {@code generalSkill} and {@code specificSkill} (in their own occupation),
     * qualification unknown, leaves work and starts looking in {@code month}.
     */
    void add(double generalSkill, double specificSkill, int month) {
        add(generalSkill, specificSkill, month, month, AdultQualification.UNKNOWN);
    }

    /**
     * A seeker with these skills, out of work since {@code outOfWork} and looking since
     * {@code searching}, with the qualification {@code held} ({@link AdultQualification}).
     */
    void add(double generalSkill, double specificSkill, int outOfWork, int searching, byte held) {
        add(generalSkill, specificSkill, outOfWork, searching, outOfWork, held);
    }

    /**
     * A seeker with these skills, out of work since {@code outOfWork}, looking since
     * {@code searching} and losing skill out of work since {@code losing} (a young person who
     * reaches the exit age out of work starts losing then: the young's skills have their own
     * dynamics), with the qualification {@code held}.
     */
    void add(double generalSkill, double specificSkill, int outOfWork, int searching, int losing, byte held) {
        if (size == general.length) {
            general = Arrays.copyOf(general, 2 * size);
            specific = Arrays.copyOf(specific, 2 * size);
            outOfWorkSince = Arrays.copyOf(outOfWorkSince, 2 * size);
            searchingSince = Arrays.copyOf(searchingSince, 2 * size);
            losingSince = Arrays.copyOf(losingSince, 2 * size);
            qualification = Arrays.copyOf(qualification, 2 * size);
        }
        general[size] = generalSkill;
        specific[size] = specificSkill;
        outOfWorkSince[size] = outOfWork;
        searchingSince[size] = searching;
        losingSince[size] = losing;
        qualification[size] = held;
        size++;
    }

    /**
     * Moves {@code seeker} to {@code target} in {@code month}, with their skills and the month they
     * last left a job: one who stops looking for a while, or comes back to looking, whose search (in
     * the surveys' count) starts again.
     */
    void transfer(int seeker, AdultSeekerPool target, int month) {
        target.add(general[seeker], specific[seeker], outOfWorkSince[seeker], month, losingSince[seeker], qualification[seeker]);
        remove(seeker);
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

    /** The qualification on {@code seeker}'s record ({@link AdultQualification}). */
    byte qualification(int seeker) {
        return qualification[seeker];
    }

    /** Whether {@code seeker} has no known past and is drawn afresh at each application. */
    boolean unknown(int seeker) {
        return Double.isNaN(general[seeker]);
    }

    /** A seeker drawn at random (the pool must not be empty). */
    int draw(MersenneTwisterFast random) {
        return random.nextInt(size);
    }

    /** The month in which {@code seeker} last left a job: the gap on their record starts there. */
    int outOfWorkSince(int seeker) {
        return outOfWorkSince[seeker];
    }

    /**
     * The month in which {@code seeker} last started looking for work; for one outside the labour
     * force who wants a job, the month they left it or unemployment.
     */
    int searchingSince(int seeker) {
        return searchingSince[seeker];
    }

    /** Takes {@code seeker} out (hired or retired); the last seeker takes its place. */
    void remove(int seeker) {
        if (seeker < 0 || seeker >= size) {
            throw new IllegalArgumentException("no adult seeker " + seeker + " among " + size);
        }
        size--;
        general[seeker] = general[size];
        specific[seeker] = specific[size];
        outOfWorkSince[seeker] = outOfWorkSince[size];
        searchingSince[seeker] = searchingSince[size];
        losingSince[seeker] = losingSince[size];
        qualification[seeker] = qualification[size];
    }

    /**
     * Moves {@code count} seekers drawn at random (at most all) to {@code target} in {@code month}
     * ({@link #transfer}); returns how many were moved.
     */
    int transferRandom(MersenneTwisterFast random, int count, AdultSeekerPool target, int month) {
        return transferRandom(random, Math.min(count, size), target, month, Integer.MAX_VALUE);
    }

    /**
     * Seekers known to have no vocational certificate or degree over those whose qualification is
     * known (NaN when none is known).
     */
    double unqualifiedShare() {
        int known = 0;
        int unqualified = 0;
        for (int i = 0; i < size; i++) {
            if (qualification[i] >= 0) {
                known++;
                unqualified += qualification[i] == AdultQualification.NONE ? 1 : 0;
            }
        }
        return known == 0 ? Double.NaN : unqualified / (double) known;
    }

    /** Seekers who last started looking (or moved between the pools, {@link #transfer}) before {@code month}. */
    int searchingBefore(int month) {
        int count = 0;
        for (int i = 0; i < size; i++) {
            if (searchingSince[i] < month) {
                count++;
            }
        }
        return count;
    }

    /**
     * Moves {@code count} seekers drawn at random among those who last started looking before
     * {@code month} (at most all of them, {@link #searchingBefore}) to {@code target} in that month;
     * returns how many were moved. Those who joined this month are passed over.
     */
    int transferRandomBefore(MersenneTwisterFast random, int count, AdultSeekerPool target, int month) {
        return transferRandom(random, Math.min(count, searchingBefore(month)), target, month, month);
    }

    /** Moves {@code moved} seekers drawn at random among those looking since before {@code before} to {@code target}. */
    private int transferRandom(MersenneTwisterFast random, int moved, AdultSeekerPool target, int month, int before) {
        for (int k = 0; k < moved; k++) {
            int seeker = draw(random);
            while (searchingSince[seeker] >= before) {
                seeker = draw(random);
            }
            transfer(seeker, target, month);
        }
        return moved;
    }

    /**
     * The share of their productivity {@code seeker} keeps in {@code month} when a month out of work
     * costs the share {@code loss} of it: (1 - loss) to the power of the months out of work as an
     * adult (since their last job, or since they reached the exit age out of work); 1 for one
     * without a known past ({@link #UNKNOWN}), drawn afresh from the adults' skills at each application.
     */
    double retained(int seeker, int month, double loss) {
        return loss > 0 && !unknown(seeker) ? Math.pow(1 - loss, Math.max(0, month - losingSince[seeker])) : 1.0;
    }

    /** Whether {@code seeker} has been out of work {@code months} or more by {@code month} (the gap employers see). */
    boolean outOfWorkAtLeast(int seeker, int months, int month) {
        return month - outOfWorkSince[seeker] >= months;
    }

    /** Takes out {@code count} seekers drawn at random (at most all); returns how many were taken. */
    int removeRandom(MersenneTwisterFast random, int count) {
        int taken = Math.min(count, size);
        for (int k = 0; k < taken; k++) {
            remove(draw(random));
        }
        return taken;
    }

    /**
     * Seekers who have been looking since {@code months} or more before {@code month}: the surveys'
     * duration of unemployment, from the start of the search.
     */
    int lookingAtLeast(int months, int month) {
        int count = 0;
        for (int i = 0; i < size; i++) {
            if (month - searchingSince[i] >= months) {
                count++;
            }
        }
        return count;
    }
}
