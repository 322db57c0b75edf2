package org.vetsim.model;

import org.junit.jupiter.api.Test;
import org.vetsim.metrics.Metric;
import org.vetsim.metrics.SizeClassMetric;

import java.util.Comparator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The levy schemes on hand-built months: what a firm pays, what comes back, what expires and what
 * the state pays, under England's accounts and Korea's rebates.
 */
class LevyFundsTest {
    private static final String ACCOUNT = "engagement.financial_incentives.levy_use=account";

    private static World world(String... overrides) {
        VetModel model = new VetModel(TestScenarios.small(overrides).withYears(1).withWarmupYears(0), 3);
        model.start();
        return model.world();
    }

    private static Employer largest(World world) {
        return world.employers.stream().max(Comparator.comparingInt(Employer::staff)).orElseThrow();
    }

    private static double[] month(LevyFunds funds, World world, double[] eligible) {
        return month(funds, world, eligible, new double[eligible.length]);
    }

    private static double[] month(LevyFunds funds, World world, double[] eligible, double[] staffEligible) {
        double[] v = new double[Metric.values().length];
        funds.month(world, eligible, staffEligible, v, new double[org.vetsim.model.SizeClass.values().length][SizeClassMetric.values().length]);
        world.month++;
        return v;
    }

    @Test
    void anAccountPaysTrainingCostsAndTheStatePaysAllButTheCoInvestmentBeyondIt() {
        World world = world("engagement.financial_incentives.levy_rate=0.01", "engagement.financial_incentives.levy_threshold_staff=0", ACCOUNT);
        Employer firm = largest(world);
        double levy = 0.01 * firm.staff();
        LevyFunds funds = new LevyFunds(world.employers.size(), 24);
        double[] eligible = new double[world.employers.size()];
        double[] v = month(funds, world, eligible);
        assertEquals(0.1 * v[Metric.LEVY_COLLECTED.ordinal()], v[Metric.PUBLIC_COST.ordinal()], 1e-9,
                "the state tops up every account by 10%");
        eligible[firm.id()] = 3 * levy;
        double[] paid = month(funds, world, eligible);
        double account = 2 * levy * 1.1;
        double beyond = 3 * levy - account;
        assertTrue(paid[Metric.GRANTS_PAID.ordinal()] >= account + 0.95 * beyond - 1e-9,
                "two months of levy and top-up, then 95% of the rest: " + paid[Metric.GRANTS_PAID.ordinal()]);
    }

    @Test
    void aReformThatShortensTheExpiryLetsOlderDepositsFallDueAtOnce() {
        String[] common = {"engagement.financial_incentives.levy_rate=0.01", "engagement.financial_incentives.levy_threshold_staff=0", ACCOUNT};
        World world = world(concat(common, "engagement.financial_incentives.account_expiry_months=6"));
        LevyFunds funds = new LevyFunds(world.employers.size(), 6);
        double[] eligible = new double[world.employers.size()];
        double collected = 0;
        for (int m = 0; m < 6; m++) {
            double[] v = month(funds, world, eligible);
            assertEquals(0.0, v[Metric.LEVY_EXPIRED.ordinal()], 1e-9, "nothing is six months old yet");
            collected += v[Metric.LEVY_COLLECTED.ordinal()];
        }
        world.engagement = world(concat(common, "engagement.financial_incentives.account_expiry_months=2")).engagement;
        double[] v = month(funds, world, eligible);
        assertEquals(collected / 6 * 5 * 1.1, v[Metric.LEVY_EXPIRED.ordinal()], 1e-6,
                "under a two-month expiry the deposits of the first five months are out of date");
        v = month(funds, world, eligible);
        assertEquals(collected / 6 * 1.1, v[Metric.LEVY_EXPIRED.ordinal()], 1e-6, "then one month's deposit expires each month");
    }

    private static String[] concat(String[] common, String extra) {
        String[] all = java.util.Arrays.copyOf(common, common.length + 1);
        all[common.length] = extra;
        return all;
    }

    @Test
    void unspentAccountFundsExpireOrPayForExistingStaff() {
        for (boolean existingStaff : new boolean[] {false, true}) {
            World world = world("engagement.financial_incentives.levy_rate=0.01", "engagement.financial_incentives.levy_threshold_staff=0",
                    ACCOUNT, "engagement.financial_incentives.account_expiry_months=3",
                    "engagement.financial_incentives.existing_staff_eligible=" + existingStaff);
            LevyFunds funds = new LevyFunds(world.employers.size(), 3);
            double[] eligible = new double[world.employers.size()];
            double expired = 0;
            double existing = 0;
            double collected = 0;
            for (int m = 0; m < 6; m++) {
                double[] v = month(funds, world, eligible);
                expired += v[Metric.LEVY_EXPIRED.ordinal()];
                existing += v[Metric.LEVY_SPENT_ON_EXISTING_STAFF.ordinal()];
                collected += v[Metric.LEVY_COLLECTED.ordinal()];
            }
            double threeMonths = collected / 6 * 3 * 1.1;
            if (existingStaff) {
                assertEquals(0.0, expired, 1e-9);
                assertEquals(threeMonths, existing, 1e-6, "three months' deposits spent on existing staff as they fall due");
            } else {
                assertEquals(threeMonths, expired, 1e-6, "deposits older than three months expire");
                assertEquals(0.0, existing, 1e-9);
            }
        }
    }

    @Test
    void withAdultApprenticesOnlyConvertedStaffSpendTheAccountAndTheRestExpires() {
        World world = world("engagement.financial_incentives.levy_rate=0.01", "engagement.financial_incentives.levy_threshold_staff=0",
                ACCOUNT, "engagement.financial_incentives.account_expiry_months=3",
                "engagement.financial_incentives.existing_staff_eligible=true",
                "engagement.work_based_learning.adult_apprentices.enabled=true");
        Employer firm = largest(world);
        double levy = 0.01 * firm.staff();
        LevyFunds funds = new LevyFunds(world.employers.size(), 3);
        double[] eligible = new double[world.employers.size()];
        double[] staff = new double[world.employers.size()];
        double expired = 0;
        double existing = 0;
        double collected = 0;
        double[] v = null;
        for (int m = 0; m < 6; m++) {
            if (m == 5) {
                eligible[firm.id()] = 0.5 * levy;
                staff[firm.id()] = 0.5 * levy;
            }
            v = month(funds, world, eligible, staff);
            expired += v[Metric.LEVY_EXPIRED.ordinal()];
            existing += v[Metric.LEVY_SPENT_ON_EXISTING_STAFF.ordinal()];
            collected += v[Metric.LEVY_COLLECTED.ordinal()];
        }
        assertEquals(collected / 6 * 3 * 1.1, expired, 1e-6, "no sink: deposits older than three months expire");
        assertEquals(0.5 * levy, existing, 1e-9, "what the converted staff's training took from the account");
        assertEquals(0.5 * levy / (collected * 1.1), v[Metric.LEVY_USED_SHARE.ordinal()], 1e-9,
                "spent over what entered the accounts");
    }

    @Test
    void aRebateIsCappedAtTheLevyPaid() {
        World world = world("engagement.financial_incentives.levy_rate=0.01", "engagement.financial_incentives.levy_threshold_staff=0",
                "engagement.financial_incentives.levy_use=rebate", "engagement.financial_incentives.rebate_cap_multiple=1");
        Employer firm = largest(world);
        LevyFunds funds = new LevyFunds(world.employers.size(), 24);
        double[] eligible = new double[world.employers.size()];
        eligible[firm.id()] = 100;
        double[] v = month(funds, world, eligible);
        assertEquals(0.01 * firm.staff(), v[Metric.GRANTS_PAID.ordinal()], 1e-9, "reimbursed up to one month's levy so far");
    }

    @Test
    void bracketsAndSupportAsAnEmployerReckonsThem() {
        World world = world("engagement.financial_incentives.levy_rate=0.0025", "engagement.financial_incentives.levy_threshold_staff=0",
                "engagement.financial_incentives.levy_rate_middle=0.0065", "engagement.financial_incentives.levy_middle_from_staff=150",
                "engagement.financial_incentives.levy_rate_top=0.0085", "engagement.financial_incentives.levy_top_from_staff=1000", ACCOUNT);
        var incentives = world.engagement.financialIncentives();
        assertEquals(0.0025 * 100, LevyFunds.levy(incentives, 100), 1e-12);
        assertEquals(0.0065 * 150, LevyFunds.levy(incentives, 150), 1e-12);
        assertEquals(0.0085 * 1200, LevyFunds.levy(incentives, 1200), 1e-12);
        Employer firm = largest(world);
        double account = LevyFunds.levy(incentives, firm.staff()) * 1.1;
        assertEquals(1.0, LevySupport.coverage(world, firm, 0, account / 2), 1e-12, "within the account: all paid");
        assertEquals(0.95, LevySupport.coverage(world, firm, account, 1.0), 1e-12, "beyond the account: all but 5%");
        assertEquals(0.0, LevySupport.grantPerApprenticeMonth(world), 1e-12, "no pooled grant under accounts");
    }
}
