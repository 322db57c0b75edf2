package org.vetsim.model;

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
 * ({@link #moverFrom}); the rest leave and search out of work.
 * Searching adults, out of work or from a job, apply for vacancies alongside the young
 * ({@link #isAdultDraw}) with the skills of the young people who recently reached the exit age
 * ({@link AdultSkills}). An adult hired out of work starts the following month, as a young job
 * seeker does ({@link JobStarts}); until then they count as unemployed (an ILO future starter)
 * but apply for nothing more.
 *
 * <p>Because the labour force is fixed, adult employment is pulled back within about a year
 * towards the level at which adults' hires match their separations: when the young take more
 * jobs, more adults search and win more vacancies, and the other way round. There is no slowly
 * settling stock of adults (see docs/ODD.md, sections 5 and 7.10).
 */
final class AdultLabourForce {
    private final int labourForce;
    private int seekers;
    /** Adults searching from a job until hired elsewhere, at the employers in {@link #moverOrigins}. */
    private int searchingOnJob;
    private final List<Employer> moverOrigins = new ArrayList<>();
    /** Adults hired this month who start next month. */
    private int starters;
    private int joinedThisMonth;
    private final TrailingWindow retirements = new TrailingWindow(12);
    private final double fallbackRetirementRate;
    private final AdultSkills skills;

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
        this.seekers = labourForce - employed;
        this.fallbackRetirementRate = labourForce > 0 ? joinersPerMonth / labourForce : 0.0;
        this.skills = new AdultSkills(joinersPerMonth);
    }

    /** Adults in the labour force (constant). */
    int labourForce() {
        return labourForce;
    }

    /** Adults looking for work now. */
    int seekers() {
        return seekers;
    }

    /** Adults without work: those looking and those hired who start next month. */
    int unemployed() {
        return seekers + starters;
    }

    /**
     * A young person in the labour force reaches the exit age with general skill {@code general}
     * and specific skill {@code specific} in their occupation: one adult more until retirements.
     */
    void join(boolean employed, double general, double specific) {
        skills.add(general, specific);
        joinedThisMonth++;
        if (!employed) {
            seekers++;
        }
    }

    /** Adults who left an employer (separation or layoff) and now search. */
    void separated(int count) {
        seekers += count;
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
     * work ({@link #staffFell}).
     */
    void laidOff(Employer employer) {
        employer.adultStaff--;
        seekers++;
        staffFell(employer);
    }

    /**
     * The adult staff of {@code employer} fell (retirements, a layoff): if fewer are left than
     * were searching from the job, those who left were searching.
     */
    void staffFell(Employer employer) {
        int gone = employer.adultsSearchingOnJob - employer.adultStaff;
        if (gone > 0) {
            employer.adultsSearchingOnJob -= gone;
            searchingOnJob -= gone;
        }
    }

    /**
     * An adult applicant has been hired by {@code hirer}: whether they were searching from a job
     * at another employer, with that probability among the searching adults who could move there
     * (drawn only while someone elsewhere searches from a job), and if so the employer they leave,
     * drawn in proportion to the adults searching from each; that employer loses them at once, so
     * the post falls vacant. Null for an adult out of work. The hirer's own searching staff are
     * left out: they look for a job elsewhere.
     */
    Employer moverFrom(MersenneTwisterFast random, Employer hirer) {
        int elsewhere = searchingOnJob - hirer.adultsSearchingOnJob;
        if (elsewhere <= 0 || random.nextDouble() * (seekers + elsewhere) >= elsewhere) {
            return null;
        }
        int pick = random.nextInt(elsewhere);
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

    /** A searching adult was hired: they stop searching and start next month ({@link #started}). */
    void hired() {
        if (seekers <= 0) {
            throw new IllegalStateException("no adult seeker left to hire");
        }
        seekers--;
        starters++;
    }

    /** {@code count} adults hired last month start work. */
    void started(int count) {
        if (count > starters) {
            throw new IllegalStateException(count + " adults starting, only " + starters + " hired");
        }
        starters -= count;
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

    /** Searching adults retire: takes {@code count} of them out (at most all of them). */
    int retireSeekers(int count) {
        int taken = Math.min(count, seekers);
        seekers -= taken;
        return taken;
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
     * proportional to the searching adults, out of work or from a job at another employer
     * (weighted by their relative search intensity), against the young job seekers still available.
     */
    boolean isAdultDraw(MersenneTwisterFast random, Employer hirer, int youngSeekers, double searchIntensity) {
        double adults = searchIntensity * (seekers + searchingOnJob - hirer.adultsSearchingOnJob);
        if (adults <= 0) {
            return false;
        }
        return random.nextDouble() * (adults + youngSeekers) < adults;
    }

    /** The skills adult applicants bring ({@link AdultSkills}). */
    AdultSkills skills() {
        return skills;
    }
}
