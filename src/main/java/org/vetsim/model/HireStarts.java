package org.vetsim.model;

/**
 * When a hire of someone out of work starts. The model's monthly step puts a hire decided in a
 * month at work the following month ({@link JobStarts}): the post stays empty at the month's
 * count and the person is counted out of work, as a future starter. Where posts are filled much
 * faster than a month (Korea: vacancies of 0.9-1.2% of jobs against monthly accessions of 3.5-4.9%,
 * a post open about a quarter of a month from advertisement to start), a share
 * {@code labour_market.same_month_start_share} of such hires start in the month of the decision,
 * before its count, and the posts vacated after the month's labour demand are posted in the same
 * month ({@link #postVacatedPosts}). With a share of 0 nothing is drawn and every hire starts the
 * following month.
 */
final class HireStarts {
    private HireStarts() {
    }

    /**
     * Where hires start within the month ({@code same_month_start_share} above 0), the posts
     * vacated since the month's labour demand (young employees' quits, dismissals and exits from the
     * labour force) are posted in the same month, before the hiring, rather than at next month's
     * labour demand: every employer below its target staff, counting the posts held for people
     * hired, opens the gap as vacancies. With a share of 0 nothing changes.
     */
    static void postVacatedPosts(World world) {
        if (world.scenario.labourMarket().sameMonthStartShare() <= 0) {
            return;
        }
        for (Employer employer : world.employers) {
            employer.vacancies = Math.max(employer.vacancies, employer.targetStaff - employer.staff() - employer.promisedHires);
        }
    }

    /**
     * Whether the hire of someone out of work for {@code employer}'s vacancy in {@code slot} this
     * month starts at once: a keyed draw by employer, month and slot (common random numbers).
     */
    static boolean startsAtOnce(World world, Employer employer, int slot) {
        double share = world.scenario.labourMarket().sameMonthStartShare();
        return share > 0 && world.streams.keyed(Stream.HIRE_STARTS, employer.id(), world.month, slot) < share;
    }

    /**
     * A young person out of work just promised a post at {@code employer} in vacancy {@code slot}
     * starts it this month if the draw says so ({@link #startsAtOnce}).
     */
    static void young(World world, YoungPerson person, Employer employer, int slot) {
        if ((person.status == Status.UNEMPLOYED || person.status == Status.INFORMAL) && startsAtOnce(world, employer, slot)) {
            JobStarts.startPromised(world, person);
        }
    }

    /**
     * An adult out of work just hired by {@code employer} for vacancy {@code slot} starts this
     * month if the draw says so, instead of among next month's adult starters.
     */
    static void adult(World world, Employer employer, int slot) {
        if (startsAtOnce(world, employer, slot)) {
            employer.adultStarters--;
            employer.promisedHires--;
            employer.adultStaff++;
            world.adults.startedAtOnce();
        }
    }
}
