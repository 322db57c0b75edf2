package org.vetsim.model;

import ec.util.MersenneTwisterFast;
import org.vetsim.scenario.WorkBasedLearning;

import java.util.ArrayList;
import java.util.List;

/**
 * Changing the training firm after a dissolution ({@code work_based_learning.firm_change_grace_months}):
 * for a few months after their contract is dissolved a former apprentice may look for another firm
 * of the same occupation that continues the training where it stopped, with the months trained
 * kept. Both sides choose. The former apprentice looks when continuing is worth it to them: the
 * track choice of someone out of work ({@link LateVetEntry}), with the apprenticeship's months left
 * and their pay, and the same lasting taste; one with fewer months left than the lead at which a
 * training firm offers to keep its apprentices ({@link KeepCommitment}) does not look. Entering
 * education or taking a job ends the grace. A training firm of the occupation with room under its
 * cap on apprentices ({@code max_places_per_staff}, less those in training and the places of the
 * last intake still open) takes them when that apprentice, at the ability their signal shows and
 * from the month reached, is worth it: the graduate kept, less the net cost of the months left
 * and the fixed cost of any months in which it would otherwise train no one
 * ({@link ApprenticeshipEconomics#from}). Firms are tried in a random order; the firm that
 * dissolved the contract is not among them. Meanwhile they may also choose training anew, from its first
 * month and in any occupation, as anyone out of work may: at an intake, which comes before the
 * month's search for a firm, and in the after-placement's months, which come after it. Those
 * looking are counted as out of work; their school days meanwhile are not modelled.
 * <p>
 * Switzerland: the cantonal vocational office helps a dissolver find a follow-on place, without a
 * right to one (rechte-der-lernenden.ch); the vocational school keeps them as a rule two months,
 * longer on request (yousty.ch), three months in Zurich before the training counts as broken off
 * (canton official, derarbeitsmarkt.ch 2012); the new firm decides whether they join in the same
 * training year (yousty.ch; making them repeat it is not modelled). Of those who re-enter
 * training after a dissolution, 45% keep the occupation, most of them in another firm (FSO,
 * cohort 2014). docs/research/swiss-contract-dissolutions.md.
 */
final class FirmChange implements Phase {
    @Override
    public void run(World world) {
        WorkBasedLearning wbl = world.engagement.workBasedLearning();
        if (wbl.firmChangeGraceMonths() == 0 || !wbl.apprenticeships()) {
            return;
        }
        List<YoungPerson> looking = new ArrayList<>();
        for (YoungPerson person : world.people) {
            if (looking(world, person) && continues(world, person)) {
                looking.add(person);
            }
        }
        if (looking.isEmpty()) {
            return;
        }
        MersenneTwisterFast random = world.random(Stream.FIRM_CHANGE);
        List<List<Employer>> training = trainingFirmsByOccupation(world);
        for (YoungPerson person : looking) {
            List<Employer> firms = withRoom(world, person, training.get(person.occupation.index()));
            Draws.shuffle(random, firms);
            for (Employer employer : firms) {
                if (takes(world, employer, person)) {
                    Placement.continueAt(world, person, employer, person.monthsTrained);
                    person.failedSearchMonths = 0;
                    world.flows.firmChanges++;
                    break;
                }
            }
        }
    }

    /**
     * Records that {@code apprentice}, whose contract is being dissolved, may change firm until the
     * grace months have passed, keeping the months trained so far; nothing where there is no grace.
     */
    static void open(World world, YoungPerson apprentice) {
        int grace = world.engagement.workBasedLearning().firmChangeGraceMonths();
        if (grace > 0) {
            apprentice.firmChangeUntil = world.month + grace;
            apprentice.monthsTrained = world.trainingMonth(apprentice);
        }
    }

    /** Whether {@code person} is still in the months in which a firm may continue their training. */
    static boolean inGrace(World world, YoungPerson person) {
        return person.firmChangeUntil >= world.month;
    }

    /**
     * Whether {@code person} may look for a firm now: in grace, out of education and work and free
     * to train ({@link LateVetEntry#mayTrain}), with enough months left that the firm's offer to keep
     * them comes before the training ends (at least {@code labour_market.search_before_leaving_months},
     * when it is made, {@link KeepCommitment}).
     */
    static boolean looking(World world, YoungPerson person) {
        int left = world.engagement.workBasedLearning().apprenticeshipMonths() - person.monthsTrained;
        return inGrace(world, person) && person.occupation != null && LateVetEntry.mayTrain(world, person)
                && left >= world.scenario.labourMarket().searchBeforeLeavingMonths();
    }

    /**
     * Whether {@code person} chooses to continue their training in another firm: their lasting taste
     * for training against the probability that continuing, with the months left, beats the labour
     * market ({@link #probability}).
     */
    static boolean continues(World world, YoungPerson person) {
        return LateVetEntry.taste(world, person) < probability(world, person, Enrolment.seen(world));
    }

    /** The track choice of a young person out of work ({@link LateVetEntry#probability}) for an apprenticeship continued from the months trained. */
    static double probability(World world, YoungPerson person, TrackReturns.Seen seen) {
        TrackPaths paths = TrackPaths.continuing(world, person, person.monthsTrained);
        return TrackChoice.vetProbability(world.scenario.education(), paths, person.ability, person.abilityScore, seen,
                TrackChoice.NO_ADMISSION);
    }

    /**
     * The firms of {@code person}'s occupation that train (apprentices in training, or places offered
     * at the last intake) and have room under their cap, the one that dissolved the contract excluded.
     */
    static List<Employer> trainingFirms(World world, YoungPerson person) {
        return withRoom(world, person, trainingFirmsByOccupation(world).get(person.occupation.index()));
    }

    /** The firms that train (apprentices in training, or places offered at the last intake), by occupation. */
    private static List<List<Employer>> trainingFirmsByOccupation(World world) {
        List<List<Employer>> firms = new ArrayList<>();
        for (int o = 0; o < world.occupations.length; o++) {
            firms.add(new ArrayList<>());
        }
        for (Employer employer : world.employers) {
            if (employer.placesOffered > 0 || !employer.apprentices.isEmpty()) {
                firms.get(employer.occupation().index()).add(employer);
            }
        }
        return firms;
    }

    /** Those of {@code firms} with room under their cap now, the one that dissolved {@code person}'s contract excluded. */
    private static List<Employer> withRoom(World world, YoungPerson person, List<Employer> firms) {
        List<Employer> open = new ArrayList<>();
        for (Employer employer : firms) {
            if (employer != person.trainingFirm && room(world, employer) > 0) {
                open.add(employer);
            }
        }
        return open;
    }

    /**
     * Apprentices {@code employer} may still take under its cap: less those in training and, in the
     * intake's month and its after-placement, the intake's places still open.
     */
    static int room(World world, Employer employer) {
        boolean placing = Math.floorMod(world.month, 12) == 0 || AfterPlacement.inWindow(world);
        int open = placing ? Math.max(0, employer.intakePlacesOpen()) : 0;
        return ApprenticePlaces.cap(world, employer) - ApprenticePlaces.continuingApprentices(world, employer) - open;
    }

    /**
     * Whether {@code employer} takes {@code person} on from their months trained: what that
     * apprentice is worth to it at the ability their signal shows ({@link ApprenticePlaces#continuedValue})
     * is not negative.
     */
    static boolean takes(World world, Employer employer, YoungPerson person) {
        ApprenticeshipEconomics economics = ApprenticePlaces.applicantEconomics(world, employer.mentors, Placement.signal(world, person))
                .from(person.monthsTrained);
        return ApprenticePlaces.continuedValue(world, employer, economics) >= 0;
    }
}
