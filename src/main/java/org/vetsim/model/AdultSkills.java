package org.vetsim.model;

import ec.util.MersenneTwisterFast;

/**
 * The skills of the adults who apply for vacancies. Adults are not agents, but the adult labour
 * force is made of the young people who left the youth window at the exit age (the stationary
 * population of {@link AdultLabourForce}): so an adult applicant has the general and
 * occupation-specific skill of someone who reached the exit age recently in the same country,
 * schooled and trained by its own education system. The last {@link #CAPACITY} people to join
 * the adult labour force are kept (a ring, oldest replaced first). An adult applies in their own
 * occupation (experienced, with the specific skill they left with) or, with the cross-occupation
 * share, in another, without specific skill for it; no firm-specific skill at a new employer. Until
 * {@link #ENOUGH} people have joined, adults are drawn as if everyone had finished learning: general
 * skill at the ceiling of an ability drawn from the population, specific skill at the on-the-job
 * ceiling.
 */
final class AdultSkills {
    /** Profiles kept: enough for a smooth distribution, few enough to follow a changing system. */
    static final int CAPACITY = 4096;
    /** Profiles needed before they replace the fallback distribution. */
    static final int ENOUGH = 100;

    private final double[] general = new double[CAPACITY];
    private final double[] specific = new double[CAPACITY];
    /** Expected productivity of each profile in its own occupation and in another, at {@link #horizon}. */
    private final double[] same = new double[CAPACITY];
    private final double[] other = new double[CAPACITY];
    private int size;
    private int next;
    /** The hiring horizon the cached productivities are for (-1: none cached). */
    private int horizon = -1;
    /** The skill model the cached productivities come from. */
    private SkillModel cachedFor;
    /** Profiles added since the productivities were last brought up to date (the last ones written). */
    private int stale;

    /** A young person joins the adult labour force with these skills (specific: in their own occupation). */
    void add(double generalSkill, double specificSkill) {
        general[next] = generalSkill;
        specific[next] = specificSkill;
        stale = Math.min(CAPACITY, stale + 1);
        next = (next + 1) % CAPACITY;
        size = Math.min(CAPACITY, size + 1);
    }

    /**
     * Brings the cached productivities up to date for {@code months} of hiring horizon: all of
     * them when the horizon or the skill model changed, else those of the profiles added since
     * the last call.
     */
    private void refresh(SkillModel skills, int months) {
        if (months != horizon || skills != cachedFor) {
            horizon = months;
            cachedFor = skills;
            stale = size;
        }
        for (int k = 1; k <= stale; k++) {
            int i = Math.floorMod(next - k, CAPACITY);
            same[i] = skills.expectedProductivity(general[i], specific[i], months);
            other[i] = skills.expectedProductivity(general[i], 0.0, months);
        }
        stale = 0;
    }

    /** Profiles kept. */
    int size() {
        return size;
    }

    /**
     * Expected productivity over the hiring horizon of an adult applicant for a vacancy: a profile
     * drawn at random, experienced in the vacancy's occupation with probability {@code 1 -
     * crossOccupationShare}.
     */
    double applicantProductivity(MersenneTwisterFast random, SkillModel skills, double crossOccupationShare, int horizonMonths) {
        double g;
        double s;
        if (size < ENOUGH) {
            g = SkillModel.generalCeiling(random.nextDouble());
            s = skills.onTheJobCeiling();
        } else {
            refresh(skills, horizonMonths);
            int i = random.nextInt(size);
            return random.nextDouble() < crossOccupationShare ? other[i] : same[i];
        }
        boolean elsewhere = random.nextDouble() < crossOccupationShare;
        return skills.expectedProductivity(g, elsewhere ? 0.0 : s, horizonMonths);
    }

    /** Mean and variance of {@link #applicantProductivity}: the adult part of employers' prior. */
    double[] moments(SkillModel skills, double crossOccupationShare, int horizonMonths) {
        boolean fallback = size < ENOUGH;
        if (!fallback) {
            refresh(skills, horizonMonths);
        }
        int points = fallback ? 200 : size;
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < points; i++) {
            double inOwn;
            double inOther;
            if (fallback) {
                double g = SkillModel.generalCeiling((i + 0.5) / points);
                inOwn = skills.expectedProductivity(g, skills.onTheJobCeiling(), horizonMonths);
                inOther = skills.expectedProductivity(g, 0.0, horizonMonths);
            } else {
                inOwn = same[i];
                inOther = other[i];
            }
            sum += (1 - crossOccupationShare) * inOwn + crossOccupationShare * inOther;
            squares += (1 - crossOccupationShare) * inOwn * inOwn + crossOccupationShare * inOther * inOther;
        }
        double mean = sum / points;
        return new double[] {mean, Math.max(1e-6, squares / points - mean * mean)};
    }
}
