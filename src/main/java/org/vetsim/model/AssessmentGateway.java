package org.vetsim.model;

import org.vetsim.scenario.WorkBasedLearning;

/**
 * The training firm's decision to put its apprentice forward for the final assessment, where an
 * assessment gateway is in force ({@code work_based_learning.assessment_gateway}; England: the
 * employer, with the training provider, decides when an apprentice passes the gateway to the
 * end-point assessment, and the apprenticeship goes on past its planned end until then). When the
 * apprentice's last months begin, the firm, which knows its apprentice's skill, projects it to
 * the planned end at the apprentice's pace in the firm and at school, and credits it as the exam
 * will ({@link QualificationExam}); an apprentice not projected to reach the pass mark trains on
 * for the months the projection says they need, in all at most
 * {@code gateway_max_extension_months} past the planned end, at the last training year's pay. The
 * firm judges again when the new last months begin. Without a gateway every apprentice sits the
 * exam at the planned end.
 */
final class AssessmentGateway {
    private AssessmentGateway() {
    }

    /** Whether the firm judges {@code person}'s readiness this month: their last months begin and the extension allows more. */
    static boolean due(World world, YoungPerson person) {
        WorkBasedLearning wbl = world.engagement.workBasedLearning();
        return wbl.assessmentGateway() && person.status == Status.APPRENTICE
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
     * skill to reach the pass mark, at most {@code most}: 0 if they are on course.
     */
    static int monthsNeeded(World world, YoungPerson apprentice, int monthsToEnd, int most) {
        double credit = QualificationExam.credited(world, apprentice.occupation, apprentice.vintage, false);
        double mark = world.scenario.exams().passMark();
        double p = apprentice.proficiency;
        for (int t = 0; t < monthsToEnd; t++) {
            p = afterMonth(world, apprentice, p);
        }
        int more = 0;
        while (p * credit < mark && more < most) {
            p = afterMonth(world, apprentice, p);
            more++;
        }
        return more;
    }

    /** Proficiency after a month of training from {@code p}, at school and in the firm, as {@link Schooling} and {@link WorkplaceLearning} teach. */
    private static double afterMonth(World world, YoungPerson apprentice, double p) {
        WorkBasedLearning wbl = world.engagement.workBasedLearning();
        var mentoring = world.engagement.mentoring();
        double pace = 0.5 + apprentice.ability;
        double school = (1 - wbl.firmTimeShare()) * world.scenario.colleges().learningRate()
                * apprentice.programme.teachingQuality() * pace;
        double boost = apprentice.employer.mentors ? 1 + mentoring.strength() * mentoring.learningBoost() : 1.0;
        double firm = wbl.firmTimeShare() * world.scenario.colleges().learningRate() * wbl.workplaceQuality() * boost * pace;
        p += school * (1 - p);
        return p + firm * (1 - p);
    }
}
