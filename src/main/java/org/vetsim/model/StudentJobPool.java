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
    /** Side jobs per young person times the young people at the start: the pool at a demand index of 1. */
    private double basePosts;
    /** This month's counts, as the students are visited (searchers hired or not); last month's until the month begins. */
    private int holders;
    private int searchers;
    private int hires;
    private int open;
    private double chance;
    /**
     * The seasonal posts of this month's pool ({@link #seasonalCapacity}): students holding them do
     * not take jobs from employers.
     */
    private int seasonalPosts;
    /**
     * Last month's holders who held their side job only for the vacation: when classes resume they
     * give it up, so their posts open to term searchers in the first month of term.
     */
    private int vacationOnlyHolders;
    private final TrailingWindow findingWindow = new TrailingWindow(12);

    void setBasePosts(double posts) {
        basePosts = posts;
    }

    /**
     * The share of the month's jobs left to employers: one less the side jobs students held last
     * month over all the jobs at this month's demand ({@link World#trendJobs} times the demand
     * index); exactly 1 while side jobs are off or no student works, so a
     * switched-off pool changes nothing. Seasonal posts are added for the vacation, not taken from
     * employers, and the jobs held only for the vacation are given up when classes resume, so
     * neither is counted.
     */
    double employerShare(World world) {
        double jobs = world.trendJobs * world.demandIndex;
        if (!world.scenario.labourMarket().studentJobs().inForce() || holders == 0 || jobs <= 0) {
            return 1.0;
        }
        int seasonal = inAnyVacation(world) ? seasonalPosts : vacationOnlyHolders;
        return Math.max(0.0, 1.0 - Math.max(0, holders - seasonal) / jobs);
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
        findingWindow.push(hires, searchers);
        seasonalPosts = seasonalCapacity(world);
        boolean vacation = seasonalPosts > 0 || inAnyVacation(world);
        open = Math.max(0, capacity(world) - (vacation ? holders : holders - vacationOnlyHolders));
        double contact = world.scenario.labourMarket().studentJobs().findingRate();
        chance = searchers > 0 ? Math.min(contact, (double) open / searchers) : contact;
        holders = 0;
        vacationOnlyHolders = 0;
        searchers = 0;
        hires = 0;
    }

    private static boolean inAnyVacation(World world) {
        var settings = world.scenario.labourMarket().studentJobs();
        int monthOfYear = Math.floorMod(world.month, 12);
        return settings.schoolVacation(monthOfYear) || settings.higherVacation(monthOfYear);
    }

    /** Counts a student who keeps a side job this month, {@code vacationOnly} if only for the vacation. */
    void kept(boolean vacationOnly) {
        holders++;
        vacationOnlyHolders += vacationOnly ? 1 : 0;
    }

    /** Counts a student looking for a side job this month (hired or not). */
    void searched() {
        searchers++;
    }

    /** Whether this month's openings are not yet all taken. */
    boolean hasOpening() {
        return hires < open;
    }

    /** Counts a student hired this month, {@code vacationOnly} if only for the vacation. */
    void hired(boolean vacationOnly) {
        hires++;
        holders++;
        vacationOnlyHolders += vacationOnly ? 1 : 0;
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
