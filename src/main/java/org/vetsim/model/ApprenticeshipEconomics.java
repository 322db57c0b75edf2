package org.vetsim.model;

import org.vetsim.scenario.CollegeSettings;
import org.vetsim.scenario.Engagement;
import org.vetsim.scenario.FinancialIncentives;
import org.vetsim.scenario.WorkBasedLearning;

/**
 * An employer's costs and returns of one apprentice, month by month, in the structure of the
 * BIBB cost-benefit survey 2017/18 (BIBB Report 3/2020) and the Swiss SFUVET surveys (Gehret et
 * al. 2019), in skilled-wage months:
 * <ul>
 * <li><b>gross cost</b> = apprentice pay of the training year + the firm's cost factor × (trainers'
 * time + equipment and other costs + mentors' time); pay rises with each training year and is the
 * same for every firm of the occupation, as collective agreements set it (in Germany BBiG section
 * 17 and the sectoral agreements; in Switzerland the professional associations' recommended pay),
 * while the costs of organising training vary widely between firms (BIBB 2017/18, "high variance
 * of costs and returns"); the yearly fixed cost of being a training firm is a decision of
 * {@link ApprenticePlaces} and is reported spread over the firm's apprentices
 * ({@link TrainingBudget});</li>
 * <li><b>productive returns</b> = share of time in the firm × share of it on productive work
 * (the occupation's share times the firm's productive use of trainees, at most 1) ×
 * productivity relative to a skilled worker, which rises from {@code apprentice_productivity}
 * to 1 with the apprentice's proficiency;</li>
 * <li><b>support</b> = subsidy per place and a tax credit on gross cost (what a training levy
 * gives back depends on the firm and its scheme: {@link LevySupport});</li>
 * <li><b>net cost</b> = gross cost − returns − support (negative: a net benefit).</li>
 * </ul>
 * The same rules give Germany's net cost and Switzerland's net benefit from each country's pay
 * ratios and productive shares. For decisions, {@link #expectedNetCost} sums over the
 * apprenticeship, along the expected learning path of an apprentice of median ability and
 * weighting each month by the chance the apprentice is still in training, what the firm forgoes
 * ({@link #forgone}: the gross cost with only {@code trainer_output_loss} of the trainers' cost,
 * all of it by default) less returns and support.
 */
final class ApprenticeshipEconomics {
    private final WorkBasedLearning wbl;
    private final FinancialIncentives incentives;
    private final double otherCosts;
    private final double forgoneOtherCosts;
    private final double[] proficiency;
    private final double[] stillTraining;
    private final double finalProficiency;
    /** The training month (0-based) this economics starts from: 0, or where a continued training resumes ({@link #from}). */
    private final int first;

    /**
     * The economics of an apprentice of ability percentile {@code ability} under {@code engagement},
     * given mentors ({@code mentored}, which needs mentoring to be in force) or not, when, without training
     * contracts, an apprentice is expected to be hired away with monthly chance {@code hiredAway}
     * (what employers have seen: {@link World#expectedApprenticeLoss}): learning in school and in
     * the firm at {@code 0.5 + ability} times the median's pace and dropping out at
     * {@code 1.5 - ability} times the median's hazard, as the simulation lets them
     * ({@link WorkplaceLearning}, {@link Schooling}).
     */
    ApprenticeshipEconomics(Engagement engagement, CollegeSettings colleges, boolean mentored, double ability, double hiredAway) {
        this.wbl = engagement.workBasedLearning();
        this.incentives = engagement.financialIncentives();
        var mentoring = engagement.mentoring();
        double strength = mentored ? mentoring.strength() : 0.0;
        double mentors = mentored && mentoring.enabled() ? mentoring.mentorRatio() * mentoring.mentorCostRatio() : 0.0;
        this.otherCosts = wbl.trainingCostRatio() + mentors;
        this.forgoneOtherCosts = wbl.forgoneTrainingCostRatio() + mentors;
        int months = wbl.apprenticeshipMonths();
        this.proficiency = new double[months];
        this.stillTraining = new double[months + 1];
        double pace = 0.5 + ability;
        double firmRate = WorkplaceLearning.firmRate(engagement, colleges, mentored) * pace;
        double schoolShare = 1 - wbl.firmTimeShare();
        double gradient = 1.5 - ability;
        double kept = 1 - strength * mentoring.dropoutReduction();
        double breach = engagement.cooperationContracts().trainingContracts() ? 0.0 : hiredAway;
        double p = 0;
        stillTraining[0] = 1;
        for (int t = 0; t < months; t++) {
            proficiency[t] = p;
            p += Schooling.schoolRate(schoolShare, colleges.learningRate(), colleges.teachingQualityMean(), ability) * (1 - p);
            p += wbl.firmTimeShare() * firmRate * (1 - p);
            stillTraining[t + 1] = stillTraining[t] * (1 - wbl.apprenticeDropoutHazard(t) * gradient * kept) * (1 - breach);
        }
        this.finalProficiency = p;
        this.first = 0;
    }

    private ApprenticeshipEconomics(ApprenticeshipEconomics whole, int first) {
        this.wbl = whole.wbl;
        this.incentives = whole.incentives;
        this.otherCosts = whole.otherCosts;
        this.forgoneOtherCosts = whole.forgoneOtherCosts;
        this.finalProficiency = whole.finalProficiency;
        this.first = whole.first + first;
        int months = whole.proficiency.length - first;
        this.proficiency = java.util.Arrays.copyOfRange(whole.proficiency, first, whole.proficiency.length);
        this.stillTraining = new double[months + 1];
        double reached = whole.stillTraining[first];
        for (int t = 0; t <= months; t++) {
            stillTraining[t] = reached > 0 ? whole.stillTraining[first + t] / reached : 0.0;
        }
    }

    /**
     * The economics of the same apprentice from training month {@code month} (0-based) on, for a
     * training continued in another firm ({@link FirmChange}): the months left, at the pay of their
     * training year, along the same learning path, with the chance of still training counted from
     * there (1 at its start). {@code month} is at most the last month of the apprenticeship.
     */
    ApprenticeshipEconomics from(int month) {
        if (month == 0) {
            return this;
        }
        return new ApprenticeshipEconomics(this, Math.max(0, Math.min(month, proficiency.length - 1)));
    }

    /** Apprentice pay in training month {@code month} (0-based, from the month this economics starts at), skilled-wage units. */
    double pay(int month) {
        return wbl.payRatio(first + month);
    }

    /** Monthly cost besides pay: trainers, equipment and other, mentors, at a cost factor of 1, as the surveys value it. */
    double otherCosts() {
        return otherCosts;
    }

    /**
     * Monthly cost besides pay that the firm forgoes, at a cost factor of 1: {@link #otherCosts}
     * with only {@code trainer_output_loss} of the trainers' time, the output they do not keep up.
     */
    double forgoneOtherCosts() {
        return forgoneOtherCosts;
    }

    /**
     * Gross monthly cost of an apprentice in training month {@code month} at cost factor
     * {@code costFactor}: pay, which collective agreements set alike for the firms of an
     * occupation, and the costs of organising training, which vary between firms.
     */
    double gross(double costFactor, int month) {
        return pay(month) + costFactor * otherCosts;
    }

    /**
     * What an apprentice in training month {@code month} costs a firm of cost factor {@code
     * costFactor} in what it forgoes: pay and {@link #forgoneOtherCosts}. Firms decide on this;
     * {@link #gross} is the cost the surveys report and public support is computed on.
     */
    double forgone(double costFactor, int month) {
        return pay(month) + costFactor * forgoneOtherCosts;
    }

    /**
     * Monthly productive returns of an apprentice of proficiency {@code proficiency} at a firm
     * whose productive use of trainees is {@code productiveUse} times the occupation's mean.
     */
    double returns(double productiveUse, double proficiency) {
        return wbl.firmTimeShare() * returnsFullTime(productiveUse, proficiency);
    }

    /**
     * Monthly productive returns of a learner of proficiency {@code proficiency} who is in the firm
     * full time: the share of the time in productive work (the occupation's {@code productive_share}
     * times the firm's productive use, at most all of it) times the learner's productivity there.
     */
    double returnsFullTime(double productiveUse, double proficiency) {
        return productiveTimeShare(productiveUse) * relativeProductivity(proficiency);
    }

    /**
     * Share of a learner's time in a firm whose productive use of trainees is {@code productiveUse}
     * times the occupation's mean spent on productive work (simple and skilled tasks): the
     * occupation's {@code productive_share} times that use, at most all of it.
     */
    double productiveTimeShare(double productiveUse) {
        return Math.min(1.0, productiveUse * wbl.productiveShare());
    }

    /**
     * A learner's productivity at productive work relative to a skilled worker, at proficiency
     * {@code proficiency}: {@code apprentice_productivity} at the start, rising to 1 with proficiency.
     */
    double relativeProductivity(double proficiency) {
        return wbl.apprenticeProductivity() + (1 - wbl.apprenticeProductivity()) * proficiency;
    }

    /** Monthly public support for an apprentice of gross cost {@code gross}: subsidy and tax credit. */
    double support(double gross) {
        return incentives.subsidyPerPlace() / 12.0 + incentives.taxCreditRate() * gross;
    }

    /** Monthly training costs a levy scheme pays for, at a cost factor of 1: trainers, equipment and other (not pay). */
    double otherCostsEligible() {
        return wbl.trainingCostRatio();
    }

    /** Expected proficiency of an apprentice of median ability at the start of training month {@code month}. */
    double expectedProficiency(int month) {
        return proficiency[Math.min(month, proficiency.length - 1)];
    }

    /** Chance that an apprentice of median ability is still in training at the start of month {@code month} (0-based). */
    double stillTraining(int month) {
        return stillTraining[Math.min(month, stillTraining.length - 1)];
    }

    /** Expected proficiency of an apprentice of median ability at the end of the apprenticeship. */
    double finalProficiency() {
        return finalProficiency;
    }

    /** Chance that an apprentice of median ability completes the apprenticeship (no dropout, no breach). */
    double completion() {
        return stillTraining[stillTraining.length - 1];
    }

    /**
     * Expected net cost of one place over the whole apprenticeship at cost factor {@code costFactor}
     * and productive use {@code productiveUse}.
     */
    double expectedNetCost(double costFactor, double productiveUse) {
        return expectedForgone(costFactor) - expectedReturnsAndSupport(costFactor, productiveUse);
    }

    /**
     * Expected cost of one place over the apprenticeship at cost factor {@code costFactor}, in what
     * the firm forgoes ({@link #forgone}): what it weighs when it offers places.
     */
    double expectedForgone(double costFactor) {
        double total = 0;
        for (int t = 0; t < proficiency.length; t++) {
            total += stillTraining[t] * forgone(costFactor, t);
        }
        return total;
    }

    /** Expected productive returns and support of one place over the apprenticeship. */
    double expectedReturnsAndSupport(double costFactor, double productiveUse) {
        double total = 0;
        for (int t = 0; t < proficiency.length; t++) {
            total += stillTraining[t] * (returns(productiveUse, proficiency[t]) + support(gross(costFactor, t)));
        }
        return total;
    }

    /** Expected months an apprentice of median ability spends in training (dropout and breach counted). */
    double expectedMonthsInTraining() {
        double total = 0;
        for (int t = 0; t < proficiency.length; t++) {
            total += stillTraining[t];
        }
        return total;
    }

    /** Length of the apprenticeship in months (those left, from the month this economics starts at). */
    int months() {
        return proficiency.length;
    }
}
