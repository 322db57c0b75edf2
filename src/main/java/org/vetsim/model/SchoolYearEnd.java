package org.vetsim.model;

import org.vetsim.scenario.EducationSettings;

/**
 * The end of the school year, some months before the next intake ({@code education.summer_break_months}):
 * school leavers leave when their last school year ends, not when the next one starts. Before a
 * pupil's final months (the months in which leavers apply for jobs, or an internship's, whichever
 * is longer), a general-track pupil who is admitted to higher education, bound for vocational
 * training or in a transition measure stays enrolled until the intake; any other pupil plans then
 * whether to apply for vocational training at the intake, by the same choice the general-track
 * leavers make there ({@link TrackChoice#vetProbability} after the general track, without a place
 * in higher education; a keyed draw per person and month, common to arms): one who will stays
 * enrolled through the break and applies at the intake, one who will not finishes when the school
 * year ends and applies for jobs in the months before. A school-based vocational student who will
 * not apply for higher education on finishing ({@link LateHigherEntry#wouldApplyOnFinishing}, as
 * the paths are seen then) finishes when the school year ends; one who will stays enrolled
 * until the intake. Each plan is made once, for the end it is made for, and only an end that falls
 * at an intake is moved, by the break, never into the past. Those who left at the school year's end
 * do not choose again at the intake that follows ({@link #leftBeforeThisIntake}). Apprenticeships
 * run their contract months. With no break nothing is drawn or moved.
 */
final class SchoolYearEnd implements PersonStep {
    /** Key of the keyed draw of the plan: a slot no other keyed draw of the choice stream uses. */
    private static final int PLAN_KEY = 41;

    private int breakMonths;
    private int lead;
    private TrackPaths afterGeneral;
    private TrackReturns.Seen seen;

    @Override
    public void begin(World world) {
        EducationSettings education = world.scenario.education();
        breakMonths = education.summerBreakMonths();
        if (breakMonths == 0) {
            return;
        }
        lead = planningLead(world);
        afterGeneral = TrackPaths.afterGeneral(world);
        seen = Enrolment.seen(world);
    }

    @Override
    public void apply(World world, YoungPerson person) {
        if (breakMonths == 0 || !endsAtIntake(person) || person.yearEndPlannedFor == person.trainingEnds
                || world.month < person.trainingEnds - breakMonths - lead) {
            return;
        }
        person.yearEndPlannedFor = person.trainingEnds;
        if (world.month > person.trainingEnds - breakMonths) {
            return;
        }
        if (person.status == Status.GENERAL_EDUCATION) {
            if (staysToIntake(person)) {
                return;
            }
            if (plansVet(world, person)) {
                person.vetPlanned = true;
                return;
            }
            leaveAtYearEnd(person);
        } else if (!LateHigherEntry.wouldApplyOnFinishing(world, person)) {
            leaveAtYearEnd(person);
        }
    }

    /**
     * Months before the school year's end in which leavers plan: the months in which they apply for
     * jobs or an internship's, whichever is longer, and at least one.
     */
    static int planningLead(World world) {
        return Math.max(1, Math.max(world.scenario.labourMarket().searchBeforeLeavingMonths(),
                world.engagement.workBasedLearning().internshipMonths()));
    }

    private void leaveAtYearEnd(YoungPerson person) {
        person.trainingEnds -= breakMonths;
        person.yearEndLeaving = person.trainingEnds;
    }

    /**
     * Whether {@code person} left education at the end of the school year before this intake,
     * in its break: their plan for the intake is made (they chose not to go on at it), so they do
     * not choose again at it ({@link LateVetEntry}, {@link LateHigherEntry}), as a leaver at the
     * intake does not.
     */
    static boolean leftBeforeThisIntake(World world, YoungPerson person) {
        return person.yearEndLeaving >= 0 && world.month > person.yearEndLeaving
                && world.month - person.yearEndLeaving <= world.scenario.education().summerBreakMonths();
    }

    /** Whether {@code person}'s schooling or programme is to end at an intake (not already moved to a school year's end). */
    private static boolean endsAtIntake(YoungPerson person) {
        return (person.status == Status.GENERAL_EDUCATION || person.status == Status.SCHOOL_VET)
                && Enrolment.intakeMonth(person.trainingEnds);
    }

    /** A general-track pupil who goes on at the intake whatever the plan: admitted, bound for VET, or in a measure. */
    private static boolean staysToIntake(YoungPerson person) {
        return person.admittedToHigher || person.vetBound || person.transitionYear;
    }

    /** Whether {@code person}, a general-track pupil without a place in higher education, plans to apply for vocational training at the intake. */
    private boolean plansVet(World world, YoungPerson person) {
        EducationSettings education = world.scenario.education();
        double p = TrackChoice.vetProbability(education, afterGeneral, person.ability, person.abilityScore, seen, TrackChoice.NO_ADMISSION);
        return world.streams.keyed(Stream.CHOICE, person.id(), world.month, PLAN_KEY) < p;
    }
}
