package org.vetsim.model;

/**
 * An employer's decision to hire a student in their last months before leaving ({@link JobOffers})
 * ahead of the openings it expects, as firms recruit school leavers months before they start
 * (Japan's recruitment season: offers in the autumn, start on 1 April; Korea's and Germany's
 * leavers commit in their last months). The offer is made against the openings the employer
 * expects, not against a vacancy open today: its vacancies stay open to the market, and no post
 * is held empty for the starter.
 * <p>
 * The firm weighs what the starter costs it against what securing them is worth. Openings come at
 * the firm's expected rate ({@link EmployerDecisions#expectedOpeningsPerYear}, a Poisson process,
 * as for {@link TrainedGraduateValue#offers}); the starter fills the j-th of them from now, where
 * j counts the firm's present excess over target staff (posts held for people hired who have not
 * started included), the starters it has already hired ahead to start by the same month, and the
 * student: on average {@code j × 12 / openings a year} months from now. Before the start the firm
 * pays nothing, so an opening expected by then (j at most the openings expected until the start,
 * pro rata to the months left) costs it nothing. If the opening is expected only after the start,
 * it pays the starter above target until attrition makes room; it does so only as long as that
 * wait is covered by what securing the screened leaver is worth: the hire through the market it
 * saves when the opening comes ({@link TrainedGraduateValue#hireCost}: the hiring process,
 * {@code recruitment_cost_months}, advertising and selection of an external skilled hire, BIBB cost
 * survey 2017/18, and the months the post would stand empty), in months of the starter's wage (the
 * keep window, as in {@link TrainedGraduateValue#keepWindowMonths}). A firm that expects no openings
 * hires no one ahead.
 * <p>
 * Meanwhile the firm fills its vacancies from the market as before, so a starter may arrive while
 * it is above target (the opening did not come, or was filled meanwhile): it keeps them and lays
 * no one off for them, and attrition absorbs the excess ({@link LabourDemand}).
 */
final class AheadHiring {
    private AheadHiring() {
    }

    /**
     * Whether {@code firm} hires the student {@code student}, whose productivity it estimates at
     * {@code estimate}, ahead of an opening it expects (see the class comment), into a regular post
     * ({@code regular}) or a non-regular one of the exam's segment ({@link SegmentVacancy}).
     */
    static boolean hires(World world, Employer firm, YoungPerson student, double estimate, boolean regular) {
        double openingsPerYear = EmployerDecisions.expectedOpeningsPerYear(world, firm);
        if (openingsPerYear <= 0) {
            return false;
        }
        int monthsToStart = student.trainingEnds - world.month;
        int excess = Math.max(0, firm.staff() + firm.promisedHires - firm.targetStaff);
        int opening = excess + startingBy(firm, student.trainingEnds) + 1;
        double wait = opening * 12.0 / openingsPerYear;
        return wait <= monthsToStart + keepWindowMonths(world, firm, estimate, regular);
    }

    /** Starters {@code firm} has hired ahead who start by {@code month}. */
    static int startingBy(Employer firm, int month) {
        int count = 0;
        for (YoungPerson starter : firm.startersAhead) {
            if (starter.trainingEnds <= month) {
                count++;
            }
        }
        return count;
    }

    /**
     * Months {@code firm} would pay a starter of productivity {@code estimate} above target before
     * the wages (of a regular post, {@code regular}, or not) exceed the hire through the market it
     * saves by securing them now.
     */
    static double keepWindowMonths(World world, Employer firm, double estimate, boolean regular) {
        double wage = world.wageAt(firm, estimate, regular);
        return wage > 0 ? TrainedGraduateValue.hireCost(world, firm.occupation().index()) / wage : Double.POSITIVE_INFINITY;
    }
}
