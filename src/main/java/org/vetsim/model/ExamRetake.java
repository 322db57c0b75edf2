package org.vetsim.model;

import org.vetsim.scenario.ExamRetakes;
import org.vetsim.scenario.WorkBasedLearning;

/**
 * The choice of an apprentice who has just failed the final exam to train on to its next sitting
 * ({@code work_based_learning.exam_retakes}: Germany's extension at the apprentice's request,
 * BBiG s.21(3); England's resits while still employed). Training on for the
 * {@code interval_months} to the next sitting pays the last training year's pay, net of the
 * person's value of time outside work, and then certifies them with the chance that their skill,
 * grown by those months of training at school and in the firm as the firm's gateway projects it
 * ({@link AssessmentGateway#projected}), beats the pass mark through the exam's noise. Certified
 * or not, they then search, each way worth what certified and uncertified young job seekers gain
 * in the market ({@link LicencePreparation#searchAsset} at the job-finding rates by certificate).
 * They retake if that plan beats searching uncertified now (a one-step look-ahead: a later
 * retake is not valued). For one whose firm committed to keep them, a commitment that binds for
 * a graduate who passed ({@link KeepCommitment}), passing is worth that job if it beats searching
 * certified ({@link #keptJobValue}). Who does not retake: one who has accepted a job elsewhere
 * takes it, one admitted to higher education goes on to it, one who would reach the exit age
 * before the sitting leaves, and one who has used up the retakes leaves. The firm cannot refuse
 * (in England it keeps its apprentice employed until the assessment is done, as the funding rules
 * require), unless the rules make the extension the firm's to agree ({@code firm_consent},
 * Switzerland: {@link #firmConsents}). A retaker who leaves before the sitting (the dropout
 * hazard, another employer's hire) has completed the training uncertified: counted among those
 * who finished, not among dropouts ({@link #leaveBeforeRetake}).
 */
final class ExamRetake {
    private ExamRetake() {
    }

    /** Whether {@code apprentice}, who has just failed the final exam, may train on to a retake. */
    static boolean allowed(World world, YoungPerson apprentice) {
        ExamRetakes rules = world.engagement.workBasedLearning().examRetakes();
        return apprentice.status == Status.APPRENTICE && apprentice.retakes < rules.maxRetakes()
                && apprentice.offerFrom == null
                && !LateHigherEntry.goesOnFromTraining(apprentice)
                && apprentice.age(world.month + rules.intervalMonths()) < world.scenario.population().exitAge();
    }

    /** The chance that the sitting after {@code months} more of training certifies {@code apprentice}. */
    static double passChance(World world, YoungPerson apprentice, int months) {
        var exams = world.scenario.exams();
        double[] skill = AssessmentGateway.projected(world, apprentice, months);
        double expected = skill[0] * AssessmentGateway.credit(world, apprentice, skill[1], months);
        double z = (expected - exams.passMark()) / exams.measurementNoise();
        return AdmissionSignal.normalCdf(z);
    }

    /**
     * What training on to the next sitting gains over leaving uncertified now, in skilled-wage
     * months; minus infinity before the market shows job-finding rates by certificate.
     */
    static double gain(World world, YoungPerson apprentice) {
        double certified = LicencePreparation.findingRatio(world, apprentice, true);
        double uncertified = LicencePreparation.findingRatio(world, apprentice, false);
        if (Double.isNaN(certified) || Double.isNaN(uncertified)) {
            return Double.NEGATIVE_INFINITY;
        }
        WorkBasedLearning wbl = world.engagement.workBasedLearning();
        int months = wbl.examRetakes().intervalMonths();
        double believed = ParticipationChoice.perceivedChance(world, apprentice);
        double withCertificate = Math.max(LicencePreparation.searchAsset(world, apprentice, Math.min(1.0, believed * certified)),
                apprentice.keepCommitted ? keptJobValue(world, apprentice) : 0.0);
        double without = LicencePreparation.searchAsset(world, apprentice, Math.min(1.0, believed * uncertified));
        double discount = 1.0 / (1.0 + LicencePreparation.monthlyDiscount(world));
        double pay = wbl.payRatio(wbl.apprenticeshipMonths() - 1) - ParticipationChoice.reservationValue(world, apprentice);
        double pass = passChance(world, apprentice, months);
        double retake = TrackChoice.annuity(discount, 0, months) * pay
                + Math.pow(discount, months) * (pass * withCertificate + (1 - pass) * without);
        return retake - without;
    }

    /**
     * What the job at the training firm that committed to keep {@code apprentice} once they pass is
     * worth to them, in skilled-wage months: its wage over their reservation value for the
     * discounted months it lasts ({@link ParticipationChoice#jobMonths}), as search values a job.
     */
    static double keptJobValue(World world, YoungPerson apprentice) {
        double wage = world.employeeWage(apprentice, world.skills.specificSkill(apprentice, apprentice.employer.occupation()));
        return (wage - ParticipationChoice.reservationValue(world, apprentice)) * ParticipationChoice.jobMonths(world, apprentice);
    }

    /** Whether {@code apprentice}, who has just failed, trains on to a retake (and the firm agrees, where it must). */
    static boolean chooses(World world, YoungPerson apprentice) {
        return allowed(world, apprentice) && gain(world, apprentice) > 0
                && (!world.engagement.workBasedLearning().examRetakes().firmConsent() || firmConsents(world, apprentice));
    }

    /**
     * The training firm's consent, where the rules require it: the months to the next sitting are
     * worth at least their cost to it, the apprentice's productive returns at the skill projected
     * month by month against the last training year's pay and the firm's costs of training (what it
     * forgoes, {@link ApprenticeshipEconomics#forgone}), less
     * a subsidy or tax credit per apprentice where there is one ({@link ApprenticeshipEconomics}; a
     * levy account pays nothing past the planned end).
     */
    static boolean firmConsents(World world, YoungPerson apprentice) {
        Employer firm = apprentice.employer;
        ApprenticeshipEconomics economics = world.apprenticeshipEconomics(firm.mentors);
        int months = world.engagement.workBasedLearning().examRetakes().intervalMonths();
        int last = world.engagement.workBasedLearning().apprenticeshipMonths() - 1;
        double[] skill = {apprentice.proficiency, apprentice.vintage};
        double net = 0;
        for (int t = 0; t < months; t++) {
            double gross = economics.gross(firm.trainingCostFactor(), last);
            net += economics.returns(firm.productiveUse(), skill[0]) - economics.forgone(firm.trainingCostFactor(), last)
                    + economics.support(gross);
            AssessmentGateway.learnAMonth(world, apprentice, skill);
        }
        return net >= 0;
    }

    /**
     * A retaker, who failed a sitting and trained on to a retake, leaves the training before it:
     * they finished it uncertified (their track stays the apprenticeship, their training counts as
     * completed), counted among the apprentices who finished after the planned end.
     */
    static void leaveBeforeRetake(World world) {
        world.flows.graduates++;
        world.flows.countApprenticeFinish(false, true);
    }

    /**
     * {@code apprentice} trains on to the next sitting: the training ends {@code interval_months}
     * later, past its planned end (funding stops there, {@link TrainingBudget#funded}); an admission
     * to higher education that needed the certificate lapses.
     */
    static void extend(World world, YoungPerson apprentice) {
        int months = world.engagement.workBasedLearning().examRetakes().intervalMonths();
        apprentice.trainingEnds += months;
        apprentice.extensionMonths += months;
        apprentice.retakes++;
        apprentice.studyAdmitted = false;
    }
}
