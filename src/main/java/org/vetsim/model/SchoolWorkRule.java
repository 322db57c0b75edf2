package org.vetsim.model;

/**
 * Whether a pupil's school allows a side job ({@code student_jobs.pupils_allowed_term_share},
 * {@code pupils_allowed_vacation_share}): many Japanese high schools forbid pupils' part-time work
 * or allow it only with permission or in the long vacations (docs/research/summer-job-search.md,
 * addendum). A pupil of the general track or of school-based VET draws their school once (a keyed
 * uniform per person, common to arms): below the term share it allows side jobs all year, below the
 * vacation share in the vacations only, above it never. Students of higher education are not
 * bound by such rules. With both shares 1 every school allows it and nothing is drawn.
 */
final class SchoolWorkRule {
    /** Key of a pupil's lasting draw of their school's rule: a month slot no month uses. */
    private static final int SCHOOL_KEY = -1;

    private SchoolWorkRule() {
    }

    /** Whether {@code person}'s school allows a side job in term ({@code vacation} false) or in the vacation. */
    static boolean allows(World world, YoungPerson person, boolean vacation) {
        if (person.status != Status.GENERAL_EDUCATION && person.status != Status.SCHOOL_VET) {
            return true;
        }
        var settings = world.scenario.labourMarket().studentJobs();
        double share = vacation ? settings.pupilsAllowedVacationShare() : settings.pupilsAllowedTermShare();
        return share >= 1.0 || world.streams.keyed(Stream.STUDENT_JOBS, person.id(), SCHOOL_KEY, 3) < share;
    }
}
