package org.vetsim.model;

import org.vetsim.scenario.FinancialIncentives;

/**
 * What a training levy will give an employer back for training it considers, as the employer
 * reckons with it ({@link LevyFunds} pays it): under {@code fund}, the grant per apprentice; under
 * {@code account}, its training costs up to what its levy and the top-up put into its account
 * each month, and beyond that (or for a firm that pays no levy) all but the co-investment; under
 * {@code rebate}, its training costs up to the multiple of its levy. The employer counts costs
 * already claimed for other training first.
 */
final class LevySupport {
    private LevySupport() {
    }

    /** Monthly grant per apprentice from a pooled fund (0 under the other schemes). */
    static double grantPerApprenticeMonth(World world) {
        FinancialIncentives incentives = world.engagement.financialIncentives();
        return incentives.levyUse().equals("fund") ? incentives.grantPerPlace() / 12.0 : 0.0;
    }

    /**
     * Share of a further {@code monthly} of eligible training costs a month that the scheme pays,
     * when {@code alreadyClaimed} a month is claimed for other training of the firm.
     */
    static double coverage(World world, Employer employer, double alreadyClaimed, double monthly) {
        if (monthly <= 0) {
            return 0.0;
        }
        FinancialIncentives incentives = world.engagement.financialIncentives();
        double levy = LevyFunds.levy(incentives, employer.staff());
        return switch (incentives.levyUse()) {
            case "account" -> {
                double fromAccount = Math.max(0.0, Math.min(monthly, levy * (1 + incentives.accountTopUp()) - alreadyClaimed));
                yield (fromAccount + (monthly - fromAccount) * (1 - incentives.coInvestmentRate())) / monthly;
            }
            case "rebate" -> Math.max(0.0, Math.min(monthly, incentives.rebateCapMultiple() * levy - alreadyClaimed)) / monthly;
            default -> 0.0;
        };
    }
}
