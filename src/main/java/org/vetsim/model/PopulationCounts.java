package org.vetsim.model;

import org.vetsim.metrics.Metric;

/**
 * One pass over the young people at the end of a month: stocks by status and the means of
 * skill, wage and training quality that the observation reports.
 */
final class PopulationCounts {
    private final int[] byStatus = new int[Status.values().length];
    private final double[] gapSum;
    private final int[] gapCount;
    final double[] rentSum;
    final int[] rentCount;
    private double productivitySum;
    private double wageSum;
    private double mismatchSum;
    private double qualitySum;
    private int learners;
    int atTrainingFirm;
    final int[] atTrainingFirmBySize = new int[SizeClass.values().length];
    int interns;

    private PopulationCounts(int occupations) {
        gapSum = new double[occupations];
        gapCount = new int[occupations];
        rentSum = new double[occupations];
        rentCount = new int[occupations];
    }

    static PopulationCounts of(World world) {
        PopulationCounts counts = new PopulationCounts(world.occupations.length);
        double firmShare = world.engagement.workBasedLearning().firmTimeShare();
        double workplaceQuality = world.engagement.workBasedLearning().workplaceQuality();
        for (YoungPerson person : world.people) {
            counts.byStatus[person.status.ordinal()]++;
            switch (person.status) {
                case EMPLOYED -> counts.addEmployee(world, person);
                case SCHOOL_VET -> {
                    counts.learners++;
                    counts.qualitySum += schoolQuality(world, person.programme);
                    counts.interns += person.intern ? 1 : 0;
                }
                case APPRENTICE -> {
                    counts.learners++;
                    counts.qualitySum += firmShare * workplaceQuality + (1 - firmShare) * schoolQuality(world, person.programme);
                    counts.atTrainingFirm(person.trainingFirm);
                }
                default -> {
                }
            }
        }
        return counts;
    }

    private void addEmployee(World world, YoungPerson person) {
        Occupation occupation = person.occupation; // an employee works in the occupation of the employer
        double specific = world.skills.specificSkill(person, occupation);
        double productivity = world.skills.productivity(person, specific, true);
        double gap = 1 - specific;
        productivitySum += productivity;
        double wage = world.wageOf(person);
        wageSum += wage;
        mismatchSum += gap;
        gapSum[occupation.index()] += gap;
        gapCount[occupation.index()]++;
        if (person.trainingFirm != null && person.employer == person.trainingFirm) {
            atTrainingFirm(person.trainingFirm);
            rentSum[occupation.index()] += productivity - wage;
            rentCount[occupation.index()]++;
        }
    }

    private void atTrainingFirm(Employer firm) {
        atTrainingFirm++;
        atTrainingFirmBySize[firm.sizeClass().ordinal()]++;
    }

    private static double schoolQuality(World world, Programme programme) {
        return programme.teachingQuality()
                * world.skills.match(programme.occupation().requirement(), programme.curriculumLevel());
    }

    void fill(double[] v) {
        int population = 0;
        for (int count : byStatus) {
            population += count;
        }
        int employed = count(Status.EMPLOYED);
        int apprentices = count(Status.APPRENTICE);
        int unemployed = count(Status.UNEMPLOYED);
        int labourForce = employed + apprentices + unemployed;
        v[Metric.POPULATION.ordinal()] = population;
        v[Metric.IN_GENERAL_EDUCATION.ordinal()] = count(Status.GENERAL_EDUCATION);
        v[Metric.IN_HIGHER_EDUCATION.ordinal()] = count(Status.HIGHER_EDUCATION);
        v[Metric.IN_SCHOOL_VET.ordinal()] = count(Status.SCHOOL_VET);
        v[Metric.APPRENTICES.ordinal()] = apprentices;
        v[Metric.EMPLOYED.ordinal()] = employed;
        v[Metric.UNEMPLOYED.ordinal()] = unemployed;
        v[Metric.INACTIVE.ordinal()] = count(Status.INACTIVE);
        v[Metric.STUDENTS_ENROLLED.ordinal()] = count(Status.SCHOOL_VET) + apprentices;
        v[Metric.YOUTH_EMPLOYMENT_RATE.ordinal()] = share(employed + apprentices, population);
        v[Metric.YOUTH_UNEMPLOYMENT_RATE.ordinal()] = share(unemployed, labourForce);
        v[Metric.NEET_RATE.ordinal()] = share(unemployed + count(Status.INACTIVE), population);
        v[Metric.SKILL_MISMATCH.ordinal()] = share(mismatchSum, employed);
        v[Metric.MEAN_WAGE.ordinal()] = share(wageSum, employed);
        v[Metric.TRAINING_QUALITY_INDEX.ordinal()] = share(qualitySum, learners);
        v[Metric.INTERNSHIPS.ordinal()] = interns;
    }

    int count(Status status) {
        return byStatus[status.ordinal()];
    }

    /** Mean monthly rent (productivity minus wage) on former apprentices at their training firm, or 0. */
    double meanRent() {
        double sum = 0;
        int count = 0;
        for (int o = 0; o < rentSum.length; o++) {
            sum += rentSum[o];
            count += rentCount[o];
        }
        return share(sum, count);
    }

    double meanSkillGap(int occupation) {
        return share(gapSum[occupation], gapCount[occupation]);
    }

    /** Mean productivity of young employees, or {@code fallback} when there are none. */
    double meanProductivity(double fallback) {
        int employed = count(Status.EMPLOYED);
        return employed > 0 ? productivitySum / employed : fallback;
    }

    private static double share(double part, double whole) {
        return whole > 0 ? part / whole : 0.0;
    }
}
