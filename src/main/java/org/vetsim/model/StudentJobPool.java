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
    private final TrailingWindow findingWindow = new TrailingWindow(12);

    void setBasePosts(double posts) {
        basePosts = posts;
    }

    /**
     * The share of the month's jobs left to employers: one less the side jobs students held last
     * month over all the jobs at this month's demand ({@link World#trendJobs} times the demand
     * index); exactly 1 while side jobs are off or no student works, so a
     * switched-off pool changes nothing.
     */
    double employerShare(World world) {
        double jobs = world.trendJobs * world.demandIndex;
        if (!world.scenario.labourMarket().studentJobs().inForce() || holders == 0 || jobs <= 0) {
            return 1.0;
        }
        return Math.max(0.0, 1.0 - holders / jobs);
    }

    /** Posts in the pool this month: the base times the demand index, whole. */
    int capacity(World world) {
        return (int) Math.round(basePosts * Math.max(0.0, world.demandIndex));
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
        open = Math.max(0, capacity(world) - holders);
        double contact = world.scenario.labourMarket().studentJobs().findingRate();
        chance = searchers > 0 ? Math.min(contact, (double) open / searchers) : contact;
        holders = 0;
        searchers = 0;
        hires = 0;
    }

    /** Counts a student who keeps a side job this month. */
    void kept() {
        holders++;
    }

    /** Counts a student looking for a side job this month (hired or not). */
    void searched() {
        searchers++;
    }

    /** Whether this month's openings are not yet all taken. */
    boolean hasOpening() {
        return hires < open;
    }

    /** Counts a student hired this month. */
    void hired() {
        hires++;
        holders++;
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
