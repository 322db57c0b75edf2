package org.vetsim.model;

import ec.util.MersenneTwisterFast;
import org.vetsim.scenario.Engagement;
import org.vetsim.scenario.LabourMarketSettings;
import org.vetsim.scenario.WorkBasedLearning;

/**
 * Employers' engagement decisions, each year at the start of the school year (before the intake).
 * Board seats and partnerships are decided again in any month in which the mechanisms in force
 * change (a reform or a user's change), so that those reforms act from their first month;
 * apprenticeship and intern places wait for the next intake.
 * <ul>
 * <li>Apprenticeship places (mechanism 1), as an investment ({@link #places}): the expected value
 * of the graduates the firm will want to keep ({@link TrainedGraduateValue}), as far as graduates
 * of the occupation take their training firm's offer and stay ({@link RetentionMarket}), against
 * the expected net cost of training ({@link ApprenticeshipEconomics}). Without enforceable
 * contracts (mechanism 8) apprentices may walk out, which cuts the chance of completion.</li>
 * <li>Curriculum boards (mechanism 2): a firm joins if the value of better-prepared hires, scaled
 * by how far its occupation's curricula lag, exceeds the cost of a seat.</li>
 * <li>Internship places and partnership contracts with programmes (mechanisms 1 and 8).</li>
 * </ul>
 */
final class EmployerDecisions implements Phase {
    @Override
    public void run(World world) {
        boolean yearly = world.month % 12 == 0;
        if (!yearly && !world.engagementChanged) {
            return;
        }
        MersenneTwisterFast random = world.random(Stream.DECISIONS);
        Engagement engagement = world.engagement;
        for (int o = 0; o < world.alignment.length; o++) {
            world.alignment[o] = Observation.alignment(world, o);
        }
        ApprenticeshipEconomics economics = world.apprenticeshipEconomics();
        for (Employer employer : world.employers) {
            if (yearly) {
                employer.placesOffered = engagement.workBasedLearning().apprenticeships() ? places(world, employer, economics) : 0;
                employer.internPlaces = engagement.workBasedLearning().internships()
                        ? Draws.stochasticRound(random, engagement.workBasedLearning().internshipPlacesPerStaff() * employer.staff())
                        : 0;
            }
            employer.boardMember = engagement.curriculumCoDesign().enabled()
                    && joinsBoard(world, employer, world.alignment[employer.occupation().index()]);
        }
        updateBoardShares(world);
        Partnerships.update(world);
    }

    /**
     * Expected new hires a firm needs per year: adult separations and retirements (at the rate
     * observed over the last year) plus young quits into unemployment.
     */
    static double expectedOpeningsPerYear(World world, Employer employer) {
        LabourMarketSettings market = world.scenario.labourMarket();
        double youngExits = employer.youngStaff.size() * market.quitRate() * (1 - market.jobToJobShare());
        double adultExits = employer.adultStaff * (market.adultSeparationRate() + world.adults.retirementRate());
        return 12 * (adultExits + youngExits);
    }

    /** Share of hires that went to young people over the last 12 months (one half before any hire). */
    static double youngShareOfHires(World world) {
        return world.youngHireWindow.denominatorSum() > 0 ? world.youngHireWindow.ratio() : 0.5;
    }

    /**
     * Places worth offering (Wolter and Ryan 2011): the k-th place is worth the chance the
     * apprentice completes, times the chance the firm will want the k-th graduate (at least k
     * openings within the keep window of a graduate of expected productivity, Poisson), times the
     * share of offers graduates of the occupation take, times the value of a trained graduate,
     * minus the expected net cost of the place over the apprenticeship. The firm offers the number
     * of places that maximises the total, net of the fixed cost of being a training firm, within
     * its cap; a place with a net benefit during training is always worth offering.
     */
    static int places(World world, Employer employer, ApprenticeshipEconomics economics) {
        WorkBasedLearning wbl = world.engagement.workBasedLearning();
        int o = employer.occupation().index();
        double netCost = economics.expectedNetCost(employer.trainingCostFactor());
        double productivity = world.graduateProductivity;
        double value = economics.completion() * world.retention.acceptance(o)
                * TrainedGraduateValue.value(world, employer, productivity);
        double window = Math.min(1200.0, TrainedGraduateValue.keepWindowMonths(world, employer, productivity));
        double openings = expectedOpeningsPerYear(world, employer) * window / 12.0;
        int cap = Math.max(1, (int) Math.floor(wbl.maxPlacesPerStaff() * employer.baseStaff()))
                - continuingApprentices(world, employer);
        int chosen = 0;
        double running = -wbl.fixedCostMonths() * Math.ceil(economics.months() / 12.0);
        double best = 0;
        for (int k = 1; k <= cap; k++) {
            double marginal = Poisson.atLeast(openings, k) * value - netCost;
            if (marginal <= 0 && netCost > 0) {
                break;
            }
            running += marginal;
            if (running > best) {
                best = running;
                chosen = k;
            }
        }
        return chosen;
    }

    /** Apprentices of the firm who will still be in training after this month. */
    private static int continuingApprentices(World world, Employer employer) {
        int count = 0;
        for (YoungPerson apprentice : employer.apprentices) {
            count += apprentice.trainingEnds > world.month ? 1 : 0;
        }
        return count;
    }

    private static boolean joinsBoard(World world, Employer employer, double alignment) {
        var coDesign = world.engagement.curriculumCoDesign();
        double youngHiresPerYear = expectedOpeningsPerYear(world, employer) * youngShareOfHires(world);
        double benefit = youngHiresPerYear * coDesign.valuePerHireMonths() * (1 - alignment);
        return benefit > coDesign.seatCostMonths() * employer.trainingCostFactor();
    }

    private static void updateBoardShares(World world) {
        double[] members = new double[world.occupations.length];
        double[] staff = new double[world.occupations.length];
        for (Employer employer : world.employers) {
            int o = employer.occupation().index();
            staff[o] += employer.staff();
            members[o] += employer.boardMember ? employer.staff() : 0;
        }
        for (int o = 0; o < members.length; o++) {
            world.boardShare[o] = staff[o] > 0 ? members[o] / staff[o] : 0;
        }
    }
}
