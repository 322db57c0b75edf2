package org.vetsim.model;

import org.vetsim.scenario.AdultApprenticeships;
import org.vetsim.scenario.FinancialIncentives;

/**
 * Whom a training firm's apprenticeship places go to: school leavers (as {@link ApprenticePlaces}
 * values them) or its own adult staff without a qualification, converted into apprentices
 * ({@link AdultApprenticeships}; docs/research/adult-apprenticeships.md, design 6.1-6.3). All
 * values are in skilled-wage months over the apprenticeship and after.
 * <p>
 * <b>The firm.</b> A converted employee keeps their post and their wage (a conversion does not
 * lower a contract wage: assumption), so the firm pays no apprentice pay and needs no opening; it
 * knows them, so there is no recruitment, adaptation or screening. It loses their output in
 * off-the-job time, {@code (1 - firm_time_share)} times an unqualified adult's productivity (the
 * adults' mean general skill, specific skill at the on-the-job ceiling), and bears the trainers'
 * and other costs of an apprentice less what the levy pays for them where existing staff are
 * eligible ({@link LevySupport}, after its other trainees' claims: for a levy payer these are
 * funds that would otherwise expire). It gains the occupation-specific skill training adds beyond
 * the on-the-job ceiling ({@link #skillGain}): in full in its time in the firm during training
 * (the wage does not change), and after
 * certification the share the pay rule does not pass on ({@code wage_compression}), over the
 * adult's expected tenure (one over the size class's adult separation rate plus the retirement
 * rate, at most the working life left), times the chance of completing.
 * <p>
 * <b>The employee</b> agrees when the pay rise the certificate brings (the passed-on share of the
 * skill gain) over their working life left, times the chance of completing, exceeds the effort
 * ({@code effort_cost_months}). Adults are counts without age: their working life left is half the
 * adult working life ({@link AdultSkills#YEARS}), the mean for ages spread evenly between the exit
 * age and retirement (assumption, as design 6.2 proposes).
 * <p>
 * <b>The choice.</b> The firm converts eligible staff (the unqualified share of its adult staff,
 * less those in training or certified) while a conversion has a positive value and the employee
 * agrees: into places its cap leaves free, and once the cap binds in place of its last school
 * leaver's place when a conversion is worth more than that place's marginal value.
 */
final class StaffConversion {
    private StaffConversion() {
    }

    /** Whether employers may convert staff: apprenticeships and adult apprentices both on. */
    static boolean inForce(World world) {
        var wbl = world.engagement.workBasedLearning();
        return wbl.apprenticeships() && wbl.adultApprentices().enabled();
    }

    /** Adult staff of {@code employer} who may be converted now. */
    static int eligible(World world, Employer employer) {
        double share = world.engagement.workBasedLearning().adultApprentices().unqualifiedShare();
        int unqualified = (int) Math.floor(share * employer.adultStaff + 1e-9);
        ConvertedStaff converted = employer.convertedStaff;
        return Math.max(0, unqualified - converted.inTraining() - converted.certified());
    }

    /** Working life left of an adult, in months: half the adult working life (assumption). */
    static double workingLifeLeftMonths() {
        return AdultSkills.YEARS * 12 / 2.0;
    }

    /**
     * Productivity the apprenticeship has added on the post by training month {@code month} (at
     * the end when {@code month} is its length): an adult starts at the on-the-job ceiling and,
     * learning as an apprentice does, closes the same share of the gap to full proficiency as an
     * apprentice starting from nothing, {@code (1 - ceiling) × proficiency(month)}.
     */
    static double skillGain(World world, ApprenticeshipEconomics economics, int month) {
        SkillModel skills = world.skills;
        double proficiency = month >= economics.months() ? economics.finalProficiency() : economics.expectedProficiency(month);
        return skills.specificWeight() * (1 - skills.onTheJobCeiling()) * proficiency;
    }

    /** Productivity the certificate adds on the post, per month ({@link #skillGain} at the end). */
    static double qualificationGain(World world, ApprenticeshipEconomics economics) {
        return skillGain(world, economics, economics.months());
    }

    /** Productivity of an unqualified adult on the post: the adults' mean general skill, specific at the on-the-job ceiling. */
    static double unqualifiedProductivity(World world) {
        SkillModel skills = world.skills;
        return skills.productivity(world.adults.skills().meanGeneral(), skills.onTheJobCeiling(), 0.0);
    }

    /** Expected months a converted adult stays with {@code employer} after certification. */
    static double tenureMonths(World world, Employer employer) {
        double exit = world.adultSeparationRate(employer) + world.adults.retirementRate();
        return exit > 0 ? Math.min(workingLifeLeftMonths(), 1 / exit) : workingLifeLeftMonths();
    }

    /** What the certificate is worth to the employee: the pay rise over the working life left, times completion. */
    static double employeeValue(World world, ApprenticeshipEconomics economics) {
        double passedOn = 1 - world.scenario.labourMarket().wageCompression();
        return economics.completion() * passedOn * qualificationGain(world, economics) * workingLifeLeftMonths();
    }

    /** Whether an eligible employee agrees to be converted. */
    static boolean agrees(World world, ApprenticeshipEconomics economics) {
        return employeeValue(world, economics) > world.engagement.workBasedLearning().adultApprentices().effortCostMonths();
    }

    /**
     * Value to {@code employer} of converting one more employee, when {@code otherTrainees} others
     * (apprentices and converted staff) claim the levy's support first; the fixed cost of training
     * is not in it.
     */
    static double firmValue(World world, Employer employer, ApprenticeshipEconomics economics, int otherTrainees) {
        AdultApprenticeships adult = world.engagement.workBasedLearning().adultApprentices();
        double lost = (1 - adult.firmTimeShare()) * unqualifiedProductivity(world);
        double costs = employer.trainingCostFactor() * economics.forgoneOtherCosts() - monthlySupport(world, employer, economics, otherTrainees);
        double value = 0;
        for (int t = 0; t < economics.months(); t++) {
            double gainNow = adult.firmTimeShare() * skillGain(world, economics, t);
            value += economics.stillTraining(t) * (gainNow - lost - costs);
        }
        double kept = world.scenario.labourMarket().wageCompression() * qualificationGain(world, economics);
        return value + economics.completion() * kept * tenureMonths(world, employer);
    }

    /**
     * What the levy pays a month for a converted employee's training costs, where the scheme pays
     * for existing staff: the pooled fund's grant, or the share of the costs the firm's account (then
     * the co-investment) or rebate covers after {@code otherTrainees} trainees' claims; 0 where it
     * does not.
     */
    static double monthlySupport(World world, Employer employer, ApprenticeshipEconomics economics, int otherTrainees) {
        FinancialIncentives incentives = world.engagement.financialIncentives();
        if (!incentives.existingStaffEligible()) {
            return 0.0;
        }
        double monthly = employer.trainingCostFactor() * economics.otherCostsEligible();
        double coverage = LevySupport.coverage(world, employer, otherTrainees * monthly, monthly);
        return LevySupport.grantPerApprenticeMonth(world) + coverage * monthly;
    }

    /**
     * The firm's choice at the intake, after {@link ApprenticePlaces} chose its places for school
     * leavers: how many staff it converts (returned), giving up school-leaver places
     * ({@link Employer#placesOffered}) where the cap binds and a conversion is worth more.
     */
    static int choose(World world, Employer employer, ApprenticePlaces places) {
        if (!inForce(world) || !employer.occupation().apprenticeships()) {
            return 0;
        }
        ApprenticeshipEconomics economics = world.convertedStaffEconomics(employer.mentors);
        if (!agrees(world, economics)) {
            return 0;
        }
        int eligible = eligible(world, employer);
        int most = places.mostLevel(world, employer);
        int leavers = employer.placesOffered;
        int continuing = ApprenticePlaces.continuingApprentices(world, employer);
        boolean trainsAnyway = leavers > 0 || continuing > 0;
        int converted = 0;
        while (converted < eligible) {
            double value = firmValue(world, employer, economics, continuing + leavers + converted);
            if (converted == 0 && !trainsAnyway) {
                value -= ApprenticePlaces.fixedCost(world, employer, economics);
            }
            if (value <= 0) {
                break;
            }
            if (leavers + converted < most) {
                converted++;
            } else if (leavers > 0 && value > marginalLeaverPlace(world, employer, places, leavers)) {
                leavers--;
                converted++;
            } else {
                break;
            }
        }
        employer.placesOffered = leavers;
        return converted;
    }

    /** The marginal value of the {@code level}-th school-leaver place (value less cost, against one place fewer). */
    static double marginalLeaverPlace(World world, Employer employer, ApprenticePlaces places, int level) {
        return places.value(world, employer, level) - places.cost(world, employer, level)
                - places.value(world, employer, level - 1) + places.cost(world, employer, level - 1);
    }
}
