package org.vetsim.model;

import org.vetsim.scenario.Engagement;

/**
 * Mechanism 5: whether a training firm gives its apprentices mentors. Per place, mentors cost
 * their time ({@code mentor_ratio} × {@code mentor_cost_ratio} a month) and return more
 * completions (less dropout) and more productive work (faster learning), valued with the
 * firm's own apprenticeship economics; decided at the intake, before the places. An employer of an
 * occupation learnt only at school has no apprentices to mentor.
 */
final class MentoringChoice implements EmployerChoice {
    @Override
    public boolean inForce(Engagement engagement) {
        return engagement.mentoring().enabled() && engagement.workBasedLearning().apprenticeships();
    }

    @Override
    public int mostLevel(World world, Employer employer) {
        return employer.occupation().apprenticeships() ? 1 : 0;
    }

    @Override
    public double value(World world, Employer employer, int level) {
        if (level == 0) {
            return 0;
        }
        return placeValue(world, employer, true) + mentorCost(world, employer) - placeValue(world, employer, false);
    }

    @Override
    public double cost(World world, Employer employer, int level) {
        return level == 0 ? 0 : mentorCost(world, employer);
    }

    @Override
    public void apply(World world, Employer employer, int level) {
        employer.mentors = level > 0;
    }

    @Override
    public boolean revisedWhenMechanismsChange() {
        return false;
    }

    /** Expected value of one place net of its cost (mentors' time included when mentored). */
    private static double placeValue(World world, Employer employer, boolean mentored) {
        ApprenticeshipEconomics economics = world.apprenticeshipEconomics(mentored);
        return ApprenticePlaces.keptValue(world, employer, economics) - economics.expectedNetCost(employer.trainingCostFactor(), employer.productiveUse());
    }

    /** Expected mentors' time over one apprenticeship at the firm's cost factor. */
    private static double mentorCost(World world, Employer employer) {
        var mentoring = world.engagement.mentoring();
        ApprenticeshipEconomics economics = world.apprenticeshipEconomics(true);
        return employer.trainingCostFactor() * mentoring.mentorRatio() * mentoring.mentorCostRatio() * economics.expectedMonthsInTraining();
    }
}
