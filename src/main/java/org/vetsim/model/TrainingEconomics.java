package org.vetsim.model;

import org.vetsim.metrics.Metric;
import org.vetsim.scenario.Engagement;
import org.vetsim.scenario.FinancialIncentives;
import org.vetsim.scenario.WorkBasedLearning;

/**
 * The money side of apprenticeship training, in skilled-wage months. The same formulas give an
 * employer's expected net cost when it decides on places and the realised costs, levy, grants
 * and public spending that the observation reports (Wolter and Ryan 2011; BIBB cost-benefit
 * survey structure: pay, trainers, other costs, minus the apprentice's productive work).
 */
final class TrainingEconomics {

    /** Gross monthly cost of one apprentice: pay, trainers, other, and mentors where in force. */
    static double grossMonthlyCost(Engagement engagement) {
        WorkBasedLearning wbl = engagement.workBasedLearning();
        double mentoring = engagement.mentoring().enabled()
                ? engagement.mentoring().mentorRatio() * engagement.mentoring().mentorCostRatio() : 0.0;
        return wbl.grossMonthlyCost() + mentoring;
    }

    /** Monthly value of an apprentice's productive work at training progress {@code proficiency}. */
    static double monthlyBenefit(Engagement engagement, double proficiency) {
        WorkBasedLearning wbl = engagement.workBasedLearning();
        double productivity = wbl.apprenticeProductivity() + (1 - wbl.apprenticeProductivity()) * 0.5 * proficiency;
        return wbl.firmTimeShare() * wbl.productiveShare() * productivity;
    }

    /** Monthly public and levy-fund support for one apprentice: subsidy, grant and tax credit. */
    static double monthlySupport(Engagement engagement) {
        FinancialIncentives incentives = engagement.financialIncentives();
        return (incentives.subsidyPerPlace() + incentives.grantPerPlace()) / 12.0
                + incentives.taxCreditRate() * grossMonthlyCost(engagement);
    }

    /** Expected net monthly cost of an apprentice over the whole apprenticeship (mean progress). */
    static double expectedNetMonthlyCost(Engagement engagement) {
        return grossMonthlyCost(engagement) - monthlyBenefit(engagement, 0.5) - monthlySupport(engagement);
    }

    /** Fills the cost and budget metrics from this month's apprentices and payrolls. */
    void fill(World world, double[] v) {
        Engagement engagement = world.engagement;
        FinancialIncentives incentives = engagement.financialIncentives();
        double gross = grossMonthlyCost(engagement);
        double netSum = 0;
        int apprentices = 0;
        double levy = 0;
        for (Employer employer : world.employers) {
            for (YoungPerson apprentice : employer.apprentices) {
                netSum += gross - monthlyBenefit(engagement, apprentice.proficiency) - monthlySupport(engagement);
                apprentices++;
            }
            if (employer.staff() >= incentives.levyThresholdStaff()) {
                levy += incentives.levyRate() * employer.staff();
            }
        }
        v[Metric.EMPLOYER_NET_TRAINING_COST.ordinal()] = apprentices > 0 ? 12 * netSum / apprentices : 0.0;
        v[Metric.PUBLIC_COST.ordinal()] = apprentices * (incentives.subsidyPerPlace() / 12.0 + incentives.taxCreditRate() * gross);
        v[Metric.LEVY_COLLECTED.ordinal()] = levy;
        v[Metric.GRANTS_PAID.ordinal()] = apprentices * incentives.grantPerPlace() / 12.0;
    }
}
