package org.vetsim.model;

import org.vetsim.metrics.Track;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Placement of a year's vocational applicants. Apprenticeship places first: in each occupation,
 * employers offering apprenticeships take the applicants with the best ability signals among all
 * who apply, the cohort's, the general-track leavers' and those returning from out of work alike,
 * each firm only an applicant worth more to it than an empty place ({@link ApprenticePlaces#takes})
 * ({@link #placeApprentices}). Then, group by group (the cohort first: school-based programmes
 * admit the year's school leavers first), colleges admit the rest in order of their signals; an
 * applicant turned away tries the other occupations in order of the places still open there
 * (apprenticeships and college seats together), as applicants apply to several firms and
 * occupations; those who find nothing are returned to the caller ({@link #place}).
 */
final class Placement {
    private Placement() {
    }

    /**
     * Fills the apprenticeship places of each occupation with its applicants in order of their
     * ability signals, whichever group of the intake they come from; those not placed are left as
     * they were. What an applicant is worth to a firm rises with the signal and a firm's own state
     * changes only when it takes someone, so a place that turns one applicant away turns away every
     * later (weaker) one: it is set aside for the rest of the pass, and the first applicant every
     * place turns away ends it. The places set aside stay open for applicants turned away in other
     * occupations ({@link #place}), in their order.
     */
    static void placeApprentices(World world, List<List<YoungPerson>> applicants, List<List<Employer>> slots) {
        placeApprentices(world, applicants, slots, false);
    }

    /**
     * {@link #placeApprentices}; after the intake, no firm takes back an apprentice whose contract
     * with it ended early, so a place passed over for one applicant may still take a weaker one and
     * the pass goes on.
     */
    private static void placeApprentices(World world, List<List<YoungPerson>> applicants, List<List<Employer>> slots, boolean afterIntake) {
        for (int o = 0; o < applicants.size(); o++) {
            List<Employer> refusing = new ArrayList<>();
            for (YoungPerson person : bySignal(world, applicants.get(o))) {
                if (!placeApprentice(world, person, slots.get(o), refusing, afterIntake) && !afterIntake) {
                    break;
                }
            }
            Collections.reverse(refusing);
            slots.get(o).addAll(refusing);
        }
    }

    /** {@code list} in order of the applicants' signals, best first (ties in list order). */
    private static List<YoungPerson> bySignal(World world, List<YoungPerson> list) {
        double[] signal = new double[list.size()];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            signal[i] = signal(world, list.get(i));
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -signal[i]).thenComparingInt(i -> i));
        List<YoungPerson> sorted = new ArrayList<>(list.size());
        for (int i : order) {
            sorted.add(list.get(i));
        }
        return sorted;
    }

    /**
     * Seats the applicants of each occupation not placed as apprentices ({@link #placeApprentices}
     * has offered them every apprenticeship place of their occupation) in order of their ability
     * signals: a seat in a college programme of the occupation (recorded as a college application
     * where the occupation is taught at school), else a place, apprenticeship or seat, in another occupation ({@link #placeElsewhere}).
     * Returns those left without a place.
     */
    static List<YoungPerson> place(World world, List<List<YoungPerson>> applicants, List<List<Employer>> slots,
                                           List<List<YoungPerson>> collegeApplicants, OpenSeats seats) {
        List<YoungPerson> unplaced = new ArrayList<>();
        for (int o = 0; o < applicants.size(); o++) {
            for (YoungPerson person : bySignal(world, applicants.get(o))) {
                if (world.occupations[o].schoolBased()) {
                    collegeApplicants.get(o).add(person);
                }
                if (!placeStudent(world, person, seats.admit(o))) {
                    unplaced.add(person);
                }
            }
        }
        List<YoungPerson> left = new ArrayList<>();
        for (YoungPerson person : unplaced) {
            if (!placeElsewhere(world, person, slots, seats)) {
                left.add(person);
            }
        }
        return left;
    }

    /**
     * Tries the occupations in order of the places still open there, apprenticeship places and
     * college seats together (the first on a tie), as applicants turned away in the occupation of
     * their choice apply to several firms and occupations, until a firm takes {@code person} or a
     * college seats them; false when none does.
     */
    private static boolean placeElsewhere(World world, YoungPerson person, List<List<Employer>> slots, OpenSeats seats) {
        return placeElsewhere(world, person, slots, seats, false);
    }

    private static boolean placeElsewhere(World world, YoungPerson person, List<List<Employer>> slots, OpenSeats seats,
                                          boolean afterIntake) {
        List<Integer> order = new ArrayList<>();
        for (int o = 0; o < slots.size(); o++) {
            if (slots.get(o).size() + free(seats, o) > 0) {
                order.add(o);
            }
        }
        order.sort(Comparator.comparingInt((Integer o) -> -(slots.get(o).size() + free(seats, o))).thenComparingInt(o -> o));
        for (int o : order) {
            if (placeApprentice(world, person, slots.get(o), null, afterIntake)
                    || (seats != null && placeStudent(world, person, seats.admit(o)))) {
                return true;
            }
        }
        return false;
    }

    private static int free(OpenSeats seats, int occupation) {
        return seats == null ? 0 : seats.free(occupation);
    }

    /**
     * Fills apprenticeship places open after the intake ({@link AfterPlacement}): each occupation's
     * places with its applicants in order of their signals ({@link #placeApprentices}), then those
     * not placed try the places of the other occupations ({@link #placeElsewhere}; colleges admit
     * only at the intake); no firm takes back an apprentice whose contract with it ended early.
     * Returns those who started.
     */
    static List<YoungPerson> placeAfterIntake(World world, List<List<YoungPerson>> applicants, List<List<Employer>> slots) {
        placeApprentices(world, applicants, slots, true);
        List<YoungPerson> started = new ArrayList<>();
        for (List<YoungPerson> list : applicants) {
            for (YoungPerson person : bySignal(world, list)) {
                if (person.status == Status.APPRENTICE || placeElsewhere(world, person, slots, null, true)) {
                    started.add(person);
                }
            }
        }
        return started;
    }

    /**
     * The apprenticeship places {@code places} gives each employer, one entry per place, in lists by
     * occupation, each shuffled with {@code stream}'s generator (an empty list draws nothing).
     */
    static List<List<Employer>> slots(World world, java.util.function.ToIntFunction<Employer> places, Stream stream) {
        List<List<Employer>> slots = new ArrayList<>();
        for (int o = 0; o < world.occupations.length; o++) {
            slots.add(new ArrayList<>());
        }
        for (Employer employer : world.employers) {
            for (int k = places.applyAsInt(employer); k > 0; k--) {
                slots.get(employer.occupation().index()).add(employer);
            }
        }
        ec.util.MersenneTwisterFast random = world.random(stream);
        for (List<Employer> list : slots) {
            Draws.shuffle(random, list);
        }
        return slots;
    }

    /** The ability signal employers and colleges see of {@code person} ({@link AdmissionSignal#vocational}). */
    static double signal(World world, YoungPerson person) {
        return AdmissionSignal.vocational(world, person);
    }

    /**
     * Offers {@code person} the places of {@code slots} from the last, until a firm takes them
     * ({@link ApprenticePlaces#takes}) and they start there; false when none does. Places that turn
     * them away are moved to {@code refusing} when it is given, else left where they are.
     */
    private static boolean placeApprentice(World world, YoungPerson person, List<Employer> slots, List<Employer> refusing,
                                           boolean afterIntake) {
        double signal = signal(world, person);
        ApprenticeshipEconomics[] economics = new ApprenticeshipEconomics[2];
        for (int k = slots.size() - 1; k >= 0; k--) {
            Employer employer = slots.get(k);
            if (afterIntake && person.dissolvedContract && employer == person.trainingFirm) {
                continue;
            }
            int m = employer.mentors ? 1 : 0;
            if (economics[m] == null) {
                economics[m] = ApprenticePlaces.applicantEconomics(world, employer.mentors, signal);
            }
            if (ApprenticePlaces.takes(world, employer, economics[m])) {
                slots.remove(k);
                start(world, person, employer);
                return true;
            }
            if (refusing != null) {
                refusing.add(slots.remove(k));
            }
        }
        return false;
    }

    /**
     * Starts {@code person}'s apprenticeship at {@code employer}, on a place of its intake never
     * filled or, once all are, on one left early ({@link Employer#placesReopened}).
     */
    private static void start(World world, YoungPerson person, Employer employer) {
        if (employer.placesFilled < employer.placesOffered) {
            employer.placesFilled++;
        } else {
            employer.placesReopened--;
        }
        boolean ownEmployer = person.status == Status.EMPLOYED && person.employer == employer;
        double firmSkill = person.firmSkill;
        boolean fromWork = leaveJobToTrain(world, person);
        continueAt(world, person, employer, 0);
        if (ownEmployer) {
            person.firmSkill = firmSkill;
        }
        person.onIntakePlace = true;
        person.trainingFromWork = fromWork;
        person.trainingAtOwnEmployer = ownEmployer;
    }

    /**
     * An employee placed in training ({@link LateVetEntry#mayTrainFromWork}) leaves the job for it
     * first, a separation into education ({@link World#leaveJobForElsewhere}), even where the training
     * firm is their employer (the post is left to fill, and an outside hire counts as leaving it; one
     * training with their employer keeps what they know of the firm, {@link #start}); returns whether
     * they were employed.
     */
    private static boolean leaveJobToTrain(World world, YoungPerson person) {
        boolean employed = person.status == Status.EMPLOYED;
        world.leaveJobForElsewhere(person);
        return employed;
    }

    /**
     * Starts {@code person}'s apprenticeship at {@code employer} from training month {@code monthsTrained}
     * (0: a new training; above it, a training continued after a dissolution, {@link FirmChange}),
     * with the months left to its planned end. The place it holds is not one of the firm's intake
     * unless the caller ({@link #start}) says so.
     */
    static void continueAt(World world, YoungPerson person, Employer employer, int monthsTrained) {
        world.flows.apprenticeStarts++;
        world.flows.secondContracts += person.dissolvedContract ? 1 : 0;
        person.onIntakePlace = false;
        person.trainingFromWork = false;
        person.trainingAtOwnEmployer = false;
        employer.apprentices.add(person);
        person.employer = employer;
        person.regularPost = true;
        person.trainingFirm = employer;
        person.enterOccupation(employer.occupation(), employer.occupation().requirement());
        person.programme = Enrolment.programmesOf(world, employer.occupation().index()).get(0);
        person.trainingEnds = world.month + world.engagement.workBasedLearning().apprenticeshipMonths() - monthsTrained;
        person.extensionMonths = 0;
        person.retakes = 0;
        person.wageFloor = 0.0;
        person.jobFit = world.scenario.labourMarket().jobFitSpread()
                * world.streams.keyedGaussian(Stream.APPRENTICE_FIT, person.id(), world.month);
        person.setStatus(Status.APPRENTICE);
        person.track = Track.APPRENTICESHIP;
    }

    /** Enrols {@code person} in {@code programme}, the seat found for them; false if none was found (null). */
    static boolean placeStudent(World world, YoungPerson person, Programme programme) {
        if (programme == null) {
            return false;
        }
        person.trainingFromWork = leaveJobToTrain(world, person);
        person.trainingAtOwnEmployer = false;
        person.programme = programme;
        person.enterOccupation(programme.occupation(), programme.curriculumLevel());
        person.trainingEnds = world.month + world.scenario.colleges().programmeMonths();
        person.earlySittingPassed = -1;
        person.setStatus(Status.SCHOOL_VET);
        person.track = Track.SCHOOL_VET;
        return true;
    }
}
