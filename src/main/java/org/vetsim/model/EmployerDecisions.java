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
 * <li>Apprenticeship places (mechanism 1), as an investment (Wolter and Ryan 2011; Muehlemann
 * and Wolter 2014): the k-th place is worth offering if the chance of needing a k-th new worker
 * when training ends, times the retention the firm expects, times the value of a trained worker
 * (saved recruitment cost, no adaptation period, and the rent kept under wage compression),
 * exceeds the net cost of training (gross cost times the firm's cost factor, minus productive
 * work, subsidies, grants and tax credits). A fixed cost of being a training firm must be covered
 * by all places together. Without enforceable contracts (mechanism 8) apprentices may walk out,
 * which cuts the expected return. Each firm learns its retention from its own graduates.</li>
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
        double[] alignment = new double[world.occupations.length];
        for (int o = 0; o < alignment.length; o++) {
            alignment[o] = Observation.alignment(world, o);
        }
        for (Employer employer : world.employers) {
            if (yearly) {
                learnRetention(world, employer);
            }
            if (yearly) {
                employer.placesOffered = engagement.workBasedLearning().apprenticeships() ? places(world, employer, alignment[employer.occupation().index()]) : 0;
                employer.internPlaces = engagement.workBasedLearning().internships()
                        ? Draws.stochasticRound(random, engagement.workBasedLearning().internshipPlacesPerStaff() * employer.staff())
                        : 0;
            }
            employer.boardMember = engagement.curriculumCoDesign().enabled()
                    && joinsBoard(world, employer, alignment[employer.occupation().index()]);
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

    private static int places(World world, Employer employer, double alignment) {
        Engagement engagement = world.engagement;
        WorkBasedLearning wbl = engagement.workBasedLearning();
        int months = wbl.apprenticeshipMonths();
        double completion = engagement.cooperationContracts().trainingContracts()
                ? 1.0 : Math.pow(1 - engagement.cooperationContracts().breachRate(), months);
        double netCostPerMonth = TrainingEconomics.expectedNetMonthlyCost(engagement, employer.trainingCostFactor());
        double trainingCost = months * netCostPerMonth;
        double value = completion * employer.expectedRetention * valueOfTrainedWorker(world, alignment);
        double openings = expectedOpeningsPerYear(world, employer);
        int cap = Math.max(1, (int) Math.floor(wbl.maxPlacesPerStaff() * employer.baseStaff()))
                - continuingApprentices(world, employer);
        int chosen = 0;
        double total = -wbl.fixedCostMonths() * Math.ceil(months / 12.0);
        double best = 0;
        double running = total;
        for (int k = 1; k <= cap; k++) {
            double marginal = Poisson.atLeast(openings, k) * value - trainingCost;
            if (marginal <= 0 && netCostPerMonth > 0) {
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

    /**
     * Value to the training firm of keeping one trained graduate, in skilled-wage months: the
     * recruitment cost saved, the adaptation an external hire would need (firm-specific skill,
     * and specific skill as outdated as the occupation's curricula, both caught up at the
     * on-the-job rate) and the rent kept under wage compression.
     */
    private static double valueOfTrainedWorker(World world, double curriculumAlignment) {
        WorkBasedLearning wbl = world.engagement.workBasedLearning();
        LabourMarketSettings market = world.scenario.labourMarket();
        var skills = world.scenario.skills();
        double weights = skills.generalWeight() + skills.specificWeight() + skills.firmWeight();
        double externalGap = (skills.firmWeight() + skills.specificWeight() * (1 - curriculumAlignment)) / weights;
        double adaptation = externalGap / world.skills.monthlyCatchUp(0.5);
        double tenure = Math.min(120, 1.0 / Math.max(1e-3, market.quitRate()));
        double rent = market.wageCompression() * Math.max(0, world.graduateProductivity - world.meanProductivity) * tenure;
        return wbl.recruitmentCostMonths() + adaptation + rent;
    }

    private static void learnRetention(World world, Employer employer) {
        if (employer.trainedGraduates == 0) {
            return;
        }
        int stayed = 0;
        for (YoungPerson person : employer.youngStaff) {
            if (person.trainingFirm == employer && world.month - person.leftEducation <= 12) {
                stayed++;
            }
        }
        double realised = Math.min(1.0, (double) stayed / employer.trainedGraduates);
        employer.expectedRetention = 0.5 * employer.expectedRetention + 0.5 * realised;
        employer.trainedGraduates = 0;
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
