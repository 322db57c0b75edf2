package org.vetsim.model;

import org.vetsim.metrics.Track;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Placement of a year's vocational applicants. Apprenticeship places first: in each occupation,
 * employers offering apprenticeships take the applicants with the best ability signals among all
 * who apply, each firm only an applicant worth more to it than an empty place
 * ({@link ApprenticePlaces#takes}), the cohort's, the general-track leavers' and those returning from out of work alike
 * ({@link #placeApprentices}). Then, group by group (the cohort first: school-based programmes
 * admit the year's school leavers first), colleges admit the rest in order of their signals; an
 * applicant turned away tries the occupation with the most places still open (apprenticeships and
 * college seats together), as applicants apply to several firms and occupations; those who find
 * nothing are returned to the caller ({@link #place}).
 */
final class Placement {
    /** Standard deviation of the noise of an applicant's ability signal (on the ability percentile; assumption). */
    static final double SIGNAL_NOISE = 0.1;

    private Placement() {
    }

    /**
     * Fills the apprenticeship places of each occupation with its applicants in order of their
     * ability signals, whichever group of the intake they come from; those not placed are left as
     * they were.
     */
    static void placeApprentices(World world, List<List<YoungPerson>> applicants, List<List<Employer>> slots) {
        for (int o = 0; o < applicants.size(); o++) {
            for (YoungPerson person : bySignal(world, applicants.get(o))) {
                if (!placeApprentice(world, person, slots.get(o))) {
                    break;
                }
            }
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
     * Places the applicants of each occupation in order of their ability signals: an
     * apprenticeship while places last, else a seat in a college programme of the occupation
     * (recorded as a college application), else a place, apprenticeship or seat, in the occupation
     * with the most places still open.
     * Returns those left without a place.
     */
    static List<YoungPerson> place(World world, List<List<YoungPerson>> applicants, List<List<Employer>> slots,
                                           List<List<YoungPerson>> collegeApplicants, OpenSeats seats) {
        List<YoungPerson> unplaced = new ArrayList<>();
        for (int o = 0; o < applicants.size(); o++) {
            for (YoungPerson person : bySignal(world, applicants.get(o))) {
                if (placeApprentice(world, person, slots.get(o))) {
                    continue;
                }
                collegeApplicants.get(o).add(person);
                if (!placeStudent(world, person, seats.admit(o))) {
                    unplaced.add(person);
                }
            }
        }
        List<YoungPerson> left = new ArrayList<>();
        for (YoungPerson person : unplaced) {
            int alternative = mostRemainingPlaces(slots, seats);
            if (alternative < 0) {
                left.add(person);
            } else if (!placeApprentice(world, person, slots.get(alternative))
                    && !placeStudent(world, person, seats.admit(alternative))) {
                left.add(person);
            }
        }
        return left;
    }

    /**
     * The ability signal employers and colleges see of {@code person} at this month's intake: ability
     * plus a normal noise of sd {@value #SIGNAL_NOISE}, a keyed draw per person and month
     * ({@link Stream#ADMISSION_SIGNALS}), so two policy arms give the same applicant the same noise
     * (common random numbers) however many others apply or are placed before.
     */
    static double signal(World world, YoungPerson person) {
        return person.ability + SIGNAL_NOISE * world.streams.keyedGaussian(Stream.ADMISSION_SIGNALS, person.id(), world.month);
    }

    /**
     * The occupation with the most vocational places still open, apprenticeship places and
     * college seats together (the first on a tie), or -1 when none is: where an applicant turned
     * away in the occupation of their choice tries next, as applicants apply to several firms and
     * occupations.
     */
    private static int mostRemainingPlaces(List<List<Employer>> slots, OpenSeats seats) {
        int best = -1;
        int most = 0;
        for (int o = 0; o < slots.size(); o++) {
            int places = slots.get(o).size() + seats.free(o);
            if (places > most) {
                best = o;
                most = places;
            }
        }
        return best;
    }

    private static boolean placeApprentice(World world, YoungPerson person, List<Employer> slots) {
        int taker = slots.size() - 1;
        if (taker >= 0) {
            double signal = signal(world, person);
            while (taker >= 0 && !ApprenticePlaces.takes(world, slots.get(taker), signal)) {
                taker--;
            }
        }
        if (taker < 0) {
            return false;
        }
        Employer employer = slots.remove(taker);
        employer.placesFilled++;
        employer.apprentices.add(person);
        person.employer = employer;
        person.trainingFirm = employer;
        person.enterOccupation(employer.occupation(), employer.occupation().requirement());
        person.programme = Enrolment.programmesOf(world, employer.occupation().index()).get(0);
        person.trainingEnds = world.month + world.engagement.workBasedLearning().apprenticeshipMonths();
        person.wageFloor = 0.0;
        person.jobFit = world.scenario.labourMarket().jobFitSpread()
                * world.streams.keyedGaussian(Stream.APPRENTICE_FIT, person.id(), world.month);
        person.setStatus(Status.APPRENTICE);
        person.track = Track.APPRENTICESHIP;
        return true;
    }

    /** Enrols {@code person} in {@code programme}, the seat found for them; false if none was found (null). */
    private static boolean placeStudent(World world, YoungPerson person, Programme programme) {
        if (programme == null) {
            return false;
        }
        person.programme = programme;
        person.enterOccupation(programme.occupation(), programme.curriculumLevel());
        person.trainingEnds = world.month + world.scenario.colleges().programmeMonths();
        person.setStatus(Status.SCHOOL_VET);
        person.track = Track.SCHOOL_VET;
        return true;
    }
}
