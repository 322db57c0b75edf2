package org.vetsim.model;

import ec.util.MersenneTwisterFast;

/**
 * The time an employer's hiring process takes: from opening a vacancy (advertising it, collecting
 * and screening applications, interviewing) to the hiring decision. An open vacancy is decided
 * in a month only once its process is complete, which happens with probability
 * 1 / {@code labour_market.vacancy_duration_months} each month (a geometric duration with that
 * mean, the same for a vacancy just opened and one open for months). Until then the post stays
 * vacant, so open vacancies form a stock, as in vacancy surveys, and job seekers wait for
 * vacancies to be decided rather than all being considered in the month they start looking. At a
 * duration of 1 every vacancy is decided in the month it opens and nothing is drawn. The decision
 * itself stays the employer's choice ({@link Screening}): whom to hire, or no one.
 */
final class HiringProcess {
    private final double chance;
    private final MersenneTwisterFast random;

    HiringProcess(World world) {
        double months = world.scenario.labourMarket().vacancyDurationMonths();
        chance = months > 1 ? 1.0 / months : 1.0;
        random = chance < 1 ? world.random(Stream.HIRING_PROCESS) : null;
    }

    /** Whether one open vacancy's hiring process is complete this month. */
    boolean completes() {
        return chance >= 1 || random.nextDouble() < chance;
    }
}
