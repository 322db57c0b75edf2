package org.vetsim.model;

import java.util.List;

/**
 * Apprenticeship places filled after the intake ({@code work_based_learning.after_placement_months}):
 * in each of the months that follow an intake, firms fill the places of that intake still open,
 * those never filled and those left by an apprentice of the intake who dissolved the contract or
 * was hired away ({@link Employer#placesReopened}), with the young people out of work, or employed,
 * who choose training this month as they would at an intake ({@link LateVetEntry}): most of them
 * dissolved a contract since the intake or found no place at it. Each firm takes an applicant only
 * when that apprentice is worth more to it than the place left empty ({@link ApprenticePlaces#takes}),
 * as at the intake; applicants pick an occupation among those with places open and, turned away,
 * try the others ({@link Placement#placeAfterIntake}); no firm takes back an apprentice whose contract
 * with it ended early. Colleges admit only at the intake.
 * <p>
 * Germany: the regular placement year ends on 30 September and the Federal Employment Agency's
 * after-placement runs from October to January; in 2019/20 firms still had 64,600 places to fill
 * from October, 10,900 of them open in mid-January, and 20% of the 64,200 applicants of the
 * after-placement were in training by mid-January (BIBB Datenreport 2020, A1.1; BA via foraus.de).
 * About half of those who dissolve a contract sign another (BIBB Datenreport 2019, A5.6), most
 * in another occupation (80.8% of re-signers, DGB Ausbildungsreport 2018); a second contract
 * starts at the first training month, with no credit for months already trained (the chambers
 * may credit them, case by case: not modelled). docs/research/german-second-contracts.md.
 */
final class AfterPlacement implements Phase {
    @Override
    public void run(World world) {
        if (!inWindow(world) || !world.engagement.workBasedLearning().apprenticeships()
                || !world.scenario.education().lateVetEntry()) {
            return;
        }
        List<List<Employer>> slots = openPlaces(world);
        double[] places = new double[slots.size()];
        for (int o = 0; o < places.length; o++) {
            places[o] = slots.get(o).size();
        }
        if (Draws.total(places) <= 0) {
            return;
        }
        double[] weights = Enrolment.occupationWeights(world, places);
        List<List<YoungPerson>> applicants = LateVetEntry.returners(world, weights, Enrolment.seen(world));
        for (YoungPerson person : Placement.placeAfterIntake(world, applicants, slots)) {
            world.flows.afterPlacementStarts++;
            world.apprenticeStarts.startedAfterIntake(world, person);
        }
        LateVetEntry.placed(world, applicants);
    }

    /** Whether this month is one of the after-placement's, after the intake month. */
    static boolean inWindow(World world) {
        int sinceIntake = Math.floorMod(world.month, 12);
        return sinceIntake > 0 && sinceIntake <= world.engagement.workBasedLearning().afterPlacementMonths();
    }

    /**
     * The places open now, one entry per place, per occupation: each firm's places of the last
     * intake never filled and those left early, in a random order (a stream of its own, so that
     * filling places after the intake shifts no other process's draws).
     */
    static List<List<Employer>> openPlaces(World world) {
        return Placement.slots(world, Employer::intakePlacesOpen,
                Stream.AFTER_PLACEMENT);
    }
}
