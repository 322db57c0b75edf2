package org.vetsim.model;

import org.vetsim.scenario.WorkBasedLearning;

/**
 * The training firm's decision to put its apprentice forward for the final assessment, where an
 * assessment gateway is in force ({@code work_based_learning.assessment_gateway}; England: the
 * employer, with the training provider, decides when an apprentice passes the gateway to the
 * end-point assessment, and the apprenticeship goes on past its planned end until then). When the
 * apprentice's last months begin, the firm, which knows its apprentice's skill, projects it to
 * the planned end at the apprentice's pace in the firm and at school, and credits it against the
 * standard the exam will test ({@link QualificationExam}); an apprentice not projected to reach the pass mark trains on
 * for the months the projection says they need, in all at most
 * {@code gateway_max_extension_months} past the planned end, at the last training year's pay. The
 * firm judges again when the new last months begin. Without a gateway every apprentice sits the
 * exam at the planned end.
 */
final class AssessmentGateway {
    private AssessmentGateway() {
    }

    /**
     * Whether the firm judges {@code person}'s readiness this month: their last months begin, the
     * extension allows more, and they have not yet sat the exam (a retake follows a sitting).
     */
    static boolean due(World world, YoungPerson person) {
        WorkBasedLearning wbl = world.engagement.workBasedLearning();
        return wbl.assessmentGateway() && person.status == Status.APPRENTICE && person.retakes == 0
                && person.extensionMonths < wbl.gatewayMaxExtensionMonths()
                && person.trainingEnds - world.month == world.scenario.labourMarket().searchBeforeLeavingMonths();
    }

    /** Extends {@code apprentice}'s training by the months the firm projects they need to reach the pass mark. */
    static void judge(World world, YoungPerson apprentice) {
        WorkBasedLearning wbl = world.engagement.workBasedLearning();
        int most = wbl.gatewayMaxExtensionMonths() - apprentice.extensionMonths;
        int more = monthsNeeded(world, apprentice, apprentice.trainingEnds - world.month, most);
        if (more > 0) {
            apprentice.trainingEnds += more;
            apprentice.extensionMonths += more;
        }
    }

    /**
     * Months beyond the {@code monthsToEnd} left that {@code apprentice} needs for their credited
     * skill to reach the pass mark, at most {@code most}: 0 if they are on course. The projection
     * follows the apprentice's proficiency and the requirement level it is learnt at, month by
     * month, and credits it against the standard the exam will test: today's, or, where a revision
     * falls due by the exam, today's requirement.
     */
    static int monthsNeeded(World world, YoungPerson apprentice, int monthsToEnd, int most) {
        double mark = world.scenario.exams().passMark();
        double[] skill = projected(world, apprentice, monthsToEnd);
        int more = 0;
        while (skill[0] * credit(world, apprentice, skill[1], monthsToEnd + more) < mark && more < most) {
            learnAMonth(world, apprentice, skill);
            more++;
        }
        return more;
    }

    /**
     * {@code apprentice}'s proficiency and the requirement level it is learnt at after
     * {@code months} more months of training, as the firm projects them.
     */
    static double[] projected(World world, YoungPerson apprentice, int months) {
        double[] skill = {apprentice.proficiency, apprentice.vintage};
        for (int t = 0; t < months; t++) {
            learnAMonth(world, apprentice, skill);
        }
        return skill;
    }

    /** The exam's credit for skill learnt at {@code vintage}, sat {@code monthsAhead} months from now. */
    static double credit(World world, YoungPerson apprentice, double vintage, int monthsAhead) {
        Occupation occupation = apprentice.occupation;
        boolean revised = world.month + monthsAhead - occupation.standardRevisedMonth() >= Technology.standardRevisionMonths(world);
        double standard = revised ? occupation.requirement() : occupation.examStandard();
        return world.skills.match(standard, vintage);
    }

    /**
     * A month of training from {@code skill} (proficiency, then the level it was learnt at), at
     * school at the curriculum's level and then in the firm at the current requirement, as
     * {@link Schooling} and {@link WorkplaceLearning} teach and {@link YoungPerson#learn} records it.
     */
    static void learnAMonth(World world, YoungPerson apprentice, double[] skill) {
        WorkBasedLearning wbl = world.engagement.workBasedLearning();
        double pace = 0.5 + apprentice.ability;
        double school = Schooling.schoolRate(1 - wbl.firmTimeShare(), world.scenario.colleges().learningRate(),
                apprentice.programme.teachingQuality(), apprentice.ability);
        double firm = wbl.firmTimeShare() * WorkplaceLearning.firmRate(world.engagement, world.scenario.colleges(),
                apprentice.employer.mentors) * pace;
        add(skill, school * (1 - skill[0]), apprentice.programme.curriculumLevel());
        add(skill, firm * (1 - skill[0]), apprentice.occupation.requirement());
    }

    private static void add(double[] skill, double gain, double level) {
        double after = Math.min(1.0, skill[0] + gain);
        if (after > 0 && gain > 0) {
            skill[1] = YoungPerson.blendedVintage(skill[0], skill[1], after, level);
        }
        skill[0] = after;
    }
}
