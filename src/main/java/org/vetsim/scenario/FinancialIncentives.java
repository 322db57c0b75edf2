package org.vetsim.scenario;

/**
 * Mechanism 4, financial incentives: a per-place subsidy, a payroll levy with grants back to
 * training firms (UK Apprenticeship Levy: 0.5% of pay bills over GBP 3m; Korea: 0.25%-0.85% of
 * payroll by size, HMRC/DfE guidance and the Enforcement Decree of the Employment Insurance
 * premiums act) and a tax credit on training costs.
 */
public record FinancialIncentives(
        @Param(doc = "Public subsidy per apprentice and year.", unit = "skilled-wage months per apprentice-year", min = 0, max = 24)
        double subsidyPerPlace,
        @Param(doc = "Levy on the payroll of firms at or above the levy threshold (share of payroll).", min = 0, max = 0.05)
        double levyRate,
        @Param(doc = "Staff size from which a firm pays the levy.", unit = "staff", min = 0, max = 100_000)
        int levyThresholdStaff,
        @Param(doc = "Grant paid back per apprentice and year from the levy fund.", unit = "skilled-wage months per apprentice-year", min = 0, max = 24)
        double grantPerPlace,
        @Param(doc = "Share of a firm's gross training cost refunded as a tax credit.", min = 0, max = 1)
        double taxCreditRate) {

    public FinancialIncentives {
        Checks.validate(FinancialIncentives.class, subsidyPerPlace, levyRate, levyThresholdStaff,
                grantPerPlace, taxCreditRate);
    }
}
