package org.vetsim.model;

import org.vetsim.scenario.LabourMarketSettings;

/**
 * What a graduate the firm trained as an apprentice (or hosted as an intern) is worth to it,
 * against hiring someone from outside when it next needs a worker, in skilled-wage months
 * (Wolter and Ryan 2011; Muehlemann and Wolter 2014), and the firm's decision to offer the
 * graduate a job:
 * <ul>
 * <li>the <b>hire through the market</b> saved ({@link #hireCost}): the hiring process
 * (advertising and selection: about 11% of BIBB's EUR 10,454 for an external skilled hire,
 * 2017/18) and the months the post stands empty until an outside hire starts, measured per hire in
 * the occupation, at the rent forgone and the output lost beyond the wage saved
 * ({@code empty_post_loss}, 1 / labour share - 1: the avoided vacancies, "Ausfallkosten", that BIBB's
 * training firms name among the returns after training; docs/research/unfilled-posts.md); and the
 * <b>adaptation</b> an outside hire would need, the
 * rest of that survey figure, which the model counts in its own terms (the firm-specific skill and the
 * occupation-specific skill that lags with the occupation's curricula, caught up at the
 * on-the-job rate, Dawid et al. 2009), both only as far as graduates stay their first year: one
 * hired away or gone sooner has to be replaced from outside after all;</li>
 * <li>the <b>rent</b>: productivity minus wage, which the firm keeps because only a share of
 * what firm-specific skill adds is paid ({@code firm_skill_wage_share}, Becker 1962), its pay
 * scale passes on only part of skills above the entry grade ({@code wage_compression}) and
 * outside employers see the graduate's skills only through noise (certificates make them more
 * visible, and outside offers the firm matches raise the wage), for as long as the graduate
 * stays; both as training firms of the occupation have found them ({@link RetentionMarket},
 * Acemoglu and Pischke 1998, 1999), <b>less what the post would have yielded</b> over those
 * months held by outside hires, as employers of the occupation have found it
 * ({@link OutsideHires}): the rent on young outside hires, month by month over their stay, less
 * the cost of the hire through the market that replaces those who leave, at the rate they left. An outside hire is
 * chosen on a noisy estimate, starts at a wage set on it that the pay rule never lowers, and
 * lacks the firm's skills at first, while the firm knows its own apprentice; so what its
 * knowledge of the apprentice (screening) and the avoided mismatch are worth comes out of the
 * model's own hiring noise, pay rule and separations, not from an input (both are among the
 * returns after training that Muehlemann and Wolter 2014 list). Before any outside hire has been seen the outside post is taken to yield
 * nothing (the outside hire paid the market value of its skills, as poached workers are:
 * Mohrenweiser, Zwick and Backes-Gellner 2019).</li>
 * </ul>
 * The value is at least 0. A firm offers a job when the graduate is productive enough to hire and it has a vacancy now,
 * or when paying the graduate until the opening they would fill costs less than that value: the
 * firm's demand and size, not an assumed horizon, decide.
 */
final class TrainedGraduateValue {
    private TrainedGraduateValue() {
    }

    /**
     * Value to {@code firm}, over an outside hire, of a trained graduate who produces
     * {@code productivity} there and whose pay rule rewards {@code paid} (what they would produce
     * elsewhere plus the share of their firm-specific skill passed on, {@link World#paidProductivity}).
     */
    static double value(World world, Employer firm, double productivity, double paid) {
        return value(world, firm.occupation().index(), productivity, paid);
    }

    /** {@link #value} to an employer of {@code occupation}. */
    static double value(World world, int occupation, double productivity, double paid) {
        double kept = rent(world, occupation, productivity, paid) - outsideYield(world, occupation);
        return Math.max(0.0, world.retention.yearSurvival(occupation) * (hireCost(world, occupation) + adaptation(world, occupation))
                + kept * world.retention.expectedTenure(occupation));
    }

    /** {@link #value} of the graduate the firm can expect: the recent graduates' mean productivity and paid productivity. */
    static double expectedValue(World world, Employer firm) {
        return value(world, firm, world.graduateProductivity, world.graduatePaidProductivity);
    }

    static double recruitmentCost(World world) {
        return world.engagement.workBasedLearning().recruitmentCostMonths();
    }

    /**
     * Output an outside hire loses while catching up: the productivity it lacks (the firm-skill
     * weight, and the specific-skill weight times one minus the occupation's curriculum
     * alignment) over the monthly catch-up at median general skill.
     */
    static double adaptation(World world, int occupation) {
        var skills = world.scenario.skills();
        double weights = skills.generalWeight() + skills.specificWeight() + skills.firmWeight();
        double gap = (skills.firmWeight() + skills.specificWeight() * (1 - world.alignment[occupation])) / weights;
        return gap / world.skills.monthlyCatchUp(0.5);
    }

    /**
     * Monthly rent the firm expects to keep on a trained graduate: what training firms of the
     * occupation have kept on theirs (productivity minus wage, after matching outside offers), or,
     * before any has been kept, what the pay rule on {@code paid} leaves of {@code productivity};
     * at least 0.
     */
    static double rent(World world, int occupation, double productivity, double paid) {
        double byRule = productivity - world.wage(paid, occupation);
        return Math.max(0.0, world.retention.observedRent(occupation, byRule));
    }

    /**
     * What a month of a post held by young outside hires of the occupation has yielded the firms
     * that hired them ({@link OutsideHires}): the rent on them less the cost of replacing those who
     * left a post to fill ({@link #hireCost}), at the rate they left (adaptation shows in the rent itself);
     * 0 before any has been seen.
     */
    static double outsideYield(World world, int occupation) {
        OutsideHires hires = world.outsideHires;
        return hires.observedRent(occupation, 0.0) - hires.leavingRate(occupation, 0.0) * hireCost(world, occupation);
    }

    /**
     * What one hire through the market costs a firm of the occupation beyond the rents it then
     * earns: the hiring process, and the months its post stands empty until the hire starts
     * (measured per hire in the occupation, {@link OutsideHires#emptyMonthsPerHire}), each costing
     * the rent the post would have yielded (the outside hires' observed rent, at least 0) and the
     * output lost beyond the wage saved ({@code empty_post_loss}). A kept graduate fills the post
     * at once.
     */
    static double hireCost(World world, int occupation) {
        OutsideHires hires = world.outsideHires;
        double perEmptyMonth = world.scenario.labourMarket().emptyPostLoss() + Math.max(0.0, hires.observedRent(occupation, 0.0));
        return recruitmentCost(world) + hires.emptyMonthsPerHire(occupation) * perEmptyMonth;
    }

    /**
     * Months the firm would pay a graduate (of {@code productivity} there, paid on {@code paid})
     * before the wages it pays ahead of the opening they fill exceed the graduate's value.
     */
    static double keepWindowMonths(World world, Employer firm, double productivity, double paid) {
        double wage = world.wageAt(firm, paid);
        return wage > 0 ? value(world, firm, productivity, paid) / wage : Double.POSITIVE_INFINITY;
    }

    /** {@link #keepWindowMonths} of the graduate the firm can expect. */
    static double expectedKeepWindowMonths(World world, Employer firm) {
        return keepWindowMonths(world, firm, world.graduateProductivity, world.graduatePaidProductivity);
    }

    /**
     * Whether {@code firm} offers {@code graduate} a job at the end of training: the graduate's
     * productivity at the firm reaches the hiring threshold, and the firm has a vacancy now or the
     * opening the graduate would fill is expected within the keep window: with staff already {@code
     * j - 1} above target (graduates kept before included), the graduate waits for the j-th next
     * opening, on average {@code j × 12 / openings a year} months (openings a Poisson process).
     * Posts held for people hired who have not started count as staff, as they do for vacancies
     * ({@link LabourDemand}), so the decision does not depend on who starts first. A
     * graduate who leaves for military service ({@link MilitaryService#owes}) is not offered one.
     */
    static boolean offers(World world, Employer firm, YoungPerson graduate) {
        LabourMarketSettings market = world.scenario.labourMarket();
        boolean known = firm == graduate.trainingFirm || firm == graduate.internAt;
        double specific = world.skills.specificSkill(graduate, firm.occupation());
        double productivity = world.skills.productivity(graduate, specific, known);
        double paid = known ? world.paidProductivity(graduate, specific) : productivity;
        if (productivity < market.hiringThreshold() || MilitaryService.owes(world, graduate)) {
            return false;
        }
        int beyondTarget = firm.staff() + firm.promisedHires - firm.targetStaff();
        if (beyondTarget < 0) {
            return true;
        }
        double openingsPerYear = EmployerDecisions.expectedOpeningsPerYear(world, firm);
        if (openingsPerYear <= 0) {
            return false;
        }
        double wait = (beyondTarget + 1) * 12.0 / openingsPerYear;
        return wait <= keepWindowMonths(world, firm, productivity, paid);
    }
}
