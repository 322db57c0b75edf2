package org.vetsim.model;

/**
 * The training firm's offer to keep its apprentice, made when the apprentice's last months begin
 * (the months in which leavers apply for jobs), not only at graduation: German law allows a
 * commitment to work after training in its last six months (BBiG s.12(1)), and firms short of
 * workers use it to secure the graduates they trained. The firm offers when it would keep the
 * apprentice as things stand ({@link TrainedGraduateValue#offers}), at the wage its pay rule gives
 * (which passes on part of the firm-specific skill they built there); the apprentice accepts when
 * that wage plus the job's fit is worth at least the wage outside employers would pay for what
 * they can see of them and at least their value of time outside work
 * ({@link ParticipationChoice#takes}). Outside offers that come later are bid for as in {@link WageAuction}. An
 * apprentice committed so stops looking for other jobs and starts work at the firm at graduation
 * if they pass the final exam, as takeover clauses in German collective agreements bind for
 * apprentices who passed it (the metal and electrical industry's, for one; assumed of every
 * commitment); one who fails is kept only if the firm offers as things then stand, or retakes
 * with the commitment still in force ({@link ExamRetake});
 * one who declines, or is not asked, searches as before and may still be kept at graduation. An
 * apprentice who means to apply to higher education at the intake in which training ends
 * ({@link LateHigherEntry#wouldApplyOnFinishing}) does not commit: they apply, and stay on only if
 * not admitted and the firm still offers at graduation. It
 * steadies retention against the month's outside offers; the German series also rose as the market
 * tightened (IAB: 61% in 2010, 77% in 2019), which the model does not yet reproduce (docs/ODD.md,
 * section 8).
 */
final class KeepCommitment {
    private KeepCommitment() {
    }

    /** Whether this month begins {@code person}'s last months as an apprentice, when the firm may offer to keep them. */
    static boolean due(World world, YoungPerson person) {
        return person.status == Status.APPRENTICE && !person.keepCommitted
                && person.trainingEnds - world.month == world.scenario.labourMarket().searchBeforeLeavingMonths();
    }

    /** The training firm offers to keep {@code apprentice} if it would keep them now; returns whether they committed. */
    static boolean offer(World world, YoungPerson apprentice) {
        Employer firm = apprentice.employer;
        if (!TrainedGraduateValue.offers(world, firm, apprentice)) {
            return false;
        }
        if (LateHigherEntry.wouldApplyOnFinishing(world, apprentice)) {
            return false;
        }
        double specific = world.skills.specificSkill(apprentice, firm.occupation());
        double outside = world.wage(world.skills.productivity(apprentice, specific, false), firm.occupation().index());
        double wage = world.employeeWage(apprentice, specific);
        apprentice.keepCommitted = wage + apprentice.jobFit >= outside
                && ParticipationChoice.takes(world, apprentice, wage, apprentice.jobFit);
        return apprentice.keepCommitted;
    }
}
