package org.vetsim.model;

/**
 * The moments of the productivity of adult applicants without a job, as employers' priors see
 * them ({@link Priors}): the adults out of work and, weighted by their applications, those outside
 * the labour force who want a job, all together and split by whether the gap since their last job
 * has reached the length employers read as long ({@code labour_market.long_gap_months}), and the
 * holders of each kind of qualification among each ({@link AdultQualification}), each record's
 * productivity reduced by the skill lost over its months out of work
 * ({@code labour_market.out_of_work_skill_loss}, {@link AdultSeekerPool#retained}). One pass over the
 * records; those without known skills count with the adults' distribution
 * ({@link AdultSkills#moments}), without a loss.
 */
final class OutOfWorkMoments {
    /** Index of all of them in {@link #byGap}'s result. */
    static final int ALL = 0;
    /** Groups: the two gap groups, then a holder group for each gap and kind of qualification. */
    private static final int GROUPS = 6;

    private OutOfWorkMoments() {
    }

    /** Index in {@link #byGap}'s result of those out of work long ({@code longGap}) or not. */
    static int gapGroup(boolean longGap) {
        return longGap ? 2 : 1;
    }

    /**
     * Index in {@link #byGap}'s result of the holders of {@code kind} ({@link AdultQualification#STATE}
     * or {@link AdultQualification#EMPLOYER_SET}) among those out of work long ({@code longGap}) or not.
     */
    static int holderGroup(boolean longGap, byte kind) {
        return 3 + (longGap ? 2 : 0) + (kind == AdultQualification.EMPLOYER_SET ? 1 : 0);
    }

    /**
     * Mean and variance of the productivity over {@code horizon} months, with the cross-occupation
     * share {@code crossShare}, of the records of {@code pools} each weighted by its {@code weights}
     * (a pool weighted 0 is left out), each record's productivity times the share it keeps after
     * its months out of work at the monthly {@code loss}, in month {@code month}: {@link #ALL} of them, those out of
     * work less than {@code months} or that long and more ({@link #gapGroup}), and the holders of each
     * kind of qualification among each ({@link #holderGroup}). A group of fewer than two records is
     * null (all of them: the adults' moments, {@code skills}); records without known skills (drawn
     * afresh) or qualification are in no holder group.
     */
    static double[][] byGap(AdultSkills skills, SkillModel model, double crossShare, int horizon, int months, int month,
                            AdultSeekerPool[] pools, double[] poolWeights, double loss) {
        double[] adults = skills.moments(model, crossShare, horizon);
        AdultSkills.Mixture[] groups = new AdultSkills.Mixture[1 + GROUPS];
        for (int g = 0; g < groups.length; g++) {
            groups[g] = new AdultSkills.Mixture(crossShare);
        }
        double[] unknown = new double[groups.length];
        double[] weights = new double[groups.length];
        int[] members = new int[groups.length];
        for (int p = 0; p < pools.length; p++) {
            AdultSeekerPool pool = pools[p];
            double weight = poolWeights[p];
            if (weight <= 0) {
                continue;
            }
            for (int i = 0; i < pool.size(); i++) {
                boolean longGap = pool.outOfWorkAtLeast(i, months, month);
                int gap = gapGroup(longGap);
                members[ALL]++;
                weights[ALL] += weight;
                members[gap]++;
                weights[gap] += weight;
                if (pool.unknown(i)) {
                    unknown[ALL] += weight;
                    unknown[gap] += weight;
                    continue;
                }
                double retained = pool.retained(i, month, loss);
                double own = model.expectedProductivity(pool.general(i), pool.specific(i), horizon) * retained;
                double other = model.expectedProductivity(pool.general(i), 0.0, horizon) * retained;
                groups[ALL].add(weight, own, other);
                groups[gap].add(weight, own, other);
                byte kind = pool.qualification(i);
                if (AdultQualification.qualified(kind)) {
                    int holders = holderGroup(longGap, kind);
                    groups[holders].add(weight, own, other);
                    members[holders]++;
                    weights[holders] += weight;
                }
            }
        }
        double[][] moments = new double[groups.length][];
        for (int g = 0; g < groups.length; g++) {
            if (members[g] >= 2) {
                groups[g].addGroup(unknown[g], adults[0], adults[1]);
                moments[g] = groups[g].moments(weights[g]);
            }
        }
        if (moments[ALL] == null) {
            moments[ALL] = adults;
        }
        return moments;
    }
}
