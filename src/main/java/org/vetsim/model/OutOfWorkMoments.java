package org.vetsim.model;

/**
 * The moments of the productivity of adult applicants without a job, as employers' priors see
 * them ({@link Priors}): the adults out of work and, weighted by their applications, those outside
 * the labour force who want a job, all together and split by whether the gap since their last job
 * has reached the length employers read as long ({@code labour_market.long_gap_months}), and the
 * qualified of each ({@link AdultQualification}: a vocational certificate or a degree). One pass
 * over the records; those without a known past count with the adults' distribution
 * ({@link AdultSkills#moments}).
 */
final class OutOfWorkMoments {
    private OutOfWorkMoments() {
    }

    /**
     * Mean and variance of the productivity over {@code horizon} months, with the cross-occupation
     * share {@code crossShare}, of the records of {@code pools} each weighted by its {@code weights}
     * (a pool weighted 0 is left out), in month {@code month}: [0] all of them, [1] those out of work
     * less than {@code months}, [2] those out of work {@code months} or more, [3] and [4] the
     * qualified of [1] and [2]. A group of fewer than two records is null (all of them: the adults'
     * moments, {@code skills}); records without a known past are in no qualified group.
     */
    static double[][] byGap(AdultSkills skills, SkillModel model, double crossShare, int horizon, int months, int month,
                            AdultSeekerPool[] pools, double[] poolWeights) {
        double[] adults = skills.moments(model, crossShare, horizon);
        AdultSkills.Mixture all = new AdultSkills.Mixture(crossShare);
        AdultSkills.Mixture[] groups = {new AdultSkills.Mixture(crossShare), new AdultSkills.Mixture(crossShare),
                new AdultSkills.Mixture(crossShare), new AdultSkills.Mixture(crossShare)};
        double[] unknown = new double[2];
        double[] weights = new double[4];
        int[] members = new int[4];
        for (int p = 0; p < pools.length; p++) {
            AdultSeekerPool pool = pools[p];
            double weight = poolWeights[p];
            if (weight <= 0) {
                continue;
            }
            for (int i = 0; i < pool.size(); i++) {
                int group = pool.outOfWorkAtLeast(i, months, month) ? 1 : 0;
                members[group]++;
                weights[group] += weight;
                if (pool.unknown(i)) {
                    unknown[group] += weight;
                } else {
                    double own = model.expectedProductivity(pool.general(i), pool.specific(i), horizon);
                    double other = model.expectedProductivity(pool.general(i), 0.0, horizon);
                    all.add(weight, own, other);
                    groups[group].add(weight, own, other);
                    if (AdultQualification.qualified(pool.qualification(i))) {
                        groups[2 + group].add(weight, own, other);
                        members[2 + group]++;
                        weights[2 + group] += weight;
                    }
                }
            }
        }
        double[][] moments = new double[5][];
        if (members[0] + members[1] < 2) {
            moments[0] = adults;
        } else {
            all.addGroup(unknown[0] + unknown[1], adults[0], adults[1]);
            moments[0] = all.moments(weights[0] + weights[1]);
        }
        for (int group = 0; group < 2; group++) {
            if (members[group] >= 2) {
                groups[group].addGroup(unknown[group], adults[0], adults[1]);
                moments[1 + group] = groups[group].moments(weights[group]);
            }
            if (members[2 + group] >= 2) {
                moments[3 + group] = groups[2 + group].moments(weights[2 + group]);
            }
        }
        return moments;
    }
}
