package org.vetsim.model;

import org.vetsim.metrics.Metric;
import org.vetsim.metrics.Ratio;
import org.vetsim.metrics.SizeClassMetric;
import org.vetsim.scenario.FinancialIncentives;

/**
 * The training levy as its rules work ({@link FinancialIncentives}): each month firms pay the
 * levy of their size bracket on their payroll, and the money comes back as the scheme says, for
 * the training costs of their apprentices (trainers, equipment and other costs: what the schemes
 * pay for, not pay) and, in Korea, of induction at their training centres:
 * <ul>
 * <li>{@code fund}: the levy goes into one public fund, which pays the grant per apprentice-year;</li>
 * <li>{@code account}: a payer's levy and the top-up go into its own account, spent oldest first
 * on its training costs, its converted staff's included where existing staff are eligible
 * ({@link StaffConversion}); beyond the account, and for firms that pay no levy, the state pays all
 * but the co-investment; funds older than the expiry expire and stay with the state. While adult
 * apprentices are off, funds due to expire are instead counted as spent on training existing staff
 * where that is allowed (an accounting sink: nobody is trained, it costs the firm nothing);</li>
 * <li>{@code rebate}: training costs are reimbursed up to a multiple of the levy the firm paid over
 * the last 12 months; where existing staff are eligible, firms claim the rest of that room for
 * them.</li>
 * </ul>
 * Levy revenue not paid out stays in a public fund; payments beyond it, top-ups and the state's
 * share of co-investment are public cost.
 */
final class LevyFunds {
    private final double[][] deposits;
    private final double[][] paid;
    private final double[] claimed;
    /** Funds spent from the accounts (numerator) and entering them (denominator), last 12 months. */
    private final TrailingWindow used = new TrailingWindow(12);
    private double fund;
    private int cursor;

    LevyFunds(int employers, int expiryMonths) {
        deposits = new double[employers][expiryMonths];
        paid = new double[employers][12];
        claimed = new double[employers];
    }

    /** Levy paid by a firm of {@code staff} staff this month, skilled-wage months. */
    static double levy(FinancialIncentives incentives, int staff) {
        return incentives.levyRateFor(staff) * staff;
    }

    /**
     * The month's levy and funding, for each firm's {@code eligible} training costs, of which
     * {@code staffEligible} are its converted staff's; fills the budget metrics and the size-class
     * columns.
     */
    void month(World world, double[] eligible, double[] staffEligible, double[] v, double[][] bySize) {
        FinancialIncentives incentives = world.engagement.financialIncentives();
        double collected = 0;
        double funding = 0;
        double publicCost = 0;
        double expired = 0;
        double existingStaff = 0;
        double shortened = incentives.accountExpiryMonths() != deposits[0].length
                ? changeExpiry(incentives.accountExpiryMonths()) : 0.0;
        boolean sink = incentives.existingStaffEligible() && !world.engagement.workBasedLearning().adultApprentices().enabled();
        double spentFromAccounts = 0;
        double entered = 0;
        if (sink) {
            existingStaff += shortened;
        } else {
            expired += shortened;
        }
        cursor = (cursor + 1) % deposits[0].length;
        int year = world.month % 12;
        for (Employer employer : world.employers) {
            int e = employer.id();
            double[] row = bySize[employer.sizeClass().ordinal()];
            double levy = levy(incentives, employer.staff());
            collected += levy;
            row[SizeClassMetric.LEVY_PAID.ordinal()] += levy;
            double received = 0;
            switch (incentives.levyUse()) {
                case "account" -> {
                    double outOfDate = deposits[e][cursor];
                    deposits[e][cursor] = 0;
                    if (outOfDate > 0) {
                        if (sink) {
                            existingStaff += outOfDate;
                        } else {
                            expired += outOfDate;
                        }
                    }
                    double topUp = levy * incentives.accountTopUp();
                    publicCost += topUp;
                    deposits[e][cursor] += levy + topUp;
                    entered += levy + topUp;
                    double fromAccount = spend(deposits[e], cursor, eligible[e]);
                    spentFromAccounts += fromAccount;
                    if (!sink && staffEligible[e] > 0) {
                        existingStaff += fromAccount * staffEligible[e] / eligible[e];
                    }
                    double beyond = eligible[e] - fromAccount;
                    double state = beyond * (1 - incentives.coInvestmentRate());
                    publicCost += state;
                    received = fromAccount + state;
                }
                case "rebate" -> {
                    paid[e][year] = levy;
                    if (year == 0) {
                        claimed[e] = 0;
                    }
                    double room = Math.max(0.0, incentives.rebateCapMultiple() * sum(paid[e]) - claimed[e]);
                    received = Math.min(room, eligible[e]);
                    claimed[e] += received;
                    if (incentives.existingStaffEligible() && year == 11) {
                        double rest = Math.max(0.0, incentives.rebateCapMultiple() * sum(paid[e]) - claimed[e]);
                        existingStaff += rest;
                        claimed[e] += rest;
                    }
                }
                default -> received = employer.apprentices.size() * incentives.grantPerPlace() / 12.0;
            }
            funding += received;
            row[SizeClassMetric.GRANTS_RECEIVED.ordinal()] += received;
        }
        if (incentives.levyUse().equals("account")) {
            fund += expired;
        } else {
            fund += collected - funding - existingStaff;
        }
        double shortfall = Math.max(0.0, -fund);
        fund = Math.max(0.0, fund);
        v[Metric.LEVY_COLLECTED.ordinal()] = collected;
        v[Metric.GRANTS_PAID.ordinal()] = funding;
        v[Metric.LEVY_EXPIRED.ordinal()] = expired;
        v[Metric.LEVY_SPENT_ON_EXISTING_STAFF.ordinal()] = existingStaff;
        used.push(spentFromAccounts, entered);
        v[Metric.LEVY_USED_SHARE.ordinal()] = used.reported();
        v[Metric.PUBLIC_COST.ordinal()] += publicCost + shortfall;
    }

    /**
     * Applies a new expiry (a reform of {@code account_expiry_months}): each account keeps its
     * deposits younger than the new expiry, by age; older ones fall due now. Returns what fell due.
     */
    private double changeExpiry(int months) {
        double due = 0;
        int old = deposits[0].length;
        for (int e = 0; e < deposits.length; e++) {
            double[] kept = new double[months];
            for (int age = 0; age < old; age++) {
                double amount = deposits[e][Math.floorMod(cursor - age, old)];
                if (age < months) {
                    kept[Math.floorMod(-age, months)] = amount;
                } else {
                    due += amount;
                }
            }
            deposits[e] = kept;
        }
        cursor = 0;
        return due;
    }

    /** Takes up to {@code amount} from the account, oldest deposits first; returns what was taken. */
    private static double spend(double[] account, int newest, double amount) {
        double taken = 0;
        for (int k = 1; k <= account.length && taken < amount; k++) {
            int slot = (newest + k) % account.length;
            double use = Math.min(account[slot], amount - taken);
            account[slot] -= use;
            taken += use;
        }
        return taken;
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double x : values) {
            total += x;
        }
        return total;
    }
}
