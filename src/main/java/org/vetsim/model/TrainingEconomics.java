package org.vetsim.model;

import org.vetsim.metrics.Metric;
import org.vetsim.scenario.Engagement;
import org.vetsim.scenario.FinancialIncentives;
import org.vetsim.scenario.WorkBasedLearning;

/**
 * The money side of apprenticeship training, in skilled-wage months. The same formulas give an
 * employer's expected net cost when it decides on places and the realised costs, levy, grants
 * and public spending that the observation reports (Wolter and Ryan 2011; the BIBB cost-benefit
 * survey's structure: pay, trainers, other costs, minus the apprentice's productive work).
 * The whole gross cost is scaled by the employer's training-cost factor. Grants are paid from the levy fund; when the fund runs
 * dry, the state pays the rest, which counts as public cost.
 */
final class TrainingEconomics {
    private double levyFund;

    /** Monthly cost of an apprentice besides pay at a cost factor of 1: trainers, other, mentors. */
    static double trainingCost(Engagement engagement) {
        double mentoring = engagement.mentoring().enabled()
                ? engagement.mentoring().mentorRatio() * engagement.mentoring().mentorCostRatio() : 0.0;
        return engagement.workBasedLearning().trainingCostRatio() + mentoring;
    }

    /**
     * Gross monthly cost of one apprentice to an employer with training-cost factor
     * {@code costFactor}, which stands for everything that makes training dearer or cheaper at
     * one firm than at another (pay scales, trainers' efficiency, equipment).
     */
    static double grossMonthlyCost(Engagement engagement, double costFactor) {
        return costFactor * (engagement.workBasedLearning().apprenticePayRatio() + trainingCost(engagement));
    }

    /** Monthly value of an apprentice's productive work at training progress {@code proficiency}. */
    static double monthlyBenefit(Engagement engagement, double proficiency) {
        WorkBasedLearning wbl = engagement.workBasedLearning();
        double productivity = wbl.apprenticeProductivity() + (1 - wbl.apprenticeProductivity()) * 0.5 * proficiency;
        return wbl.firmTimeShare() * wbl.productiveShare() * productivity;
    }

    /** Monthly support for one apprentice at gross cost {@code gross}: subsidy, grant and tax credit. */
    static double monthlySupport(Engagement engagement, double gross) {
        FinancialIncentives incentives = engagement.financialIncentives();
        return (incentives.subsidyPerPlace() + incentives.grantPerPlace()) / 12.0 + incentives.taxCreditRate() * gross;
    }

    /** Expected net monthly cost of an apprentice over the apprenticeship (mean progress). */
    static double expectedNetMonthlyCost(Engagement engagement, double costFactor) {
        double gross = grossMonthlyCost(engagement, costFactor);
        return gross - monthlyBenefit(engagement, 0.5) - monthlySupport(engagement, gross);
    }

    /** Fills the cost and budget metrics from this month's apprentices and payrolls. */
    void fill(World world, double[] v) {
        Engagement engagement = world.engagement;
        FinancialIncentives incentives = engagement.financialIncentives();
        double netSum = 0;
        double taxCredits = 0;
        int apprentices = 0;
        double levy = 0;
        for (Employer employer : world.employers) {
            double gross = grossMonthlyCost(engagement, employer.trainingCostFactor());
            for (YoungPerson apprentice : employer.apprentices) {
                netSum += gross - monthlyBenefit(engagement, apprentice.proficiency) - monthlySupport(engagement, gross);
                taxCredits += incentives.taxCreditRate() * gross;
                apprentices++;
            }
            if (employer.staff() >= incentives.levyThresholdStaff()) {
                levy += incentives.levyRate() * employer.staff();
            }
        }
        double grants = apprentices * incentives.grantPerPlace() / 12.0;
        levyFund += levy - grants;
        double topUp = Math.max(0.0, -levyFund);
        levyFund = Math.max(0.0, levyFund);
        v[Metric.EMPLOYER_NET_TRAINING_COST.ordinal()] = apprentices > 0 ? 12 * netSum / apprentices : 0.0;
        v[Metric.PUBLIC_COST.ordinal()] = apprentices * incentives.subsidyPerPlace() / 12.0 + taxCredits + topUp;
        v[Metric.LEVY_COLLECTED.ordinal()] = levy;
        v[Metric.GRANTS_PAID.ordinal()] = grants;
    }
}
