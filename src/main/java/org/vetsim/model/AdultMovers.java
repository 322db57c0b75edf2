package org.vetsim.model;

import ec.util.MersenneTwisterFast;

import java.util.ArrayList;
import java.util.List;

/**
 * The adults who search for another job while employed, until another employer hires them: a
 * count at each employer ({@link Employer#adultsSearchingOnJob}) and the list of the employers they
 * search from. One hired leaves their employer at once, so the post falls vacant; one who retires
 * or is laid off stops searching with their share of the employer's adult staff.
 */
final class AdultMovers {
    private int searching;
    private final List<Employer> origins = new ArrayList<>();

    /** {@code count} more adult staff of {@code employer} search from the job, until hired elsewhere. */
    void add(Employer employer, int count) {
        if (count <= 0) {
            return;
        }
        if (!employer.moverOrigin) {
            employer.moverOrigin = true;
            origins.add(employer);
        }
        employer.adultsSearchingOnJob += count;
        searching += count;
    }

    /** Adults searching from a job now. */
    int count() {
        return searching;
    }

    /** Adults searching from a job at an employer other than {@code hirer}, who could move there. */
    int elsewhere(Employer hirer) {
        return searching - hirer.adultsSearchingOnJob;
    }

    /**
     * {@code count} adult staff of {@code employer} leave it (retirements, a layoff), drawn at
     * random among its adult staff: those searching from the job as often as the others (the
     * number of searchers among them is hypergeometric, drawn one by one). Returns how many of
     * them were searching.
     */
    int leave(Employer employer, int count, MersenneTwisterFast random) {
        int searchers = 0;
        for (int k = 0; k < count && employer.adultStaff > 0; k++) {
            if (employer.adultsSearchingOnJob > 0
                    && random.nextDouble() * employer.adultStaff < employer.adultsSearchingOnJob) {
                employer.adultsSearchingOnJob--;
                searching--;
                searchers++;
            }
            employer.adultStaff--;
        }
        return searchers;
    }

    /**
     * An adult searching from a job has been hired by {@code hirer}: the employer they leave,
     * drawn with the uniform {@code u} in [0, 1) in proportion to the adults searching from each
     * (the hirer's own left out); that employer loses them at once, so the post falls vacant.
     */
    Employer leaveFor(double u, Employer hirer) {
        int elsewhere = elsewhere(hirer);
        if (elsewhere <= 0) {
            throw new IllegalStateException("no adult searches from a job elsewhere");
        }
        int pick = Math.min(elsewhere - 1, (int) (u * elsewhere));
        for (Employer origin : origins) {
            if (origin == hirer) {
                continue;
            }
            pick -= origin.adultsSearchingOnJob;
            if (pick < 0) {
                origin.adultsSearchingOnJob--;
                origin.adultStaff--;
                searching--;
                return origin;
            }
        }
        throw new IllegalStateException("adults searching from a job not found at their employers");
    }

    /** Drops the employers at which no adult searches from a job any longer from the list of origins. */
    void tidy() {
        origins.removeIf(origin -> {
            origin.moverOrigin = origin.adultsSearchingOnJob > 0;
            return !origin.moverOrigin;
        });
    }
}
