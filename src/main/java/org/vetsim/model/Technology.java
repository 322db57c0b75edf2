package org.vetsim.model;

import ec.util.MersenneTwisterFast;
import org.vetsim.scenario.CurriculumCoDesign;
import org.vetsim.scenario.Engagement;

/**
 * Technological change and how education keeps up with it: every occupation's requirement level
 * drifts; curricula are revised when due, from requirements of a given age; exam standards are
 * revised when due. Employers on curriculum boards (mechanism 2) shorten both the revision
 * interval and the information lag in proportion to their share of the occupation's staff;
 * employer-set standards (mechanism 3) are revised on their own, shorter interval.
 */
final class Technology implements Phase {
    @Override
    public void run(World world) {
        MersenneTwisterFast random = world.random(Stream.TECHNOLOGY);
        double noise = world.scenario.technology().driftNoise();
        for (Occupation occupation : world.occupations) {
            occupation.advance(world.month, occupation.driftPerMonth() + noise * random.nextGaussian());
        }
        reviseCurricula(world);
        reviseStandards(world);
    }

    private static void reviseCurricula(World world) {
        Engagement engagement = world.engagement;
        CurriculumCoDesign coDesign = engagement.curriculumCoDesign();
        double[] participation = world.boardShare;
        for (Programme programme : world.programmes) {
            double share = coDesign.enabled() ? participation[programme.occupation().index()] : 0.0;
            double interval = blend(world.scenario.colleges().curriculumUpdateMonths(), coDesign.updateMonths(), share);
            double lag = blend(world.scenario.colleges().curriculumLagMonths(), coDesign.lagMonths(), share);
            if (world.month - programme.revisedMonth() >= interval) {
                programme.revise(programme.occupation().requirementAt(world.month, (int) Math.round(lag)), world.month);
            }
        }
    }

    /** Months between revisions of the exam standard: employers' interval under mechanism 3, else the state's. */
    static int standardRevisionMonths(World world) {
        var standards = world.engagement.qualificationStandards();
        return standards.enabled() ? standards.updateMonths() : world.scenario.exams().standardUpdateMonths();
    }

    private static void reviseStandards(World world) {
        int interval = standardRevisionMonths(world);
        for (Occupation occupation : world.occupations) {
            if (world.month - occupation.standardRevisedMonth() >= interval) {
                occupation.reviseStandard(occupation.requirement(), world.month);
            }
        }
    }

    private static double blend(double without, double with, double share) {
        return without + (with - without) * share;
    }
}
