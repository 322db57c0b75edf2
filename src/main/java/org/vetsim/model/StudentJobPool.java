package org.vetsim.model;

/**
 * The side jobs open to students ({@link StudentJobs}): at most a number of heads, without
 * employers, that moves with labour demand. The posts students hold are part of the jobs employers
 * would fill: each month employers' demand is cut by the share of the jobs students held the month
 * before ({@link #employerShare}), so a side job no student wants stays with the employers, who
 * fill it as any post (part-time shop and restaurant work goes to whoever takes it). The pool
 * remembers how many students held one and looked for one in the last month, from which this
 * month's openings (the pool less last month's holders) and a searcher's chance of a hire follow
 * (the openings over last month's searchers, at most the side jobs' own finding rate), and
 * the share of searchers hired over the last year, which is what students expect.
 */
final class StudentJobPool {
    /** A side job held in term, or one that pays in term too. */
    static final int TERM = -1;
    /** A side job a pupil of the general track or of school-based VET holds only for the school vacation. */
    static final int SCHOOL = 0;
    /** A side job a student of higher education holds only for the university vacation. */
    static final int HIGHER = 1;
    /** Side jobs per young person times the young people at the start: the pool at a demand index of 1. */
    private double basePosts;
    /** This month's counts, as the students are visited (searchers hired or not); last month's until the month begins. */
    private int holders;
    private int searchers;
    private int hires;
    private int open;
    private double chance;
    /** Last month's term posts ({@link #termCapacity}): in a vacation, students take no more than these from employers. */
    private int lastTermPosts;
    /**
     * Last month's holders who held their side job only for the vacation, pupils' ({@link #SCHOOL})
     * and students' ({@link #HIGHER}): when their classes resume they give it up, so their posts
     * open to term searchers and return to employers in the first month of their term.
     */
    private final int[] vacationOnlyHolders = new int[2];
    /**
     * Side jobs lined up before a vacation for pupils ({@link #SCHOOL}) and students ({@link #HIGHER})
     * that start when their vacation begins: reserved out of that month's openings.
     */
    private final int[] linedUp = new int[2];
    /** Searches ahead of a vacation ({@link StudentJobs#searchesAhead}): this month's counts, last month's until the month begins. */
    private int aheadSearchers;
    private int aheadHires;
    private int aheadOpen;
    private double aheadChance;
    private final TrailingWindow findingWindow = new TrailingWindow(12);

    void setBasePosts(double posts) {
        basePosts = posts;
    }

    /**
     * The share of the month's jobs left to employers: one less the side jobs students held last
     * month over all the jobs at this month's demand ({@link World#trendJobs} times the demand
     * index); exactly 1 while side jobs are off or no student works, so a
     * switched-off pool changes nothing. Seasonal posts are added for the vacation, not taken from
     * employers (in a vacation students take at most last month's term posts from them), and the
     * jobs held only for a vacation that is over are given up, so they are not counted.
     */
    double employerShare(World world) {
        double jobs = world.trendJobs * world.demandIndex;
        if (!world.scenario.labourMarket().studentJobs().inForce() || holders == 0 || jobs <= 0) {
            return 1.0;
        }
        int taken = holders - endedVacationOnly(world);
        if (inAnyVacation(world)) {
            taken = Math.min(taken, lastTermPosts);
        }
        return Math.max(0.0, 1.0 - Math.max(0, taken) / jobs);
    }

    /**
     * Posts in the pool this month: the base times the demand index, and times
     * {@code vacation_posts_factor} in a month in which pupils or students are on vacation, whole.
     */
    int capacity(World world) {
        return termCapacity(world) + seasonalCapacity(world);
    }

    /** Posts in the pool outside the vacations: the base times the demand index, whole. */
    private int termCapacity(World world) {
        return (int) Math.round(basePosts * Math.max(0.0, world.demandIndex));
    }

    /**
     * The vacation's extra posts this month (0 outside it): seasonal work employers add for the
     * summer, on top of their demand rather than taken from it.
     */
    private int seasonalCapacity(World world) {
        var settings = world.scenario.labourMarket().studentJobs();
        int monthOfYear = Math.floorMod(world.month, 12);
        if (!settings.schoolVacation(monthOfYear) && !settings.higherVacation(monthOfYear)) {
            return 0;
        }
        int all = (int) Math.round(basePosts * settings.vacationPostsFactor() * Math.max(0.0, world.demandIndex));
        return Math.max(0, all - termCapacity(world));
    }

    /**
     * Starts the month: last month's counts become the basis for this month's openings (the pool
     * less last month's holders) and a searcher's chance of a hire (openings over last month's
     * searchers, at most {@code student_jobs.finding_rate}: a student finds a side job at most that
     * fast, however many are open, since finding an employer with an opening takes time for them
     * too; part-time casual work is found faster than a career post, so the young job seekers' own
     * finding rate is no measure of it).
     */
    void beginMonth(World world) {
        findingWindow.push(hires + aheadHires, searchers + aheadSearchers);
        lastTermPosts = termCapacity(world);
        int staying = holders - endedVacationOnly(world);
        open = Math.max(0, capacity(world) - staying - startingLinedUp(world));
        double contact = world.scenario.labourMarket().studentJobs().findingRate();
        chance = searchers > 0 ? Math.min(contact, (double) open / searchers) : contact;
        aheadOpen = Math.max(0, vacationCapacity(world) - staying - linedUp[SCHOOL] - linedUp[HIGHER]);
        aheadChance = aheadSearchers > 0 ? Math.min(contact, (double) aheadOpen / aheadSearchers) : contact;
        holders = 0;
        vacationOnlyHolders[SCHOOL] = 0;
        vacationOnlyHolders[HIGHER] = 0;
        searchers = 0;
        hires = 0;
        aheadSearchers = 0;
        aheadHires = 0;
    }

    /**
     * The side jobs lined up for a vacation that begins this month, which their holders take up
     * ({@link StudentJobs}): no longer counted as lined up.
     */
    private int startingLinedUp(World world) {
        var settings = world.scenario.labourMarket().studentJobs();
        int monthOfYear = Math.floorMod(world.month, 12);
        int starting = 0;
        if (settings.schoolVacationMonths() == 0 || monthOfYear == settings.schoolVacationStart()) {
            starting += settings.schoolVacationMonths() > 0 ? linedUp[SCHOOL] : 0;
            linedUp[SCHOOL] = 0;
        }
        if (settings.higherVacationMonths() == 0 || monthOfYear == settings.higherVacationStart()) {
            starting += settings.higherVacationMonths() > 0 ? linedUp[HIGHER] : 0;
            linedUp[HIGHER] = 0;
        }
        return starting;
    }

    /** Posts in the pool in a vacation month at this month's demand: the base times {@code vacation_posts_factor}, whole. */
    private int vacationCapacity(World world) {
        var settings = world.scenario.labourMarket().studentJobs();
        return (int) Math.round(basePosts * settings.vacationPostsFactor() * Math.max(0.0, world.demandIndex));
    }

    /** Last month's holders of jobs held only for a vacation that is over this month. */
    private int endedVacationOnly(World world) {
        var settings = world.scenario.labourMarket().studentJobs();
        int monthOfYear = Math.floorMod(world.month, 12);
        return (settings.schoolVacation(monthOfYear) ? 0 : vacationOnlyHolders[SCHOOL])
                + (settings.higherVacation(monthOfYear) ? 0 : vacationOnlyHolders[HIGHER]);
    }

    private static boolean inAnyVacation(World world) {
        var settings = world.scenario.labourMarket().studentJobs();
        int monthOfYear = Math.floorMod(world.month, 12);
        return settings.schoolVacation(monthOfYear) || settings.higherVacation(monthOfYear);
    }

    /** Counts a student who keeps a side job this month, held only for the vacation of {@code group} ({@link #TERM}: not). */
    void kept(int group) {
        holders++;
        if (group != TERM) {
            vacationOnlyHolders[group]++;
        }
    }

    /** Counts a student looking for a side job this month (hired or not). */
    void searched() {
        searchers++;
    }

    /** Whether this month's openings are not yet all taken. */
    boolean hasOpening() {
        return hires < open;
    }

    /** Counts a student hired this month, held only for the vacation of {@code group} ({@link #TERM}: not). */
    void hired(int group) {
        hires++;
        kept(group);
    }

    /** Counts a student looking this month for a job for their coming vacation (found or not). */
    void searchedAhead() {
        aheadSearchers++;
    }

    /** Whether jobs for the coming vacations are still to be had this month: the vacation's posts not yet held or lined up. */
    boolean hasAheadOpening() {
        return aheadHires < aheadOpen;
    }

    /** Counts a side job lined up this month for the coming vacation of {@code group} ({@link #SCHOOL} or {@link #HIGHER}). */
    void linedUp(int group) {
        aheadHires++;
        linedUp[group]++;
    }

    /** A job lined up for the vacation of {@code group} that will not be taken up: its holder left education first. */
    void cancelLinedUp(int group) {
        linedUp[group] = Math.max(0, linedUp[group] - 1);
    }

    /** The chance of lining up a job for the coming vacation this month: its openings over last month's searchers ahead, at most the finding rate. */
    double aheadChance() {
        return aheadChance;
    }

    /** A searcher's chance of a hire this month. */
    double chance() {
        return chance;
    }

    /**
     * The share of those looking for a side job who found one over the last year, what students
     * expect; {@link ParticipationChoice#STARTING_RATE} before anyone has looked.
     */
    double findingRate() {
        return findingWindow.denominatorSum() > 0 ? findingWindow.ratio() : ParticipationChoice.STARTING_RATE;
    }
}
