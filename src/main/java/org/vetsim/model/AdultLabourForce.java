package org.vetsim.model;

import org.vetsim.metrics.Ratio;
import ec.util.MersenneTwisterFast;

/**
 * The adults of working age above the youth window, as one aggregate labour force: not agents,
 * but a count of adults employed at each employer ({@link Employer#adultStaff()}) and a count of
 * adults looking for work. Its size is demographic and stays constant: every young person who
 * reaches the exit age in the labour force (employed or searching) joins it, and the same number
 * of adults retire in that month, as in a stationary population where the cohort turning 30
 * replaces the cohort that retires. Employed adults leave their employer at the adult separation
 * rate of its size class ({@link World#adultSeparationRate}): a share of them search from the
 * job ({@link #searchOnJob}, {@link AdultMovers}) until another employer hires them, and then leave at once
 * ({@link #moverFrom}); the rest leave and search out of work, or leave for inactivity as far as
 * hires from inactivity are owed (below).
 * Searching adults, out of work or from a job, apply for vacancies alongside the young
 * ({@link #isAdultDraw}, {@link #searchesFromJob}) with the skills of the young people who
 * recently reached the exit age ({@link AdultSkills}); those out of work keep theirs until hired
 * or retired, less the share each month out of work costs ({@code labour_market.out_of_work_skill_loss},
 * {@link AdultSeekerPool#retained}), so the adults employers pass over stay out of work. An
 * adult hired out of work starts the following month, as a young job seeker does
 * ({@link JobStarts}); until then they count as unemployed (an ILO future starter) but apply for
 * nothing more. An adult who retires or is laid off is one searching from the job with their
 * share of the employer's adult staff.
 *
 * <p>Adults outside the labour force who want a job ({@link #wantingWork}, a stock of constant size,
 * {@link org.vetsim.scenario.InactiveAdults}) apply beside them with their own intensity, each with
 * their own skills and the month they last left a job, as the adults out of work (those there at
 * the start without a known past); one hired starts at once. Each such hire is matched by an adult
 * who leaves a job for inactivity, taken from the next month's separations into non-employment
 * ({@link #separated}) or, if too few, from the adults out of work ({@link #settleExits}), so the
 * labour force is back at its size before the next month's hiring and the stock outside keeps its
 * own; while hires from it are not yet matched, it is smaller by them. Adults out of work also stop
 * looking for a while ({@link #pauseSearch}): each month some join the stock outside and as many of
 * it come back to looking, with the gap since their last job but a new spell of search.
 *
 * <p>Because the labour force is fixed, adult employment is pulled back within about a year
 * towards the level at which adults' hires match their separations: when the young take more
 * jobs, more adults search and win more vacancies, and the other way round. There is no slowly
 * settling stock of adults (see docs/ODD.md, sections 5 and 7.10).
 */
final class AdultLabourForce {
    private final int labourForce;
    private final AdultSeekerPool seekers = new AdultSeekerPool();
    /** Adults searching from a job until hired elsewhere, and the employers they search from. */
    private final AdultMovers movers = new AdultMovers();
    /** Adults hired this month who start next month. */
    private int starters;
    private int joinedThisMonth;
    private final TrailingWindow retirements = new TrailingWindow(12);
    private final double fallbackRetirementRate;
    private final AdultSkills skills;
    private int month;
    /** Adults out of work who started a job this month, and adults without work at the end of last month. */
    private int startedThisMonth;
    /** Whether the adult hired last ({@link #hired}) had been out of work since before this month. */
    private boolean lastHireOutOfWorkLastMonth;
    private int unemployedLastMonth;
    /** Adults outside the labour force who want a job and apply for some (of constant size but for unmatched hires from it). */
    private final AdultSeekerPool wanting = new AdultSeekerPool();
    /** Adults hired from inactivity for whom no adult has yet left a job for inactivity. */
    private int exitsOwed;
    private int hiredFromInactivityThisMonth;
    /** Adults out of work at the end of last month who left the labour force this month. */
    private int leftSearchThisMonth;

    /**
     * @param labourForce adults in the labour force, employed or searching (constant)
     * @param employed adults employed at the start, at most {@code labourForce}
     * @param joinersPerMonth young people expected to reach the exit age a month: as many adults
     *                        retire, which gives the retirement rate assumed until a year of
     *                        retirements has been observed; it also sizes the record of their
     *                        skills ({@link AdultSkills})
     */
    AdultLabourForce(int labourForce, int employed, double joinersPerMonth) {
        this(labourForce, employed, joinersPerMonth, -1.0);
    }

    /**
     * As {@link #AdultLabourForce(int, int, double)}, with the adults' skills drawn so that they hold
     * {@code unqualifiedShare} without a vocational certificate or a degree (negative: as the young
     * who reached the exit age hold; {@link AdultSkills}).
     */
    AdultLabourForce(int labourForce, int employed, double joinersPerMonth, double unqualifiedShare) {
        if (employed > labourForce || employed < 0) {
            throw new IllegalArgumentException("employed adults " + employed + " outside 0.." + labourForce);
        }
        this.labourForce = labourForce;
        this.seekers.addUnknown(labourForce - employed);
        this.fallbackRetirementRate = labourForce > 0 ? joinersPerMonth / labourForce : 0.0;
        this.skills = new AdultSkills(joinersPerMonth, unqualifiedShare);
    }

    /**
     * Adults in the labour force: its demographic size (constant) plus those hired from inactivity
     * this month for whom an adult has not yet left for inactivity ({@link #settleExits}).
     */
    int labourForce() {
        return labourForce + exitsOwed;
    }

    /**
     * Sets the stock of adults outside the labour force who want a job and apply for some, at the
     * start: {@code count} adults without a known past ({@link AdultSeekerPool#addUnknown}).
     */
    void wantWork(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("adults wanting work " + count + " below 0");
        }
        if (wanting.size() > 0) {
            throw new IllegalStateException("the adults wanting work are set once, at the start");
        }
        wanting.addUnknown(count);
    }

    /**
     * Adults outside the labour force who want a job now: the stock of its constant size less those
     * hired from it whom no adult has yet replaced by leaving for inactivity ({@link #settleExits}),
     * so that when exits fall behind (as in the first years of the warm-up, when the young's posts
     * are all vacant and no adult is out of work) the stock outside runs down instead of the labour
     * force growing without bound.
     */
    int wantingWork() {
        return wanting.size();
    }

    /** The adults outside the labour force who want a job, with their skills and the month they last left a job. */
    AdultSeekerPool wantingPool() {
        return wanting;
    }

    /**
     * The adult outside the labour force {@code member} ({@link #wantingPool}) was hired and starts
     * at once: they join the labour force, and the next adult to leave a job leaves it for
     * inactivity in their place ({@link #separated}).
     */
    void hiredFromInactivity(int member) {
        wanting.remove(member);
        exitsOwed++;
        hiredFromInactivityThisMonth++;
    }

    /** Adults hired straight from inactivity this month. */
    int hiredFromInactivityThisMonth() {
        return hiredFromInactivityThisMonth;
    }

    /**
     * Adults hired straight from inactivity this month over them and the adults who started a job
     * this month after being out of work at the end of last month (the surveys' N->E over N->E plus
     * U->E; NaN when neither).
     */
    double inactivityHireShare() {
        return Ratio.of(hiredFromInactivityThisMonth, hiredFromInactivityThisMonth + startedThisMonth);
    }

    /** Adults looking for work out of work now. */
    int seekers() {
        return seekers.size();
    }

    /** The adults out of work looking for it, with their skills. */
    AdultSeekerPool seekerPool() {
        return seekers;
    }

    /** Adults without work: those looking and those hired who start next month. */
    int unemployed() {
        return seekers.size() + starters;
    }

    /**
     * A new month begins, before anyone hired last month starts: the month in which seekers start
     * looking from now on, and the adults without work now (at the end of last month) are this
     * month's base of {@link #jobFindingRate}.
     */
    void startMonth(int now) {
        month = now;
        unemployedLastMonth = unemployed();
        startedThisMonth = 0;
        hiredFromInactivityThisMonth = 0;
        leftSearchThisMonth = 0;
    }

    /**
     * A young person in the labour force reaches the exit age with general skill {@code general}
     * and specific skill {@code specific} in their occupation: one adult more until retirements;
     * one out of work looks for work with those skills; with the qualification {@code qualification}
     * ({@link AdultQualification}).
     */
    void join(boolean employed, double general, double specific, byte qualification) {
        if (!employed) {
            joinOutOfWork(general, specific, qualification, month);
            return;
        }
        skills.add(general, specific, qualification);
        joinedThisMonth++;
    }

    /**
     * A young person out of work since {@code outOfWorkSince} reaches the exit age with these skills
     * ({@link #join}): one adult more until retirements, looking for work with the gap since then on
     * their record; the surveys' count of their search starts now (the model keeps no record of when
     * a young person's current search began), and so does their skill loss out of work
     * ({@link AdultSeekerPool#retained}: the young's skills have their own dynamics).
     */
    void joinOutOfWork(double general, double specific, byte qualification, int outOfWorkSince) {
        skills.add(general, specific, qualification);
        joinedThisMonth++;
        seekers.add(general, specific, Math.min(outOfWorkSince, month), month, month, qualification);
    }

    /**
     * Adults still owed to inactivity for last month's hires from it once this month's separations
     * have gone ({@link #separated}) leave it from among the adults out of work, drawn at random (a
     * flow from unemployment to inactivity), and join those outside who want a job, so the labour
     * force is back at its size before this month's hiring. Nothing is drawn when nothing is owed.
     */
    void settleExits(MersenneTwisterFast random) {
        if (exitsOwed > 0) {
            int unemployedBefore = seekers.searchingBefore(month);
            exitsOwed -= seekers.transferRandom(random, exitsOwed, wanting, month);
            leftSearchThisMonth += unemployedBefore - seekers.searchingBefore(month);
        }
    }

    /**
     * Adults out of work stop looking for a while: {@code rate} is the surveys' month-to-month flow
     * from unemployment to inactivity, over all the adults without work at the end of last month,
     * those hired then who start now included, who do not stop looking; so each adult looking since
     * before this month stops with the probability that gives that flow ({@code rate} times last
     * month's adults without work over those looking since before this month, at most 1), and joins
     * the adults outside the labour force who want a job. As many of those outside since before
     * this month, drawn at random before them, come back to looking (the flow from inactivity to
     * unemployment), so neither stock changes size; if fewer are outside than pause, only as many
     * pause. Those who come back keep the gap since their last job, which employers see, and start
     * a new spell of search, from which the surveys count their time unemployed. Nothing is drawn
     * when the rate is 0 or no one outside wants a job.
     */
    void pauseSearch(MersenneTwisterFast random, double rate) {
        if (rate <= 0 || wanting.size() == 0 || seekers.size() == 0) {
            return;
        }
        int eligible = seekers.searchingBefore(month);
        if (eligible == 0) {
            return;
        }
        double hazard = Math.min(1.0, rate * unemployedLastMonth / eligible);
        int pausing = Math.min(wanting.searchingBefore(month), Draws.binomial(random, eligible, hazard));
        if (pausing == 0) {
            return;
        }
        AdultSeekerPool returning = new AdultSeekerPool();
        wanting.transferRandomBefore(random, pausing, returning, month);
        seekers.transferRandomBefore(random, pausing, wanting, month);
        returning.transferRandom(random, pausing, seekers, month);
        leftSearchThisMonth += pausing;
    }

    /**
     * Adults looking for work since before this month who left the labour force this month
     * ({@link #pauseSearch}, {@link #settleExits}) over the adults without work at the end of last
     * month (the surveys' U->N; NaN when none were out of work).
     */
    double leftSearchRate() {
        return Ratio.of(leftSearchThisMonth, unemployedLastMonth);
    }

    /**
     * {@code count} adults left an employer (separation or layoff): as many as are owed for hires
     * from inactivity ({@link #hiredFromInactivity}) leave the labour force, the others search out of
     * work, each with the skills of an adult drawn from the adults' profiles, those without a
     * vocational certificate or a degree weighted by {@code unqualifiedRatio}
     * ({@link AdultSkills#leaverProfile}; {@code labour_market.adult_unqualified_job_loss_ratio}):
     * separations do not depend on skill beyond that.
     */
    void separated(int count, MersenneTwisterFast random, SkillModel model, double unqualifiedRatio) {
        int toInactivity = Math.min(exitsOwed, count);
        exitsOwed -= toInactivity;
        for (int k = 0; k < count; k++) {
            double[] profile = skills.leaverProfile(random, model, unqualifiedRatio);
            (k < toInactivity ? wanting : seekers).add(profile[0], profile[1], month, month, (byte) profile[2]);
        }
    }

    /** {@code count} more adult staff of {@code employer} search from the job, until hired elsewhere ({@link AdultMovers#add}). */
    void searchOnJob(Employer employer, int count) {
        movers.add(employer, count);
    }

    /** Adults searching from a job now. */
    int searchingOnJob() {
        return movers.count();
    }

    /**
     * An adult of {@code employer} is laid off: one adult staff fewer, who now searches out of
     * work with the skills of an adult drawn as for separations ({@link #separated}). With their share of the adult staff the
     * one laid off was searching from the job ({@link #leave}).
     */
    void laidOff(Employer employer, MersenneTwisterFast random, SkillModel model, double unqualifiedRatio) {
        leave(employer, 1, random);
        separated(1, random, model, unqualifiedRatio);
    }

    /** {@code count} adult staff of {@code employer} leave it (retirements, a layoff; {@link AdultMovers#leave}); returns how many were searching. */
    int leave(Employer employer, int count, MersenneTwisterFast random) {
        return movers.leave(employer, count, random);
    }

    /**
     * Whether an adult drawn as applicant for a vacancy of {@code hirer} is one searching from a
     * job at another employer rather than out of work, with their share of the searching adults
     * who could move there, those from a job weighted by {@code onJobIntensity} and those outside
     * the labour force by {@code inactiveIntensity}, by the uniform draw {@code u} in [0, 1). The
     * hirer's own searching staff are left out: they look for a job elsewhere.
     */
    boolean searchesFromJob(double u, Employer hirer, double onJobIntensity, double inactiveIntensity) {
        double elsewhere = onJobIntensity * movers.elsewhere(hirer);
        return elsewhere > 0 && u * (seekers.size() + elsewhere + inactiveIntensity * wantingWork()) < elsewhere;
    }

    /**
     * Whether an adult applicant not searching from a job is one outside the labour force who wants
     * a job rather than one unemployed, with their share weighted by {@code inactiveIntensity}, by
     * the uniform draw {@code u} in [0, 1).
     */
    boolean fromInactivity(double u, double inactiveIntensity) {
        double inactive = inactiveIntensity * wanting.size();
        return inactive > 0 && u * (seekers.size() + inactive) < inactive;
    }

    /** An adult searching from a job has been hired by {@code hirer}: the employer they leave at once ({@link AdultMovers#leaveFor}). */
    Employer moverFrom(double u, Employer hirer) {
        return movers.leaveFor(u, hirer);
    }

    /** Drops the employers at which no adult searches from a job any longer from the list of origins. */
    void tidyOrigins() {
        movers.tidy();
    }

    /** The adult out of work {@code seeker} was hired: they stop searching and start next month ({@link #started}). */
    void hired(int seeker) {
        lastHireOutOfWorkLastMonth = seekers.searchingSince(seeker) < month;
        seekers.remove(seeker);
        starters++;
    }

    /**
     * The adult just hired ({@link #hired}) starts this month ({@link HireStarts}): counted in the
     * month's flow from unemployment only if they were out of work at the end of last month, as
     * the surveys' month-to-month flows count (one who lost a job this month and started another
     * within it never shows as unemployed).
     */
    void startedAtOnce() {
        if (starters < 1) {
            throw new IllegalStateException("no adult hired to start");
        }
        starters--;
        startedThisMonth += lastHireOutOfWorkLastMonth ? 1 : 0;
    }

    /** {@code count} adults hired last month start work. */
    void started(int count) {
        if (count > starters) {
            throw new IllegalStateException(count + " adults starting, only " + starters + " hired");
        }
        starters -= count;
        startedThisMonth += count;
    }

    /**
     * Adults out of work at the end of last month who started a job this month, over those adults
     * (the gross flow from unemployment to employment of labour force surveys; undefined, NaN, when
     * none were out of work).
     */
    double jobFindingRate() {
        return Ratio.of(startedThisMonth, unemployedLastMonth);
    }


    /** Share of the adults without work who have looked for work for {@code months} or more (NaN when none). */
    double lookingAtLeastShare(int months) {
        int without = unemployed();
        return Ratio.of(seekers.lookingAtLeast(months, month), without);
    }

    /**
     * Retirements due this month: as many adults as joined from the youth window since the last
     * call, so that the labour force keeps its size. Returns that number and resets the count.
     */
    int retirementsDue() {
        int due = joinedThisMonth;
        joinedThisMonth = 0;
        retirements.push(due, 1);
        return due;
    }

    /** Searching adults retire: takes {@code count} of them, drawn at random, out (at most all of them). */
    int retireSeekers(int count, MersenneTwisterFast random) {
        return seekers.removeRandom(random, count);
    }

    /** Monthly retirements per adult, over the last 12 months (a structural guess before that). */
    double retirementRate() {
        double months = retirements.denominatorSum();
        if (months < 12) {
            return fallbackRetirementRate;
        }
        return retirements.numeratorSum() / months / labourForce;
    }

    /**
     * Whether one applicant drawn for a vacancy of {@code hirer} is an adult: with probability
     * proportional to the searching adults, out of work or from a job at another employer (those
     * from a job weighted by {@code onJobIntensity}, the applications they send relative to someone
     * without work, and those outside the labour force who want a job by {@code inactiveIntensity}),
     * times the adults' {@code searchIntensity}, against the young job seekers still available,
     * weighted alike ({@code youngSeekers}, {@link SeekerPool#weighted}).
     */
    boolean isAdultDraw(MersenneTwisterFast random, Employer hirer, double youngSeekers, double searchIntensity, double onJobIntensity,
                        double inactiveIntensity) {
        double adults = searchIntensity * (seekers.size() + onJobIntensity * movers.elsewhere(hirer)
                + inactiveIntensity * wantingWork());
        if (adults <= 0) {
            return false;
        }
        return random.nextDouble() * (adults + youngSeekers) < adults;
    }

    /** The skills adult applicants bring ({@link AdultSkills}). */
    AdultSkills skills() {
        return skills;
    }

    /**
     * Expected productivity over the hiring horizon of the adult {@code seeker} of {@code pool} (out
     * of work, or outside the labour force wanting work) applying for a vacancy, in their own
     * occupation or, with the cross-occupation share, another ({@link AdultSkills#applicantProductivity});
     * one without a known past is drawn afresh; one with a known past times the share kept after the
     * months out of work at the monthly {@code loss} ({@link AdultSeekerPool#retained}).
     */
    double applicantProductivity(AdultSeekerPool pool, int seeker, MersenneTwisterFast random, SkillModel model, double crossShare, int horizon,
                                 double loss) {
        if (pool.unknown(seeker)) {
            return skills.applicantProductivity(random, model, crossShare, horizon);
        }
        return AdultSkills.applicantProductivity(random, model, pool.general(seeker), pool.specific(seeker), crossShare, horizon)
                * pool.retained(seeker, month, loss);
    }

    /**
     * In one pass over the adults out of work, and those outside the labour force who want a job
     * weighted by {@code inactiveWeight} (their applications relative to an unemployed adult's), the
     * moments of their productivity as applicants ({@link OutOfWorkMoments#byGap}) of all of them, of
     * those out of work less than {@code months} and of those out of work {@code months} or more, and
     * of the holders of each kind of qualification among each: employers' priors for an adult
     * applicant without a job, whose gap since the last job they see as long or not
     * ({@code labour_market.long_gap_months}) and whose qualification they read as far as they trust
     * it, but whom they cannot tell searching from not; each record's productivity times the share
     * it keeps after its months out of work at the monthly {@code loss}. A group of fewer than two is
     * null (all of them: the adults' moments, without the loss).
     */
    double[][] seekerMomentsByGap(SkillModel model, double crossShare, int horizon, int months, double inactiveWeight, double loss) {
        return OutOfWorkMoments.byGap(skills, model, crossShare, horizon, months, month,
                new AdultSeekerPool[] {seekers, wanting}, new double[] {1.0, inactiveWeight}, loss);
    }

    /** Whether the adult {@code seeker} of {@code pool} has been out of work {@code months} or more: the gap employers see. */
    boolean outOfWorkAtLeast(AdultSeekerPool pool, int seeker, int months) {
        return pool.outOfWorkAtLeast(seeker, months, month);
    }
}
