package org.vetsim.model;

import org.vetsim.scenario.LabourMarketSettings;

/**
 * The young employees' monthly quit rates by tenure and qualification, and what they make of a
 * job's expected length. A young employee quits at a higher rate in the first 12 months with an
 * employer than later ({@code quit_first_year_ratio}; Jovanovic 1979, Farber 1994), with a new
 * hire's mean spell the reciprocal of the mean quit rate by qualification
 * ({@link LabourMarketSettings#quitRate(boolean)}). Employment ends at the quits that go into
 * unemployment (not the job-to-job share) and the dismissals, so a person valuing a job counts its
 * months in work at these rates: a new job's first year at the first-year rate and the rest at the
 * later one, and a job held past its first year (or a graduate kept by the firm that trained
 * them) at the later rate.
 */
final class YoungQuitRates {
    /** Monthly quit rates in the first year with an employer and later, of the qualified [0] and the unqualified [1]. */
    private final double[] firstYear = new double[2];
    private final double[] later = new double[2];
    private final LabourMarketSettings market;

    YoungQuitRates(LabourMarketSettings market) {
        this.market = market;
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

    /** This month's quit rate of the employee {@code person}, by their tenure ({@link Separations#pastFirstYear}) and qualification. */
    double rate(World world, YoungPerson person) {
        return Separations.pastFirstYear(world, person) ? later(person.qualified()) : firstYear(person.qualified());
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
     * Expected months in work from a job, discounted at {@code discount} a month (plus any other
     * rate that ends the job's worth, such as the chance of finding another job): employment ends at
     * the quits into unemployment and the dismissals, at the first-year rate for
     * {@code firstYearMonths} and the later rate after, so the months are
     * {@code (1 - e^(-(h1 + r) m)) / (h1 + r) + e^(-(h1 + r) m) / (h2 + r)}; {@code 1 / (h + r)}
     * at one rate for every tenure.
     */
    double monthsInWork(boolean qualified, int firstYearMonths, double discount) {
        double keep = 1 - market.jobToJobShare();
        double dismissal = market.youngDismissalRate();
        double h2 = later(qualified) * keep + dismissal + discount;
        if (market.quitFirstYearRatio() == 1.0 || firstYearMonths <= 0) {
            return 1.0 / h2;
        }
        double h1 = firstYear(qualified) * keep + dismissal + discount;
        double stay = Math.exp(-h1 * firstYearMonths);
        return (1 - stay) / h1 + stay / h2;
    }
}
