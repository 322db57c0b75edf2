package org.vetsim.model;

import org.vetsim.scenario.Engagement;
import org.vetsim.scenario.WorkBasedLearning;

/**
 * Mechanism 1: how many intern places a firm offers school-based students for their last
 * months. An intern costs supervision (trainers' time and other costs, as for an apprentice,
 * times the firm's cost factor; interns are not paid) and returns productive work and, above
 * all, screening: the host sees the intern's productivity and can keep a good one when the
 * programme ends, without recruiting or breaking in an unknown hire. The j-th intern place is
 * worth the chance of at least j openings around the interns' graduation times the value of a
 * known graduate ({@link TrainedGraduateValue}). At most {@code internship_places_per_staff} ×
 * staff places; none where the occupation is not taught at school ({@code occupations[].school_based}
 * false), which has no school-based students.
 */
final class InternHosting implements EmployerChoice {
    @Override
    public boolean inForce(Engagement engagement) {
        return engagement.workBasedLearning().internships();
    }

    @Override
    public int mostLevel(World world, Employer employer) {
        if (!employer.occupation().schoolBased()) {
            return 0;
        }
        return (int) Math.floor(world.engagement.workBasedLearning().internshipPlacesPerStaff() * employer.staff());
    }

    @Override
    public double value(World world, Employer employer, int level) {
        WorkBasedLearning wbl = world.engagement.workBasedLearning();
        ApprenticeshipEconomics economics = world.apprenticeshipEconomics(false);
        double work = wbl.internshipMonths() * economics.returnsFullTime(employer.productiveUse(), studentProficiency(world));
        double hired = TrainedGraduateValue.expectedValue(world, employer);
        double openings = EmployerDecisions.expectedOpeningsPerYear(world, employer)
                * Math.min(1200.0, TrainedGraduateValue.expectedKeepWindowMonths(world, employer)) / 12.0;
        double total = 0;
        for (int j = 1; j <= level; j++) {
            total += work + Poisson.atLeast(openings, j) * hired;
        }
        return total;
    }

    @Override
    public double cost(World world, Employer employer, int level) {
        WorkBasedLearning wbl = world.engagement.workBasedLearning();
        return level * wbl.internshipMonths() * employer.trainingCostFactor() * wbl.forgoneTrainingCostRatio();
    }

    @Override
    public void apply(World world, Employer employer, int level) {
        employer.internPlaces = level;
    }

    @Override
    public boolean revisedWhenMechanismsChange() {
        return false;
    }

    /**
     * Proficiency of a student in the last months of a school programme (median ability): the
     * months taught outside the internship at the plain monthly rate, an estimate that leaves the
     * summer breaks out ({@link SchoolCalendar}: a year's teaching is the same, so it is close).
     */
    private static double studentProficiency(World world) {
        var colleges = world.scenario.colleges();
        double monthly = Schooling.schoolRate(1.0, colleges.learningRate(), colleges.teachingQualityMean(), 0.5);
        int months = Math.max(0, colleges.programmeMonths() - world.engagement.workBasedLearning().internshipMonths());
        return 1 - Math.pow(1 - monthly, months);
    }
}
