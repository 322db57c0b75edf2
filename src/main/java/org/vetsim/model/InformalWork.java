package org.vetsim.model;

/**
 * The choice of a young person out of work to work informally ({@link org.vetsim.scenario.InformalWork}):
 * own-account or family work, day labour, without a post at a modelled employer. Informal work is
 * one of the options of a month out of a post ({@link OutOfPostChoice}), weighed there against
 * every other; this step, after the month's separations, gives one who left a post after that
 * choice (quit or dismissed this month) the choice between informal work and searching or resting
 * at once. It looks only at those who left a post this month ({@code leftWorkMonth}): anyone else
 * out of work has just made the month's choice, which this one would repeat. Both compare, in skilled-wage
 * months a month:
 * <ul>
 * <li>informal work: its earnings, which take the time they would value outside work, plus, if
 * searching for a post still pays, what search adds at the informal worker's search intensity
 * ({@link #searchOption}: the stationary value of that much search over the better of informal
 * work and time outside work, solved as in {@link ParticipationChoice#outOfWorkFlow}; no allowance,
 * which is paid to job seekers out of work only);</li>
 * <li>being out of work: the value of time outside work (a mother's care included) and, if
 * searching pays, what full-time search adds ({@link ParticipationChoice#outOfWorkFlow}).</li>
 * </ul>
 * The larger wins: informal work beats rest when earnings plus the part-time search option beat the
 * reservation value, and beats full-time search when earnings less the reservation value beat the
 * search option given up. An informal worker chooses again each month, so they stop when it no
 * longer pays or something else pays more. Entry is
 * open only to those with a way into informal work of their own (a household plot, a family
 * business, a place at a day-labour muster or in a trade: {@code access_share}, a lasting keyed draw
 * per person, common to arms); for them it is free: no capacity, no screening, no fee; nothing is
 * learnt (an assumption). An informal worker
 * for whom search pays looks for a post in a month with the search intensity (a keyed draw by
 * person and month, common to arms), and one hired starts the post as a job seeker out of work
 * does ({@link JobStarts}). Switched off ({@code earnings} 0), it draws nothing and changes nothing.
 */
final class InformalWork implements PersonStep {
    /** Key of a person's lasting access draw: month slot -1, which no month uses. */
    private static final int ACCESS_KEY = -1;

    private org.vetsim.scenario.InformalWork settings;

    @Override
    public void begin(World world) {
        settings = world.scenario.labourMarket().informalWork();
    }

    @Override
    public void apply(World world, YoungPerson person) {
        if (settings.inForce() && person.leftWorkMonth == world.month && chooses(world, person)
                && OutOfPostChoice.informalValue(world, person) > OutOfPostChoice.homeValue(world, person)) {
            take(world, person);
        }
    }

    /**
     * {@code person} works informally this month, and, where search for a post still pays
     * ({@link #searchOption}), looks for one with the search intensity (a keyed draw by person and
     * month, common to arms).
     */
    static void take(World world, YoungPerson person) {
        person.setStatus(Status.INFORMAL);
        person.searchingFromInformal = searchOption(world, person) > 0
                && world.streams.keyed(Stream.INFORMAL_WORK, person.id(), world.month, 0)
                < world.scenario.labourMarket().informalWork().searchIntensity();
    }

    /**
     * Whether {@code person} weighs informal work in this step: out of work after the month's
     * separations (an informal worker is one no longer), free to choose, neither preparing for the
     * entry exam or a re-sitting of the university entrance exam nor studying for a qualification
     * exam, and with a way into informal work.
     */
    static boolean chooses(World world, YoungPerson person) {
        return (person.status == Status.UNEMPLOYED || person.status == Status.INACTIVE)
                && LabourMigrationChoice.free(world, person) && !person.preparing && !person.studying && !person.resitPreparing
                && hasAccess(world, person);
    }

    /**
     * Whether {@code person} has a way into informal work of their own (a household plot, a family
     * business, a place at a muster or in a trade): a lasting keyed draw below {@code access_share},
     * the same in every month and every policy arm. Everyone has one at a share of 1.
     */
    static boolean hasAccess(World world, YoungPerson person) {
        double share = world.scenario.labourMarket().informalWork().accessShare();
        return share >= 1.0 || world.streams.keyed(Stream.INFORMAL_WORK, person.id(), ACCESS_KEY, 0) < share;
    }

    /** Informal earnings in skilled-wage months a month; 0 when informal work is off. */
    static double earnings(World world) {
        return world.scenario.labourMarket().informalWork().earnings();
    }

    /**
     * What searching for a post from informal work adds to it a month, in skilled-wage months, at
     * the search intensity s: with the perceived chance p of a post at full intensity, the surplus
     * of the expected wage w over f, the better of informal earnings and the reservation value,
     * and the discounted months J a new job lasts, y = s (p (w − f) J − c) / (1 + s p J), the
     * stationary solution as for a month out of work ({@link ParticipationChoice#outOfWorkFlow}).
     * Negative when search does not pay.
     */
    static double searchOption(World world, YoungPerson person) {
        var market = world.scenario.labourMarket();
        double intensity = market.informalWork().searchIntensity();
        double wage = ParticipationChoice.expectedWage(world, person);
        double floor = Math.max(market.informalWork().earnings(), ParticipationChoice.reservationValue(world, person));
        double chance = intensity * ParticipationChoice.perceivedChance(world, person);
        double months = ParticipationChoice.newJobMonths(world, person);
        return (chance * Math.max(0.0, wage - floor) * months - intensity * market.participation().searchCost() * wage)
                / (1 + chance * months);
    }

    /** What a month of informal work is worth to {@code person}: earnings plus the search option if it pays. */
    static double flow(World world, YoungPerson person) {
        return earnings(world) + Math.max(0.0, searchOption(world, person));
    }
}
