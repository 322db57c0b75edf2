package org.vetsim.model;

import org.vetsim.scenario.EducationSettings;
import org.vetsim.scenario.WorkBasedLearning;

/**
 * What a pupil choosing a track knows of the two paths besides their leavers' earnings: the
 * months of general schooling still ahead, and before vocational training begins; the two
 * vocational routes, school-based VET (its programme length, with the school fee) and an
 * apprenticeship (its length, and the present value of its pay), and the share of vocational entrants who found an apprenticeship at the last
 * intake; and the months of working life left, over which the paths' earnings are valued (to the
 * birthday at {@code education.career_end_age}).
 *
 * @param generalMonthsAhead months of the general track still ahead (0 for a general-track leaver)
 * @param vetStartMonths months before vocational training begins: of further general schooling
 *                       ({@code education.vet_start_delay_months} at the choice, 0 for a general-track
 *                       leaver), or of waiting for the next intake ({@link #awaitingIntake})
 * @param schoolVetMonths length of a school-based vocational programme
 * @param apprenticeshipMonths length of an apprenticeship
 * @param apprenticeShare share of vocational entrants expected to train as apprentices
 * @param apprenticePayValue apprentice pay over the apprenticeship, discounted to the choice at
 *                           {@code education.discount_rate}, in skilled-wage months
 * @param workingLifeMonths months from the choice to the end of the working life
 */
record TrackPaths(int generalMonthsAhead, int vetStartMonths, int schoolVetMonths, int apprenticeshipMonths, double apprenticeShare,
                  double apprenticePayValue, int workingLifeMonths) {

    /** The paths as an entrant to upper-secondary school sees them, at the cohort's entry age. */
    static TrackPaths atEntry(World world) {
        EducationSettings education = world.scenario.education();
        return of(world, education.generalMonths(), education.vetStartDelayMonths(),
                workingLife(education, world.scenario.population().entryAge(), 0));
    }

    /** The paths as a general-track leaver sees them: no general schooling ahead, fewer working years. */
    static TrackPaths afterGeneral(World world) {
        EducationSettings education = world.scenario.education();
        return of(world, 0, 0, workingLife(education, world.scenario.population().entryAge(), education.generalMonths()));
    }

    /**
     * The paths as a young person out of work sees them at {@code world}'s month ({@link LateVetEntry}):
     * training starts now, over the working life left at their age.
     */
    static TrackPaths returning(World world, YoungPerson person) {
        return awaitingIntake(world, person, world.month, 0);
    }

    /**
     * The paths as a young person leaving education or the labour market in {@code leavingMonth} sees
     * them, valued then: the labour market from then, training {@code monthsToIntake} later (a student
     * leaving higher education without a degree waits for the next intake, {@link DropoutTraining}),
     * over the working life left at that month.
     */
    static TrackPaths awaitingIntake(World world, YoungPerson person, int leavingMonth, int monthsToIntake) {
        EducationSettings education = world.scenario.education();
        int entryAge = world.scenario.population().entryAge();
        int sinceEntry = Math.max(0, leavingMonth - person.birthMonth - entryAge * 12);
        return of(world, 0, monthsToIntake, workingLife(education, entryAge, sinceEntry));
    }

    /**
     * The paths as a former apprentice who may change firm sees them ({@link FirmChange}): an
     * apprenticeship continued now from {@code monthsTrained}, its months left at their training
     * year's pay, over the working life left at their age.
     */
    static TrackPaths continuing(World world, YoungPerson person, int monthsTrained) {
        TrackPaths returning = returning(world, person);
        int months = world.engagement.workBasedLearning().apprenticeshipMonths();
        int trained = Math.max(0, Math.min(monthsTrained, months - 1));
        return new TrackPaths(0, 0, returning.schoolVetMonths(), months - trained, 1.0, payValue(world, trained),
                returning.workingLifeMonths());
    }

    /** Apprentice pay from training month {@code from} to the end, discounted to {@code from}, in skilled-wage months. */
    private static double payValue(World world, int from) {
        WorkBasedLearning wbl = world.engagement.workBasedLearning();
        double discount = TrackChoice.monthlyDiscount(world.scenario.education());
        double value = 0;
        for (int t = from; t < wbl.apprenticeshipMonths(); t++) {
            value += wbl.payRatio(t) * Math.pow(discount, t - from);
        }
        return value;
    }

    /** The paths before any intake: school-based VET only (no apprenticeship seen yet), at the entry age. */
    static TrackPaths beforeAnyIntake(EducationSettings education, int programmeMonths, int entryAge) {
        return new TrackPaths(education.generalMonths(), education.vetStartDelayMonths(), programmeMonths, programmeMonths, 0.0,
                0.0, workingLife(education, entryAge, 0));
    }

    private static TrackPaths of(World world, int generalAhead, int vetStart, int workingLife) {
        WorkBasedLearning wbl = world.engagement.workBasedLearning();
        double share = wbl.apprenticeships() ? world.apprenticeShareOfVetEntrants : 0.0;
        return new TrackPaths(generalAhead, vetStart, world.scenario.colleges().programmeMonths(), wbl.apprenticeshipMonths(), share,
                payValue(world, 0), workingLife);
    }

    /** Months from {@code monthsSinceEntry} after the entry age to the birthday at the career's end (at least 1). */
    static int workingLife(EducationSettings education, int entryAge, int monthsSinceEntry) {
        return Math.max(1, (education.careerEndAge() - entryAge) * 12 - monthsSinceEntry);
    }
}
