package org.vetsim.model;

import org.vetsim.scenario.EducationSettings;
import org.vetsim.scenario.WorkBasedLearning;

/**
 * What a pupil choosing a track knows of the two paths besides their leavers' earnings: the
 * months of general schooling still ahead, the expected length of the vocational path and the
 * pay expected during it (apprentice pay, for the share of vocational entrants who found an
 * apprenticeship at the last intake), and the months of working life left, over which the paths'
 * earnings are valued (to {@code education.career_end_age}).
 *
 * @param generalMonthsAhead months of the general track still ahead (0 for a general-track leaver)
 * @param vocationalMonths expected length of the vocational path
 * @param payDuringVet expected pay a month during the vocational path, skilled-wage units
 * @param apprenticeShare share of vocational entrants expected to train as apprentices (no school fee)
 * @param workingLifeMonths months from the choice to the end of the working life
 */
record TrackPaths(int generalMonthsAhead, int vocationalMonths, double payDuringVet, double apprenticeShare,
                  int workingLifeMonths) {

    /** The paths as an entrant to upper-secondary school sees them, at the cohort's entry age. */
    static TrackPaths atEntry(World world) {
        EducationSettings education = world.scenario.education();
        return of(world, education.generalMonths(), workingLife(education, world.scenario.population().entryAge(), 0));
    }

    /** The paths as a general-track leaver sees them: no general schooling ahead. */
    static TrackPaths afterGeneral(World world) {
        EducationSettings education = world.scenario.education();
        return of(world, 0, workingLife(education, world.scenario.population().entryAge(), education.generalMonths()));
    }

    /**
     * The paths before any intake: school-based VET only (no apprenticeship seen yet), general
     * schooling ahead, at the entry age.
     */
    static TrackPaths beforeAnyIntake(EducationSettings education, int programmeMonths, int entryAge) {
        return new TrackPaths(education.generalMonths(), programmeMonths, 0.0, 0.0, workingLife(education, entryAge, 0));
    }

    private static TrackPaths of(World world, int generalAhead, int workingLife) {
        WorkBasedLearning wbl = world.engagement.workBasedLearning();
        double share = wbl.apprenticeships() ? world.apprenticeShareOfVetEntrants : 0.0;
        int apprenticeship = wbl.apprenticeshipMonths();
        int school = world.scenario.colleges().programmeMonths();
        int months = (int) Math.round(share * apprenticeship + (1 - share) * school);
        double meanPay = 0;
        for (int t = 0; t < apprenticeship; t++) {
            meanPay += wbl.payRatio(t) / apprenticeship;
        }
        double payDuring = months > 0 ? share * meanPay * apprenticeship / months : 0.0;
        return new TrackPaths(generalAhead, months, payDuring, share, workingLife);
    }

    private static int workingLife(EducationSettings education, int entryAge, int monthsSinceEntry) {
        return Math.max(1, (education.careerEndAge() - entryAge) * 12 - monthsSinceEntry);
    }
}
