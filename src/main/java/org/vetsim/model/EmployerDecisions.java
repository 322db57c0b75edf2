package org.vetsim.model;

import org.vetsim.scenario.LabourMarketSettings;

import java.util.List;

/**
 * Employers' engagement decisions ({@link EmployerChoice}), each year at the start of the school
 * year, before the intake: mentors for their apprentices, apprenticeship places, intern places, a
 * training centre, a college partnership and a curriculum-board seat, in that order (places are
 * valued with the mentoring just chosen); before the places, each occupation's fill rate is read off
 * the last intake ({@link FillExpectation}). In any month in which the mechanisms in force change (a
 * reform, a user's change), the choices that can take effect at once (centres, partnerships,
 * board seats) are made again, so those reforms act from their first month; places and intern
 * places wait for the next intake.
 */
final class EmployerDecisions implements Phase {
    /** Every employer choice, in the order they are made. */
    static final List<EmployerChoice> CHOICES = List.of(new MentoringChoice(), new ApprenticePlaces(),
            new InternHosting(), new TrainingCentre(), new CollegePartnership(), new BoardSeat());

    @Override
    public void run(World world) {
        for (Employer employer : world.employers) {
            takeOpenings(world, employer);
        }
        boolean yearly = world.month % 12 == 0;
        if (!yearly && !world.engagementChanged) {
            return;
        }
        for (int o = 0; o < world.alignment.length; o++) {
            world.alignment[o] = Observation.alignment(world, o);
        }
        updateBoardShares(world);
        if (yearly) {
            FillExpectation.observeIntake(world);
        }
        for (Employer employer : world.employers) {
            for (EmployerChoice choice : CHOICES) {
                if (yearly || choice.revisedWhenMechanismsChange()) {
                    choice.decide(world, employer);
                }
            }
        }
        updateBoardShares(world);
    }

    /**
     * Expected new hires a firm needs per year: adult separations (at its size class's rate) and
     * retirements (at the rate observed over the last year) plus its young employees' separations
     * that leave a post (at the rate observed over the last year, {@link #youngPostLeavingRate}),
     * as its staff stood at the start of the month (taken before anyone's step of the month, so that
     * a decision within a pass over the people does not depend on whose ageing out or job start came
     * first).
     */
    static double expectedOpeningsPerYear(World world, Employer employer) {
        if (employer.openingsMonth != world.month) {
            takeOpenings(world, employer);
        }
        return employer.openingsPerYear;
    }

    private static void takeOpenings(World world, Employer employer) {
        double youngExits = employer.youngStaff.size() * youngPostLeavingRate(world);
        double adultExits = employer.adultStaff * (world.adultSeparationRate(employer) + world.adults.retirementRate());
        employer.openingsPerYear = 12 * (adultExits + youngExits);
        employer.openingsMonth = world.month;
    }

    /**
     * Monthly rate at which young employees left posts to be filled over the last 12 months (posts
     * left over the young employees at the months' ends, {@link World#youngPostLeavingWindow}):
     * quits into unemployment, dismissals and ends of contracts, moves to another employer (those
     * quitting to another job search from it for a month and leave only if hired), leaving for
     * inactivity, abroad or for military service; not layoffs, whose posts go. Before any young
     * employee was seen, {@code quit_rate + young_dismissal_rate}: every quit and dismissal.
     */
    static double youngPostLeavingRate(World world) {
        TrailingWindow window = world.youngPostLeavingWindow;
        if (window.denominatorSum() > 0) {
            return window.ratio();
        }
        LabourMarketSettings market = world.scenario.labourMarket();
        return market.quitRate() + market.youngDismissalRate();
    }

    /** Share of hires that went to young people over the last 12 months (one half before any hire). */
    static double youngShareOfHires(World world) {
        return world.youngHireWindow.denominatorSum() > 0 ? world.youngHireWindow.ratio() : 0.5;
    }

    /** Staff of each occupation and the share of it at employers sitting on its curriculum board. */
    private static void updateBoardShares(World world) {
        double[] members = new double[world.occupations.length];
        java.util.Arrays.fill(world.occupationStaff, 0.0);
        for (Employer employer : world.employers) {
            int o = employer.occupation().index();
            world.occupationStaff[o] += employer.staff();
            members[o] += employer.boardMember ? employer.staff() : 0;
        }
        for (int o = 0; o < members.length; o++) {
            world.boardShare[o] = world.occupationStaff[o] > 0 ? members[o] / world.occupationStaff[o] : 0;
        }
    }
}
