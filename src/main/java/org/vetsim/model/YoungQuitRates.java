package org.vetsim.model;

import org.vetsim.scenario.LabourMarketSettings;

/**
 * The young employees' monthly quit rates by tenure, qualification and the size of the employer,
 * and what they make of a job's expected length. A young employee quits at a higher rate in the
 * first 12 months with an employer than later ({@code quit_first_year_ratio}; Jovanovic 1979,
 * Farber 1994), with a new hire's mean spell the reciprocal of the mean quit rate by qualification
 * ({@link LabourMarketSettings#quitRate(boolean)}), and more often from a small employer than a
 * large one ({@code young_quit_size_factors}, each class's rate relative to {@code quit_rate}, the young's
 * rate at employers of every size: {@link LabourMarketSettings#youngQuitSizeMultipliers()}; MHLW's
 * separations of new graduates by establishment size, the KEIS Youth Panel's first jobs). Employment ends at the quits that go into
 * unemployment (not the job-to-job share) and the dismissals, so a person valuing a job counts its
 * months in work at these rates: a new job's first year at the first-year rate and the rest at the
 * later one, and a job held past its first year (or a graduate kept by the firm that trained
 * them) at the later rate.
 */
final class YoungQuitRates {
    /** Monthly quit rates in the first year with an employer and later, of the qualified [0] and the unqualified [1]. */
    private final double[] firstYear = new double[2];
    private final double[] later = new double[2];
    /** What each size class multiplies the rates by, in size-class order. */
    private final double[] sizeMultiplier;
    /** The multiplier of a job to be found from out of work. */
    private final double searchMultiplier;
    /** The multiplier of a regular post in the entry exam's segment ({@code entry_exams.regular_quit_factor}). */
    private final double regularMultiplier;
    private final LabourMarketSettings market;

    YoungQuitRates(LabourMarketSettings market) {
        this.market = market;
        this.sizeMultiplier = market.youngQuitSizeMultipliers();
        var exams = market.entryExams();
        double[] adultRates = market.adultSeparationRates();
        double allPosts = adultRates[SizeClass.LARGE.ordinal()];
        double regularShare = allPosts > 0 ? exams.regularPostShare() * exams.regularSeparationRate() / allPosts : 1.0;
        double reachable = SegmentVacancy.reachableShare(exams, regularShare);
        double publicOpening = (exams.enabled() ? reachable : 1.0) * exams.publicJobShare();
        double weighted = publicOpening * sizeMultiplier[SizeClass.LARGE.ordinal()];
        double open = publicOpening;
        double[] jobs = market.privateJobSharesBySize();
        for (SizeClass size : SizeClass.values()) {
            boolean inSegment = exams.enabled() && size.minStaff() >= exams.fromStaff();
            double opening = (inSegment ? reachable : 1.0) * jobs[size.ordinal()];
            weighted += opening * sizeMultiplier[size.ordinal()];
            open += opening;
        }
        boolean alike = java.util.Arrays.stream(sizeMultiplier).allMatch(m -> m == sizeMultiplier[0]);
        this.searchMultiplier = alike || open == 0 ? sizeMultiplier[0] : weighted / open;
        this.regularMultiplier = exams.regularQuitFactor();
        double ratio = market.quitFirstYearRatio();
        for (int q = 0; q < 2; q++) {
            firstYear[q] = LabourMarketSettings.firstYearQuitRate(market.quitRate(q == 0), ratio);
            later[q] = firstYear[q] / ratio;
        }
    }

    /** The rates of {@code world}'s current labour-market settings (kept until a reform changes them). */
    static YoungQuitRates of(World world) {
        LabourMarketSettings market = world.scenario.labourMarket();
        if (world.quitRates == null || world.quitRates.market != market) {
            world.quitRates = new YoungQuitRates(market);
        }
        return world.quitRates;
    }

    /** Monthly quit rate in the first 12 months with an employer. */
    double firstYear(boolean qualified) {
        return firstYear[qualified ? 0 : 1];
    }

    /** Monthly quit rate after the first 12 months. */
    double later(boolean qualified) {
        return later[qualified ? 0 : 1];
    }

    /** What the quit rates of the young staff of an employer of size class {@code size} are multiplied by. */
    double sizeMultiplier(SizeClass size) {
        return sizeMultiplier[size.ordinal()];
    }

    /**
     * This month's quit rate of the employee {@code person}, by their tenure
     * ({@link Separations#pastFirstYear}), qualification and the size class of their employer.
     */
    double rate(World world, YoungPerson person) {
        double rate = Separations.pastFirstYear(world, person) ? later(person.qualified()) : firstYear(person.qualified());
        return rate * multiplierOf(world, person);
    }

    /**
     * The multiplier of {@code person}'s job if they are an employee (a regular post's in the exam's
     * segment, {@link #regularMultiplier}, else the size class's of their employer), else that of a
     * job to be found ({@link #searchMultiplier}).
     */
    double multiplierOf(World world, YoungPerson person) {
        if (inRegularPost(world, person)) {
            return regularMultiplier;
        }
        return person.status == Status.EMPLOYED && person.employer != null ? sizeMultiplier(person.employer.sizeClass()) : searchMultiplier;
    }

    /**
     * Whether {@code person} holds a regular post at an employer of the entry exam's segment
     * ({@link SegmentVacancy}): an open-ended post, which no fixed-term contract ends, so the young
     * dismissal rate (in Korea the end of temporary jobs and contracts) does not apply to it.
     */
    static boolean inRegularPost(World world, YoungPerson person) {
        return person.status == Status.EMPLOYED && person.regularPost && ExamPreparation.inSegment(world, person.employer);
    }

    /**
     * The multiplier of a job to be found from out of work: the job-weighted mean over the size
     * classes that hire people out of work, the public employers counted as large; where an entry
     * exam recruits the young, its segment (the size classes from {@code from_staff} and the public
     * employers) counts only for the share of its openings that people out of work may take (its
     * non-regular posts' and rolling recruitment's, {@link SegmentVacancy#reachableShare}, with the
     * regular openings' share taken against the large class's adult separation rate, an
     * approximation that leaves out the young staff's leaving). Jobs weigh by their share, not by
     * their openings (an approximation: small firms' posts open more often).
     */
    double searchMultiplier() {
        return searchMultiplier;
    }

    /** The multiplier of a regular post in the entry exam's segment, relative to {@code quit_rate}. */
    double regularMultiplier() {
        return regularMultiplier;
    }

    /**
     * Months of {@code person}'s first year with the employer still to come: what is left of it for
     * an employee in their first year, none past it, and all 12 for anyone else, who would start a
     * new job.
     */
    static int firstYearMonthsLeft(World world, YoungPerson person) {
        if (person.status != Status.EMPLOYED) {
            return 12;
        }
        if (Separations.pastFirstYear(world, person)) {
            return 0;
        }
        return Math.max(0, 12 - (world.month - person.hiredMonth));
    }

    /**
     * Expected months in work from a job whose quit rates are {@code multiplier} times those at
     * employers of every size ({@code quit_rate}; a size class's {@link #sizeMultiplier}, or a mean
     * of them), discounted at {@code discount} a month (plus any other
     * rate that ends the job's worth, such as the chance of finding another job): employment ends at
     * the quits into unemployment and the dismissals, at the first-year rate for
     * {@code firstYearMonths} and the later rate after, so the months are
     * {@code (1 - e^(-(h1 + r) m)) / (h1 + r) + e^(-(h1 + r) m) / (h2 + r)}; {@code 1 / (h + r)}
     * at one rate for every tenure. An open-ended post ({@code openEnded}, {@link #inRegularPost})
     * sees no dismissals. With no hazard in the first year (every quit job to job, no dismissals,
     * no discount) its months count in full; with none after it the months are infinite.
     */
    double monthsInWork(boolean qualified, int firstYearMonths, double discount, double multiplier, boolean openEnded) {
        double keep = (1 - market.jobToJobShare()) * multiplier;
        double dismissal = openEnded ? 0.0 : market.youngDismissalRate();
        double h2 = later(qualified) * keep + dismissal + discount;
        if (market.quitFirstYearRatio() == 1.0 || firstYearMonths <= 0) {
            return 1.0 / h2;
        }
        double h1 = firstYear(qualified) * keep + dismissal + discount;
        double stay = Math.exp(-h1 * firstYearMonths);
        double firstYear = h1 > 0 ? (1 - stay) / h1 : firstYearMonths;
        return firstYear + stay / h2;
    }
}
