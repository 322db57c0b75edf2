package org.vetsim.model;

import org.vetsim.metrics.Ratio;
import ec.util.MersenneTwisterFast;

import java.util.ArrayList;
import java.util.List;

/**
 * The adults of working age above the youth window, as one aggregate labour force: not agents,
 * but a count of adults employed at each employer ({@link Employer#adultStaff()}) and a count of
 * adults looking for work. Its size is demographic and stays constant: every young person who
 * reaches the exit age in the labour force (employed or searching) joins it, and the same number
 * of adults retire in that month, as in a stationary population where the cohort turning 30
 * replaces the cohort that retires. Employed adults leave their employer at the adult separation
 * rate of its size class ({@link World#adultSeparationRate}): a share of them search from the
 * job ({@link #searchOnJob}) until another employer hires them, and then leave at once
 * ({@link #moverFrom}); the rest leave and search out of work, or leave for inactivity as far as
 * hires from inactivity are owed (below).
 * Searching adults, out of work or from a job, apply for vacancies alongside the young
 * ({@link #isAdultDraw}, {@link #searchesFromJob}) with the skills of the young people who
 * recently reached the exit age ({@link AdultSkills}); those out of work keep theirs until hired
 * or retired ({@link AdultSeekerPool}), so the adults employers pass over stay out of work. An
 * adult hired out of work starts the following month, as a young job seeker does
 * ({@link JobStarts}); until then they count as unemployed (an ILO future starter) but apply for
 * nothing more. An adult who retires or is laid off is one searching from the job with their
 * share of the employer's adult staff.
 *
 * <p>Adults outside the labour force who want a job ({@link #wantingWork}, a constant stock,
 * {@link org.vetsim.scenario.InactiveAdults}) apply beside them with their own intensity and the
 * skills of an adult out of work drawn at random; one hired starts at once. Each such hire is
 * matched by an adult who leaves a job for inactivity, taken from the next month's separations into
 * non-employment ({@link #separated}) or, if those are too few, from the adults out of work
 * ({@link #settleExits}), so the labour force is back at its size before the next month's hiring
 * and the stock outside keeps its own; while hires from it are not yet matched, it is smaller by
 * them.
 *
 * <p>Because the labour force is fixed, adult employment is pulled back within about a year
 * towards the level at which adults' hires match their separations: when the young take more
 * jobs, more adults search and win more vacancies, and the other way round. There is no slowly
 * settling stock of adults (see docs/ODD.md, sections 5 and 7.10).
 */
final class AdultLabourForce {
    private final int labourForce;
    private final AdultSeekerPool seekers = new AdultSeekerPool();
    /** Adults searching from a job until hired elsewhere, at the employers in {@link #moverOrigins}. */
    private int searchingOnJob;
    private final List<Employer> moverOrigins = new ArrayList<>();
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
    /** Adults outside the labour force who want a job and apply for some (constant). */
    private int wantingWork;
    /** Adults hired from inactivity for whom no adult has yet left a job for inactivity. */
    private int exitsOwed;
    private int hiredFromInactivityThisMonth;

    /**
     * @param labourForce adults in the labour force, employed or searching (constant)
     * @param employed adults employed at the start, at most {@code labourForce}
     * @param joinersPerMonth young people expected to reach the exit age a month: as many adults
     *                        retire, which gives the retirement rate assumed until a year of
     *                        retirements has been observed; it also sizes the record of their
     *                        skills ({@link AdultSkills})
     */
    AdultLabourForce(int labourForce, int employed, double joinersPerMonth) {
        if (employed > labourForce || employed < 0) {
            throw new IllegalArgumentException("employed adults " + employed + " outside 0.." + labourForce);
        }
        this.labourForce = labourForce;
        this.seekers.addUnknown(labourForce - employed);
        this.fallbackRetirementRate = labourForce > 0 ? joinersPerMonth / labourForce : 0.0;
        this.skills = new AdultSkills(joinersPerMonth);
    }

    /**
     * Adults in the labour force: its demographic size (constant) plus those hired from inactivity
     * this month for whom an adult has not yet left for inactivity ({@link #settleExits}).
     */
    int labourForce() {
        return labourForce + exitsOwed;
    }

    /** Sets the stock of adults outside the labour force who want a job and apply for some. */
    void wantWork(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("adults wanting work " + count + " below 0");
        }
        wantingWork = count;
    }

    /**
     * Adults outside the labour force who want a job now: the stock of its constant size less those
     * hired from it whom no adult has yet replaced by leaving for inactivity ({@link #settleExits}),
     * so that when exits fall behind (as in the first years of the warm-up, when the young's posts
     * are all vacant and no adult is out of work) the stock outside runs down instead of the labour
     * force growing without bound.
     */
    int wantingWork() {
        return Math.max(0, wantingWork - exitsOwed);
    }

    /**
     * An adult outside the labour force was hired and starts at once: they join the labour force,
     * and one who wants a job takes their place outside it; the next adult to leave a job leaves it
     * for inactivity ({@link #separated}).
     */
    void hiredFromInactivity() {
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
    }

    /**
     * A young person in the labour force reaches the exit age with general skill {@code general}
     * and specific skill {@code specific} in their occupation: one adult more until retirements;
     * one out of work looks for work with those skills.
     */
    void join(boolean employed, double general, double specific) {
        skills.add(general, specific);
        joinedThisMonth++;
        if (!employed) {
            seekers.add(general, specific, month);
        }
    }

    /**
     * Adults still owed to inactivity for last month's hires from it once this month's separations
     * have gone ({@link #separated}) leave it from among the adults out of work, drawn at random (a
     * flow from unemployment to inactivity), so the labour force is back at its size before this
     * month's hiring. Nothing is drawn when nothing is owed.
     */
    void settleExits(MersenneTwisterFast random) {
        if (exitsOwed > 0) {
            exitsOwed -= seekers.removeRandom(random, exitsOwed);
        }
    }

    /**
     * {@code count} adults left an employer (separation or layoff): as many as are owed for hires
     * from inactivity ({@link #hiredFromInactivity}) leave the labour force, the others search out of
     * work, each with the skills of an adult drawn at random ({@link AdultSkills#profile}):
     * separations do not depend on skill.
     */
    void separated(int count, MersenneTwisterFast random, SkillModel model) {
        int toInactivity = Math.min(exitsOwed, count);
        exitsOwed -= toInactivity;
        for (int k = toInactivity; k < count; k++) {
            double[] profile = skills.profile(random, model);
            seekers.add(profile[0], profile[1], month);
        }
    }

    /** {@code count} more adult staff of {@code employer} search from the job, until hired elsewhere. */
    void searchOnJob(Employer employer, int count) {
        if (count <= 0) {
            return;
        }
        if (!employer.moverOrigin) {
            employer.moverOrigin = true;
            moverOrigins.add(employer);
        }
        employer.adultsSearchingOnJob += count;
        searchingOnJob += count;
    }

    /** Adults searching from a job now. */
    int searchingOnJob() {
        return searchingOnJob;
    }

    /**
     * An adult of {@code employer} is laid off: one adult staff fewer, who now searches out of
     * work with the skills of an adult drawn at random. With their share of the adult staff the
     * one laid off was searching from the job ({@link #leave}).
     */
    void laidOff(Employer employer, MersenneTwisterFast random, SkillModel model) {
        leave(employer, 1, random);
        separated(1, random, model);
    }

    /**
     * {@code count} adult staff of {@code employer} leave it (retirements, a layoff), drawn at
     * random among its adult staff: those searching from the job as often as the others (the
     * number of searchers among them is hypergeometric, drawn one by one). Returns how many of
     * them were searching.
     */
    int leave(Employer employer, int count, MersenneTwisterFast random) {
        int searchers = 0;
        for (int k = 0; k < count && employer.adultStaff > 0; k++) {
            if (employer.adultsSearchingOnJob > 0
                    && random.nextDouble() * employer.adultStaff < employer.adultsSearchingOnJob) {
                employer.adultsSearchingOnJob--;
                searchingOnJob--;
                searchers++;
            }
            employer.adultStaff--;
        }
        return searchers;
    }

    /**
     * Whether an adult drawn as applicant for a vacancy of {@code hirer} is one searching from a
     * job at another employer rather than out of work, with their share of the searching adults
     * who could move there, those from a job weighted by {@code onJobIntensity} and those outside
     * the labour force by {@code inactiveIntensity}, by the uniform draw {@code u} in [0, 1). The
     * hirer's own searching staff are left out: they look for a job elsewhere.
     */
    boolean searchesFromJob(double u, Employer hirer, double onJobIntensity, double inactiveIntensity) {
        double elsewhere = onJobIntensity * (searchingOnJob - hirer.adultsSearchingOnJob);
        return elsewhere > 0 && u * (seekers.size() + elsewhere + inactiveIntensity * wantingWork()) < elsewhere;
    }

    /**
     * Whether an adult applicant not searching from a job is one outside the labour force who wants
     * a job rather than one unemployed, with their share weighted by {@code inactiveIntensity}, by
     * the uniform draw {@code u} in [0, 1).
     */
    boolean fromInactivity(double u, double inactiveIntensity) {
        double inactive = inactiveIntensity * wantingWork();
        return inactive > 0 && u * (seekers.size() + inactive) < inactive;
    }

    /**
     * An adult searching from a job has been hired by {@code hirer}: the employer they leave,
     * drawn with the uniform {@code u} in [0, 1) in proportion to the adults searching from each
     * (the hirer's own left out); that employer loses them at once, so the post falls vacant.
     */
    Employer moverFrom(double u, Employer hirer) {
        int elsewhere = searchingOnJob - hirer.adultsSearchingOnJob;
        if (elsewhere <= 0) {
            throw new IllegalStateException("no adult searches from a job elsewhere");
        }
        int pick = Math.min(elsewhere - 1, (int) (u * elsewhere));
        for (Employer origin : moverOrigins) {
            if (origin == hirer) {
                continue;
            }
            pick -= origin.adultsSearchingOnJob;
            if (pick < 0) {
                origin.adultsSearchingOnJob--;
                origin.adultStaff--;
                searchingOnJob--;
                return origin;
            }
        }
        throw new IllegalStateException("adults searching from a job not found at their employers");
    }

    /** Drops the employers at which no adult searches from a job any longer from the list of origins. */
    void tidyOrigins() {
        moverOrigins.removeIf(origin -> {
            origin.moverOrigin = origin.adultsSearchingOnJob > 0;
            return !origin.moverOrigin;
        });
    }

    /** The adult out of work {@code seeker} was hired: they stop searching and start next month ({@link #started}). */
    void hired(int seeker) {
        lastHireOutOfWorkLastMonth = seekers.since(seeker) < month;
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
        double adults = searchIntensity * (seekers.size() + onJobIntensity * (searchingOnJob - hirer.adultsSearchingOnJob)
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
     * Expected productivity over the hiring horizon of the adult out of work {@code seeker}
     * applying for a vacancy, in their own occupation or, with the cross-occupation share,
     * another ({@link AdultSkills#applicantProductivity}); one without a known past is drawn afresh.
     */
    double seekerProductivity(int seeker, MersenneTwisterFast random, SkillModel model, double crossShare, int horizon) {
        if (seekers.unknown(seeker)) {
            return skills.applicantProductivity(random, model, crossShare, horizon);
        }
        return AdultSkills.applicantProductivity(random, model, seekers.general(seeker), seekers.specific(seeker), crossShare, horizon);
    }

    /**
     * Mean and variance of the productivity of the adults out of work as applicants: employers'
     * prior for an adult applicant without a job (those without a known past count with the
     * adults' distribution).
     */
    double[] seekerMoments(SkillModel model, double crossShare, int horizon) {
        return seekerMomentsByGap(model, crossShare, horizon, Integer.MAX_VALUE)[0];
    }

    /**
     * In one pass over the adults out of work, {@link #seekerMoments(SkillModel, double, int)} of all
     * of them, of those who have looked for work less than {@code months} and of those who have
     * looked {@code months} or more: employers' priors for an adult applicant out of work, whose gap
     * they see as long or not ({@code labour_market.long_gap_months}). A group of fewer than two is
     * null (all of them: the adults' moments).
     */
    double[][] seekerMomentsByGap(SkillModel model, double crossShare, int horizon, int months) {
        double[] adults = skills.moments(model, crossShare, horizon);
        AdultSkills.Mixture all = new AdultSkills.Mixture(crossShare);
        AdultSkills.Mixture[] groups = {new AdultSkills.Mixture(crossShare), new AdultSkills.Mixture(crossShare)};
        int[] unknown = new int[2];
        int[] members = new int[2];
        for (int i = 0; i < seekers.size(); i++) {
            int group = lookingAtLeast(i, months) ? 1 : 0;
            members[group]++;
            if (seekers.unknown(i)) {
                unknown[group]++;
            } else {
                double own = model.expectedProductivity(seekers.general(i), seekers.specific(i), horizon);
                double other = model.expectedProductivity(seekers.general(i), 0.0, horizon);
                all.add(own, other);
                groups[group].add(own, other);
            }
        }
        double[][] moments = new double[3][];
        if (seekers.size() < 2) {
            moments[0] = adults;
        } else {
            all.addGroup(unknown[0] + unknown[1], adults[0], adults[1]);
            moments[0] = all.moments(seekers.size());
        }
        for (int group = 0; group < 2; group++) {
            if (members[group] >= 2) {
                groups[group].addGroup(unknown[group], adults[0], adults[1]);
                moments[1 + group] = groups[group].moments(members[group]);
            }
        }
        return moments;
    }

    /** Whether the adult out of work {@code seeker} has looked for work {@code months} or more. */
    boolean lookingAtLeast(int seeker, int months) {
        return month - seekers.since(seeker) >= months;
    }
}
