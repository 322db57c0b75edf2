package org.vetsim.scenario;

import java.util.List;

/**
 * Mechanism 4, financial incentives: a per-place subsidy, a tax credit on training costs, and a
 * training levy on payroll with one of three ways of giving it back, as the real schemes do:
 * <ul>
 * <li>{@code fund}: one pooled fund pays training firms a grant per apprentice-year;</li>
 * <li>{@code account} (England's Apprenticeship Levy since 2017, HMRC/DfE guidance): each
 * levy-paying firm's levy, plus a government top-up (10%), goes into its own account, which pays
 * its apprentices' training costs (trainers, equipment and other, not pay); funds unspent after
 * 24 months expire; training costs beyond the account, and all those of firms that pay no levy,
 * are paid by the state but for the employer's co-investment (5%);</li>
 * <li>{@code rebate} (Korea's levy-grant under employment insurance, Enforcement Decree of the
 * Act on the Collection of Employment Insurance premiums, Art. 12(1); Uh 2018): a firm's
 * training costs are reimbursed up to a multiple of the levy it paid over the last year.</li>
 * </ul>
 * The levy rate is graded by staff in up to three brackets (Korea: 0.25% below 150 staff, 0.65%
 * from 150, 0.85% from 1,000; England: 0.5% of pay bills over GBP 3m, about 100 staff); payroll is
 * counted at one skilled wage per member of staff. Under {@code account} and {@code rebate} the
 * funds may also pay for training existing staff of any age where the scheme allows it.
 */
@Rule(keys = "levyUse", text = "levy_use is fund, account or rebate")
@Rule(keys = {"levyThresholdStaff", "levyMiddleFromStaff", "levyTopFromStaff"},
        text = "levy_threshold_staff <= levy_middle_from_staff <= levy_top_from_staff")
public record FinancialIncentives(
        @Param(doc = "Public subsidy per apprentice and year.", unit = "skilled-wage months per apprentice-year", min = 0, max = 24)
        double subsidyPerPlace,
        @Param(doc = "Share of a firm's gross training cost refunded as a tax credit.", min = 0, max = 1)
        double taxCreditRate,
        @Param(doc = "Levy on the payroll of firms with at least levy_threshold_staff staff (share of payroll; 0: no levy).", min = 0, max = 0.05)
        double levyRate,
        @Param(doc = "Staff size from which a firm pays the levy.", unit = "staff", min = 0, max = 100_000)
        int levyThresholdStaff,
        @Param(doc = "Levy rate for firms with at least levy_middle_from_staff staff (a second bracket).", min = 0, max = 0.05)
        double levyRateMiddle,
        @Param(doc = "Staff size from which the middle levy rate applies.", unit = "staff", min = 0, max = 100_000)
        int levyMiddleFromStaff,
        @Param(doc = "Levy rate for firms with at least levy_top_from_staff staff (a third bracket).", min = 0, max = 0.05)
        double levyRateTop,
        @Param(doc = "Staff size from which the top levy rate applies.", unit = "staff", min = 0, max = 100_000)
        int levyTopFromStaff,
        @Param(doc = "How the levy comes back to employers: fund (a grant per apprentice-year from one pooled fund), account (each payer's own account pays its training costs, with top-up, expiry and co-investment, as in England) or rebate (training costs reimbursed up to a multiple of the levy paid, as in Korea).")
        String levyUse,
        @Param(doc = "Grant per apprentice and year from the pooled levy fund (levy_use: fund).", unit = "skilled-wage months per apprentice-year", min = 0, max = 24)
        double grantPerPlace,
        @Param(doc = "Government top-up on levy paid into an account (levy_use: account; England: 0.10).", min = 0, max = 1)
        double accountTopUp,
        @Param(doc = "Months after which unspent account funds expire (levy_use: account; England: 24).", unit = "months", min = 1, max = 120)
        int accountExpiryMonths,
        @Param(doc = "Share of training costs beyond its account (or all, for a firm that pays no levy) the employer pays; the state pays the rest (levy_use: account; England: 0.05).", min = 0, max = 1)
        double coInvestmentRate,
        @Param(doc = "Most a firm is reimbursed in a year, as a multiple of the levy it paid over the last 12 months (levy_use: rebate).", min = 0, max = 10)
        double rebateCapMultiple,
        @Param(doc = "Whether levy funds (account or rebate) may pay for training existing staff of any age, not only apprentices (England: yes).")
        boolean existingStaffEligible) {

    /** The ways the levy comes back to employers. */
    public static final List<String> LEVY_USES = List.of("fund", "account", "rebate");

    public FinancialIncentives {
        Checks.validate(FinancialIncentives.class, subsidyPerPlace, taxCreditRate, levyRate, levyThresholdStaff,
                levyRateMiddle, levyMiddleFromStaff, levyRateTop, levyTopFromStaff, levyUse, grantPerPlace,
                accountTopUp, accountExpiryMonths, coInvestmentRate, rebateCapMultiple, existingStaffEligible);
        Checks.require(LEVY_USES.contains(levyUse), "levyUse", "must be fund, account or rebate, not '" + levyUse + "'");
        Checks.require(levyThresholdStaff <= levyMiddleFromStaff && levyMiddleFromStaff <= levyTopFromStaff,
                "levyMiddleFromStaff", "levy_threshold_staff <= levy_middle_from_staff <= levy_top_from_staff must hold");
    }

    /** The levy rate a firm with {@code staff} staff pays on its payroll. */
    public double levyRateFor(int staff) {
        if (staff >= levyTopFromStaff) {
            return levyRateTop;
        }
        if (staff >= levyMiddleFromStaff) {
            return levyRateMiddle;
        }
        return staff >= levyThresholdStaff ? levyRate : 0.0;
    }

    /** Whether any firm pays a levy. */
    public boolean levied() {
        return levyRate > 0 || levyRateMiddle > 0 || levyRateTop > 0;
    }
}
