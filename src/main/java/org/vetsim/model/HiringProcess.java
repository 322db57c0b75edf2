package org.vetsim.model;

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
 * <p>
 * Each draw is keyed by the employer, the vacancy's slot among the employer's open vacancies and
 * the month ({@link RandomStreams#keyed}), so an employer's processes complete in the same months
 * in two policy arms run with the same seed however many vacancies other employers have open
 * (common random numbers).
 */
final class HiringProcess {
    private final double chance;
    private final RandomStreams streams;
    private final int month;

    HiringProcess(World world) {
        double months = world.scenario.labourMarket().vacancyDurationMonths();
        chance = months > 1 ? 1.0 / months : 1.0;
        streams = world.streams;
        month = world.month;
    }

    /** Whether the hiring process of {@code employer}'s open vacancy in {@code slot} (from 0) is complete this month. */
    boolean completes(Employer employer, int slot) {
        return chance >= 1 || streams.keyed(Stream.HIRING_PROCESS, employer.id(), slot, month) < chance;
    }
}
