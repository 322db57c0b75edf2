package org.vetsim.model;

/**
 * What employers of each occupation have seen of the young people they hired from outside, over
 * the same trailing window as the figures on kept graduates ({@link RetentionMarket}): the rent
 * such hires yielded, productivity minus wage month by month over their stay, and how often they
 * left a post to fill, and how long their posts stood empty before someone started. It is the other
 * side of what a kept graduate is worth ({@link TrainedGraduateValue}).
 * <p>
 * An outside hire is a young employee whose employer neither trained them as an apprentice nor
 * hosted them as an intern: one it chose on a noisy estimate of their productivity
 * ({@link Screening}). Nothing here is an input. Hires chosen on noise are the ones whose noise
 * was favourable (the winner's curse), and the wage they start at, the pay rule on the estimate
 * (or, for one hired from a job, the bid), is a floor the pay rule raises but never lowers
 * ({@link World#employeeWageAt}), and no one is dismissed for falling short; a hire who produces less
 * than that estimate is paid more than the pay rule on what they produce for as long as they stay,
 * and one who lacks the firm's skills produces less while catching up. Both lower the rent
 * observed. Those who leave early are counted for the months they stayed, and their leaving is
 * counted as a post to fill again: quits, dismissals, moves to another employer and leaving for
 * time outside work, abroad or military service ({@link World#separate}), not lay-offs, whose post
 * goes, nor ageing out, which keeps the post as adult staff.
 */
final class OutsideHires {
    private final TrailingWindow[] rent;
    private final TrailingWindow[] leaving;
    private final int[] left;
    private final TrailingWindow[] empty;

    /** @param windowMonths months of observations the figures cover ({@link RetentionMarket#windowMonths}) */
    OutsideHires(int occupations, int windowMonths) {
        rent = new TrailingWindow[occupations];
        leaving = new TrailingWindow[occupations];
        empty = new TrailingWindow[occupations];
        for (int o = 0; o < occupations; o++) {
            rent[o] = new TrailingWindow(windowMonths);
            leaving[o] = new TrailingWindow(windowMonths);
            empty[o] = new TrailingWindow(windowMonths);
        }
        left = new int[occupations];
    }

    /**
     * Closes the month's hiring for {@code occupation}: {@code emptyPosts}, its posts empty at the
     * end of the month (vacancies still open, and posts held for people hired who start next
     * month), and {@code filled}, its vacancies filled this month.
     */
    void recordVacancies(int occupation, int emptyPosts, int filled) {
        empty[occupation].push(emptyPosts, filled);
    }

    /**
     * Months a post of the occupation stood empty per hire through the market, over the window:
     * the post-months empty at the month-ends over the vacancies filled (about 0.6 in the German
     * preset; near 0 when every vacancy is decided and started within the month it opens); 0
     * before any hire.
     */
    double emptyMonthsPerHire(int occupation) {
        return empty[occupation].denominatorSum() > 0 ? empty[occupation].ratio() : 0.0;
    }

    /** Whether {@code person} is a young employee their employer hired from outside: it neither trained nor hosted them. */
    static boolean isOutsideHire(YoungPerson person) {
        Employer employer = person.employer;
        return person.status == Status.EMPLOYED && employer != null
                && employer != person.trainingFirm && employer != person.internAt;
    }

    /** {@code person}, an employee, leaves a post to fill this month: counted if their employer hired them from outside. */
    void leaves(YoungPerson person) {
        if (isOutsideHire(person)) {
            left[person.employer.occupation().index()]++;
        }
    }

    /**
     * Closes the month for {@code occupation}: {@code rentSum} is the sum over its young outside
     * hires at the end of the month of productivity minus wage, {@code hires} their number; the
     * month's leavers join the window over them.
     */
    void record(int occupation, double rentSum, int hires) {
        rent[occupation].push(rentSum, hires);
        leaving[occupation].push(left[occupation], hires);
        left[occupation] = 0;
    }

    /** Mean monthly rent on a young outside hire of the occupation over the window; {@code fallback} before any was seen. */
    double observedRent(int occupation, double fallback) {
        return rent[occupation].denominatorSum() > 0 ? rent[occupation].ratio() : fallback;
    }

    /**
     * Monthly rate at which young outside hires of the occupation left a post to fill, leavers over
     * hire-months over the window; {@code fallback} before any was seen.
     */
    double leavingRate(int occupation, double fallback) {
        return leaving[occupation].denominatorSum() > 0 ? leaving[occupation].ratio() : fallback;
    }
}
