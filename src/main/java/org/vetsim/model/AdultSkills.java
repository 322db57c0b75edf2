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
    private int size;
    private int next;

    /** A young person joins the adult labour force with these skills (specific: in their own occupation). */
    void add(double generalSkill, double specificSkill) {
        general[next] = generalSkill;
        specific[next] = specificSkill;
        next = (next + 1) % CAPACITY;
        size = Math.min(CAPACITY, size + 1);
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
            int i = random.nextInt(size);
            g = general[i];
            s = specific[i];
        }
        boolean other = random.nextDouble() < crossOccupationShare;
        return skills.expectedProductivity(g, other ? 0.0 : s, horizonMonths);
    }

    /** Mean and variance of {@link #applicantProductivity}: the adult part of employers' prior. */
    double[] moments(SkillModel skills, double crossOccupationShare, int horizonMonths) {
        int points = size < ENOUGH ? 200 : size;
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < points; i++) {
            double g = size < ENOUGH ? SkillModel.generalCeiling((i + 0.5) / points) : general[i];
            double s = size < ENOUGH ? skills.onTheJobCeiling() : specific[i];
            double same = skills.expectedProductivity(g, s, horizonMonths);
            double other = skills.expectedProductivity(g, 0.0, horizonMonths);
            sum += (1 - crossOccupationShare) * same + crossOccupationShare * other;
            squares += (1 - crossOccupationShare) * same * same + crossOccupationShare * other * other;
        }
        double mean = sum / points;
        return new double[] {mean, Math.max(1e-6, squares / points - mean * mean)};
    }
}
