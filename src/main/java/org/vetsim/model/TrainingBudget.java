package org.vetsim.model;

import org.vetsim.metrics.Metric;
import org.vetsim.metrics.Ratio;
import org.vetsim.metrics.SizeClassMetric;
import org.vetsim.scenario.FinancialIncentives;

/**
 * The money side of apprenticeship training as the observation reports it, from the same
 * formulas employers decide with ({@link ApprenticeshipEconomics}): each apprentice's gross cost
 * (pay of the training year; trainers, other and mentors times the firm's cost factor) and each
 * training firm's fixed yearly cost, which the surveys too allocate over the apprentices, productive
 * returns at the apprentice's proficiency, support and net cost, summed over training firms and
 * given per apprentice-year as the cost-benefit surveys do; subsidies and tax credits (public
 * cost); and the levy and what comes back of it ({@link LevyFunds}).
 */
final class TrainingBudget {
    private LevyFunds levy;

    /**
     * In the warm-up: only what the model acts on, the levy accounts ({@link LevyFunds}) and the
     * reset of the month's induction, without the cost sums that only the report shows.
     */
    void settleAccounts(World world) {
        if (levy == null) {
            levy = new LevyFunds(world.employers.size(), world.engagement.financialIncentives().accountExpiryMonths());
        }
        double[] eligible = new double[world.employers.size()];
        double[] staffEligible = new double[world.employers.size()];
        double inductionCostRatio = world.engagement.corporateTrainingCentres().costRatio();
        for (Employer employer : world.employers) {
            double cf = employer.trainingCostFactor();
            if (!employer.apprentices.isEmpty()) {
                double monthly = cf * world.apprenticeshipEconomics(employer.mentors).otherCostsEligible();
                for (YoungPerson apprentice : employer.apprentices) {
                    eligible[employer.id()] += funded(world, apprentice) ? monthly : 0.0;
                }
            }
            addConverted(world, employer, eligible, staffEligible);
            eligible[employer.id()] += cf * employer.inductionMonths * inductionCostRatio;
            employer.inductionMonths = 0;
        }
        levy.month(world, eligible, staffEligible, new double[Metric.values().length], SizeClassObservation.emptyRows());
    }

    /** Fills the cost and budget metrics of the month, economy-wide and by size class. */
    void fill(World world, double[] v, double[][] bySize) {
        if (levy == null) {
            levy = new LevyFunds(world.employers.size(), world.engagement.financialIncentives().accountExpiryMonths());
        }
        double[] eligible = new double[world.employers.size()];
        double[] staffEligible = new double[world.employers.size()];
        FinancialIncentives incentives = world.engagement.financialIncentives();
        Sums sums = new Sums();
        double inductionCostRatio = world.engagement.corporateTrainingCentres().costRatio();
        double fixedMonthly = world.engagement.workBasedLearning().fixedCostMonths() / 12.0;
        for (Employer employer : world.employers) {
            double[] row = bySize[employer.sizeClass().ordinal()];
            double cf = employer.trainingCostFactor();
            ApprenticeshipEconomics economics = world.apprenticeshipEconomics(employer.mentors);
            double fixedShare = employer.apprentices.isEmpty() ? 0.0 : fixedMonthly / employer.apprentices.size();
            for (YoungPerson apprentice : employer.apprentices) {
                double n = sums.addApprentice(world, economics, employer, apprentice, incentives, fixedShare);
                row[SizeClassMetric.EMPLOYER_NET_TRAINING_COST.ordinal()] += 12 * n;
                eligible[employer.id()] += funded(world, apprentice) ? cf * economics.otherCostsEligible() : 0.0;
            }
            if (!employer.apprentices.isEmpty()) {
                sums.addFixed(fixedMonthly);
                row[SizeClassMetric.EMPLOYER_NET_TRAINING_COST.ordinal()] += 12 * fixedMonthly;
            }
            addConverted(world, employer, eligible, staffEligible);
            eligible[employer.id()] += cf * employer.inductionMonths * inductionCostRatio;
            employer.inductionMonths = 0;
        }
        for (double[] row : bySize) {
            double trainees = row[SizeClassMetric.APPRENTICES.ordinal()];
            row[SizeClassMetric.EMPLOYER_NET_TRAINING_COST.ordinal()] = Ratio.of(row[SizeClassMetric.EMPLOYER_NET_TRAINING_COST.ordinal()], trainees);
        }
        sums.fill(v, incentives);
        levy.month(world, eligible, staffEligible, v, bySize);
    }

    /**
     * Whether a levy or the state's co-investment pays for {@code apprentice}'s training this month:
     * until the planned end, not in months an assessment gateway or a retake added ({@link AssessmentGateway}, {@link ExamRetake};
     * England's funding pays monthly amounts up to the planned end date only, ESFA funding rules).
     */
    private static boolean funded(World world, YoungPerson apprentice) {
        return world.month < apprentice.trainingEnds - apprentice.extensionMonths;
    }

    /**
     * Adds the training costs of {@code employer}'s converted staff in training that a levy pays
     * for, where the scheme pays for existing staff ({@link StaffConversion#monthlySupport}).
     */
    private static void addConverted(World world, Employer employer, double[] eligible, double[] staffEligible) {
        int trainees = employer.convertedStaff.inTraining();
        if (trainees == 0 || !world.engagement.financialIncentives().existingStaffEligible()) {
            return;
        }
        double monthly = trainees * employer.trainingCostFactor() * world.apprenticeshipEconomics(employer.mentors).otherCostsEligible();
        eligible[employer.id()] += monthly;
        staffEligible[employer.id()] += monthly;
    }

    /** The month's sums over all apprentices and training firms. */
    private static final class Sums {
        private double gross;
        private double pay;
        private double returns;
        private double net;
        private double taxCredits;
        private int apprentices;
        private int netReturns;
        private double productiveTime;
        private double relativeProductivity;

        /**
         * Adds one apprentice of {@code employer}, whose share of the firm's fixed cost is {@code
         * fixedShare}; returns the apprentice's net cost this month (fixed cost aside).
         */
        double addApprentice(World world, ApprenticeshipEconomics economics, Employer employer, YoungPerson apprentice,
                             FinancialIncentives incentives, double fixedShare) {
            int month = world.trainingMonth(apprentice);
            double g = economics.gross(employer.trainingCostFactor(), month);
            double r = economics.returns(employer.productiveUse(), apprentice.proficiency);
            double n = g - r - economics.support(g);
            gross += g;
            pay += economics.pay(month);
            returns += r;
            net += n;
            netReturns += r > g + fixedShare ? 1 : 0;
            productiveTime += economics.productiveTimeShare(employer.productiveUse());
            relativeProductivity += economics.relativeProductivity(apprentice.proficiency);
            taxCredits += incentives.taxCreditRate() * g;
            apprentices++;
            return n;
        }

        /** Adds a training firm's fixed cost of the month (in gross and net cost, outside tax credits). */
        void addFixed(double monthly) {
            gross += monthly;
            net += monthly;
        }

        void fill(double[] v, FinancialIncentives incentives) {
            v[Metric.EMPLOYER_NET_TRAINING_COST.ordinal()] = perApprenticeYear(net, apprentices);
            v[Metric.EMPLOYER_GROSS_TRAINING_COST.ordinal()] = perApprenticeYear(gross, apprentices);
            v[Metric.TRAINING_RETURNS_SHARE.ordinal()] = Ratio.of(returns, gross);
            v[Metric.APPRENTICE_PAY_SHARE.ordinal()] = Ratio.of(pay, gross);
            v[Metric.PUBLIC_COST.ordinal()] = apprentices * incentives.subsidyPerPlace() / 12.0 + taxCredits;
            v[Metric.APPRENTICES_WITH_NET_RETURNS.ordinal()] = Ratio.of(netReturns, apprentices);
            v[Metric.APPRENTICE_PRODUCTIVE_TIME_SHARE.ordinal()] = Ratio.of(productiveTime, apprentices);
            v[Metric.APPRENTICE_RELATIVE_PRODUCTIVITY.ordinal()] = Ratio.of(relativeProductivity, apprentices);
        }
    }

    private static double perApprenticeYear(double monthlySum, int apprentices) {
        return Ratio.of(12 * monthlySum, apprentices);
    }
}
