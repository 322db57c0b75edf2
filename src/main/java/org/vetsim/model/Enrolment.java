package org.vetsim.model;

import ec.util.MersenneTwisterFast;
import org.vetsim.metrics.Track;
import org.vetsim.scenario.EducationSettings;
import org.vetsim.scenario.Engagement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Track and occupation choice of the entering cohort, once a year. Each school leaver chooses
 * vocational or general education ({@link TrackChoice}); where vocational training begins after
 * further school years ({@code education.vet_start_delay_months}), those choosing it stay at
 * school until then and apply at that intake, and general-track pupils finishing this
 * month without a job choose again between vocational training and the labour market or, holding
 * a place in higher education, a degree; young people out of work or employed without a
 * qualification may choose training again ({@link LateVetEntry}); VET choosers pick an occupation by a random-utility
 * choice over its share of jobs (where it has places) and its leavers' earnings prospects, seen
 * with the information lag ({@link OccupationChoice}). Employers offering apprenticeships take the
 * applicants with the best ability signals first, whichever group they come from; colleges admit
 * the rest, the cohort first, then the general-track leavers, then those choosing again, up to one
 * year's share of their seats ({@link Programme#openIntake}) ({@link Placement}). A pupil of the
 * cohort who finds nothing takes the general track or, where there is a transition sector, attends
 * a measure and applies again at the next intake ({@link TransitionYear}). Colleges record as
 * applications those who asked for a seat (first choices not placed as apprentices).
 */
final class Enrolment implements Phase {
    @Override
    public void run(World world) {
        if (!intakeMonth(world.month)) {
            return;
        }
        if (world.entrants.isEmpty()) {
            ResitPreparation.sittingOver(world);
            return;
        }
        MersenneTwisterFast random = world.random(Stream.CHOICE);
        int n = world.occupations.length;
        List<List<Employer>> slots = apprenticeshipSlots(world);
        java.util.Map<Programme, Integer> graduating = graduatingThisMonth(world);
        for (Programme programme : world.programmes) {
            programme.openIntake(world.scenario.colleges().programmeMonths(), graduating.getOrDefault(programme, 0));
        }
        limitToFundedPlaces(world);
        OpenSeats seats = new OpenSeats(world);
        double[] weights = choiceWeights(world, slots, seats);
        List<List<YoungPerson>> applicants = new ArrayList<>();
        for (int o = 0; o < n; o++) {
            applicants.add(new ArrayList<>());
        }
        java.util.Set<YoungPerson> compelled = compelledToVet(world);
        EducationSettings education = world.scenario.education();
        TrackReturns.Seen seen = seen(world);
        TrackPaths atEntry = TrackPaths.atEntry(world);
        TrackPaths afterGeneral = TrackPaths.afterGeneral(world);
        List<YoungPerson> returning = vetBoundFinishing(world);
        List<YoungPerson> starters = returning;
        for (YoungPerson person : returning) {
            person.vetBound = false;
            if (Draws.total(weights) > 0) {
                applicants.get(pick(weights, random)).add(person);
            } else if (person.transitionYear) {
                TransitionYear.leave(world, person);
            } else {
                startGeneral(world, person);
            }
        }
        int delay = education.vetStartDelayMonths();
        int choseVet = 0;
        for (YoungPerson person : world.entrants) {
            boolean vet = compelled.contains(person) || random.nextDouble() < TrackChoice.vetProbability(education,
                    atEntry, person.ability, person.abilityScore, seen, world.admissionCutoff);
            if (vet && Draws.total(weights) > 0) {
                choseVet++;
                if (delay > 0) {
                    startGeneral(world, person);
                    person.trainingEnds = world.month + delay;
                    person.vetBound = true;
                } else {
                    applicants.get(pick(weights, random)).add(person);
                }
            } else {
                startGeneral(world, person);
            }
        }
        if (delay == 0) {
            starters = world.entrants;
        }
        List<List<YoungPerson>> leaversToVet = byOccupation(n);
        for (YoungPerson person : generalLeavers(world, returning)) {
            double cutoff = person.admittedToHigher ? TrackChoice.CERTAIN_ADMISSION : TrackChoice.NO_ADMISSION;
            boolean vet = person.vetPlanned || random.nextDouble() < TrackChoice.vetProbability(education, afterGeneral, person.ability,
                    person.abilityScore, seen, cutoff);
            person.vetPlanned = false;
            if (vet && Draws.total(weights) > 0) {
                leaversToVet.get(pick(weights, random)).add(person);
            }
        }
        List<List<YoungPerson>> returners = LateVetEntry.returners(world, weights, seen);
        List<List<YoungPerson>> collegeApplicants = byOccupation(n);
        Placement.placeApprentices(world, pooled(applicants, leaversToVet, returners), slots);
        java.util.Set<YoungPerson> unplaced = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        unplaced.addAll(Placement.place(world, stillApplying(applicants), slots, collegeApplicants, seats));
        Placement.place(world, stillApplying(leaversToVet), slots, collegeApplicants, seats);
        Placement.place(world, stillApplying(returners), slots, collegeApplicants, seats);
        for (List<YoungPerson> list : applicants) {
            for (YoungPerson person : list) {
                if (unplaced.contains(person)) {
                    if (TransitionYear.attends(world, person)) {
                        TransitionYear.enter(world, person);
                    } else if (person.transitionYear) {
                        TransitionYear.leave(world, person);
                    } else {
                        startGeneral(world, person);
                    }
                }
                person.enteredVet = person.status == Status.APPRENTICE || person.status == Status.SCHOOL_VET || person.transitionYear;
            }
        }
        for (List<YoungPerson> list : leaversToVet) {
            for (YoungPerson person : list) {
                if (person.status != Status.GENERAL_EDUCATION) {
                    person.vetAfterGeneral = true;
                    person.admittedToHigher = false;
                    world.flows.vetEntrantsAfterGeneral++;
                }
            }
        }
        LateVetEntry.placed(world, returners);
        world.intakeApplicants = count(applicants) + count(leaversToVet) + count(returners);
        for (int o = 0; o < n; o++) {
            world.intakeApplicantsByOccupation[o] = applicants.get(o).size() + leaversToVet.get(o).size() + returners.get(o).size();
        }
        recordApplications(world, collegeApplicants);
        long vet = starters.stream().filter(p -> p.status == Status.SCHOOL_VET || p.status == Status.APPRENTICE).count();
        long apprentices = starters.stream().filter(p -> p.status == Status.APPRENTICE).count();
        world.vetEntryShare = delay > 0 ? (double) choseVet / world.entrants.size() : (double) vet / world.entrants.size();
        world.apprenticeShareOfVetEntrants = vet > 0 ? (double) apprentices / vet : 0.0;
        HigherEducation.admit(world);
    }

    /** Whether {@code month} is an intake month: programmes and apprenticeships start once a year, at the start of the school year. */
    static boolean intakeMonth(int month) {
        return month % 12 == 0;
    }

    /** One empty list of applicants per occupation. */
    static List<List<YoungPerson>> byOccupation(int occupations) {
        List<List<YoungPerson>> lists = new ArrayList<>();
        for (int o = 0; o < occupations; o++) {
            lists.add(new ArrayList<>());
        }
        return lists;
    }

    /**
     * The year's applicants of each occupation in one list: the cohort's, the general-track
     * leavers' and the returners' from out of work, who compete for the same places, since
     * employers choose among all who apply (in Germany 29% of new apprentices of 2019 held the
     * Abitur, BIBB Datenreport 2021, A5.5.1, and 43% of the registered applicants of 2018 had left
     * school in an earlier year, BIBB Datenreport 2019, A1.3).
     */
    @SafeVarargs
    static List<List<YoungPerson>> pooled(List<List<YoungPerson>>... groups) {
        List<List<YoungPerson>> pooled = byOccupation(groups[0].size());
        for (List<List<YoungPerson>> group : groups) {
            for (int o = 0; o < group.size(); o++) {
                pooled.get(o).addAll(group.get(o));
            }
        }
        return pooled;
    }

    /** The applicants of each occupation not yet placed as apprentices. */
    private static List<List<YoungPerson>> stillApplying(List<List<YoungPerson>> applicants) {
        List<List<YoungPerson>> left = byOccupation(applicants.size());
        for (int o = 0; o < applicants.size(); o++) {
            for (YoungPerson person : applicants.get(o)) {
                if (person.status != Status.APPRENTICE) {
                    left.get(o).add(person);
                }
            }
        }
        return left;
    }

    /**
     * Holds the year's intake of all programmes to the places the state funds
     * ({@code colleges.places_per_cohort} times the entering cohort), each programme cut in
     * proportion to its intake (largest remainders, ties to the earlier programme).
     */
    static void limitToFundedPlaces(World world) {
        int funded = (int) Math.floor(world.scenario.colleges().placesPerCohort() * world.entrants.size() + 1e-9);
        List<Programme> programmes = world.programmes;
        int total = 0;
        for (Programme programme : programmes) {
            total += programme.intakeLeft();
        }
        if (total <= funded) {
            return;
        }
        int[] limit = new int[programmes.size()];
        double[] remainder = new double[programmes.size()];
        int given = 0;
        for (int i = 0; i < limit.length; i++) {
            double exact = (double) programmes.get(i).intakeLeft() * funded / total;
            limit[i] = (int) Math.floor(exact);
            remainder[i] = exact - limit[i];
            given += limit[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < limit.length; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -remainder[i]).thenComparingInt(i -> i));
        for (int k = 0; k < funded - given; k++) {
            limit[order.get(k)]++;
        }
        for (int i = 0; i < limit.length; i++) {
            programmes.get(i).limitIntake(limit[i]);
        }
    }

    /**
     * Pupils who chose VET at an earlier intake and finish their further school years now, to
     * start vocational training at this intake.
     */
    private static List<YoungPerson> vetBoundFinishing(World world) {
        List<YoungPerson> finishing = new ArrayList<>();
        for (YoungPerson person : world.people) {
            if (person.vetBound && person.status == Status.GENERAL_EDUCATION && person.trainingEnds == world.month) {
                finishing.add(person);
            }
        }
        return finishing;
    }

    /**
     * General-track pupils who finish this month without a job to go to: they may apply for
     * vocational training in this year's intake, those with a place in higher education weighing
     * the degree they would otherwise take (one who finds no training place takes up the place).
     * Not the cohort's entrants, nor {@code returning}, the pupils whose further school year or
     * transition measure ends now (they apply as starters).
     */
    private static List<YoungPerson> generalLeavers(World world, List<YoungPerson> returning) {
        List<YoungPerson> leavers = new ArrayList<>();
        java.util.Set<YoungPerson> entrants = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        entrants.addAll(world.entrants);
        entrants.addAll(returning);
        for (YoungPerson person : world.people) {
            if (person.status == Status.GENERAL_EDUCATION && person.trainingEnds == world.month
                    && person.offerFrom == null && !person.vetBound && !entrants.contains(person)) {
                leavers.add(person);
            }
        }
        return leavers;
    }

    /** School-based students who finish this month (later in the month), by programme. */
    private static java.util.Map<Programme, Integer> graduatingThisMonth(World world) {
        java.util.Map<Programme, Integer> counts = new java.util.HashMap<>();
        for (YoungPerson person : world.people) {
            if (person.status == Status.SCHOOL_VET && person.trainingEnds == world.month) {
                counts.merge(person.programme, 1, Integer::sum);
            }
        }
        return counts;
    }

    /**
     * The entrants the law sends to vocational education: the compulsory share of the cohort with
     * the lowest academic signals ({@link AdmissionSignal#academic}), those not admitted to the
     * academic track.
     */
    private static java.util.Set<YoungPerson> compelledToVet(World world) {
        double share = world.scenario.education().compulsoryVetShare();
        java.util.Set<YoungPerson> compelled = new java.util.HashSet<>();
        if (share <= 0) {
            return compelled;
        }
        List<YoungPerson> entrants = world.entrants;
        double[] signal = new double[entrants.size()];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < entrants.size(); i++) {
            signal[i] = AdmissionSignal.academic(world, entrants.get(i));
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> signal[i]).thenComparingInt(i -> i));
        int count = (int) Math.round(share * entrants.size());
        for (int k = 0; k < count; k++) {
            compelled.add(entrants.get(order.get(k)));
        }
        return compelled;
    }

    /** The paths' earnings as young people see them this month ({@link #informationLag}). */
    static TrackReturns.Seen seen(World world) {
        return world.trackReturns.seen(world.month, informationLag(world));
    }

    /**
     * The month from which the degree's base is fixed ({@code education.degree_reference_month},
     * from run start, warm-up included), or -1 where it follows leavers' earnings.
     */
    static int degreeReferenceFrom(World world) {
        int month = world.scenario.education().degreeReferenceMonth();
        return month > 0 ? world.month - world.outputMonth() + month : -1;
    }

    /** Age of the information pupils act on: the councils' when industry councils publish it. */
    static int informationLag(World world) {
        Engagement engagement = world.engagement;
        return engagement.industryCouncils().enabled()
                ? engagement.industryCouncils().informationLagMonths()
                : world.scenario.education().informationLagMonths();
    }

    private static List<List<Employer>> apprenticeshipSlots(World world) {
        for (Employer employer : world.employers) {
            employer.placesFilled = 0;
            employer.placesReopened = 0;
        }
        boolean offered = world.engagement.workBasedLearning().apprenticeships();
        return Placement.slots(world, employer -> offered ? employer.placesOffered : 0, Stream.CHOICE);
    }

    /**
     * Each occupation's weight in a VET chooser's pick ({@link OccupationChoice#vocational}): its
     * share of jobs where it has places this intake (free intake plus apprenticeship places
     * offered), times the earnings prospects of its certified leavers, seen with the information
     * lag, and the chance of a place given last year's applicants.
     */
    private static double[] choiceWeights(World world, List<List<Employer>> slots, OpenSeats seats) {
        double[] places = new double[world.occupations.length];
        for (int o = 0; o < places.length; o++) {
            places[o] = seats.free(o) + slots.get(o).size();
        }
        return occupationWeights(world, places);
    }

    /**
     * Each occupation's weight in a VET chooser's pick ({@link OccupationChoice#vocational}) when
     * {@code places} are open in it: its share of jobs where it has places, times the earnings
     * prospects of its certified leavers, seen with the information lag, and the chance of a place
     * given the last intake's applicants.
     */
    static double[] occupationWeights(World world, double[] places) {
        double[] aspiration = new double[world.occupations.length];
        for (int o = 0; o < places.length; o++) {
            aspiration[o] = world.scenario.occupations().get(o).employmentShare();
        }
        double[] earnings = world.occupationReturns.certified(world.month, informationLag(world));
        return OccupationChoice.vocational(places, aspiration, earnings, world.intakeApplicantsByOccupation,
                world.scenario.education().prospectSensitivity());
    }

    private static void recordApplications(World world, List<List<YoungPerson>> applicants) {
        for (Programme programme : world.programmes) {
            programme.setApplications(0);
        }
        for (int o = 0; o < applicants.size(); o++) {
            List<Programme> offering = programmesOf(world, o);
            int seats = 0;
            for (Programme p : offering) {
                seats += p.seats();
            }
            for (Programme p : offering) {
                double share = seats > 0 ? (double) p.seats() / seats : 1.0 / offering.size();
                p.setApplications((int) Math.round(applicants.get(o).size() * share));
            }
        }
    }

    private static void startGeneral(World world, YoungPerson person) {
        person.trainingEnds = world.month + world.scenario.education().generalMonths();
        person.setStatus(Status.GENERAL_EDUCATION);
        person.track = Track.GENERAL;
    }

    static List<Programme> programmesOf(World world, int occupation) {
        return world.programmesByOccupation.get(occupation);
    }

    private static int count(List<List<YoungPerson>> lists) {
        int count = 0;
        for (List<YoungPerson> list : lists) {
            count += list.size();
        }
        return count;
    }

    private static int pick(double[] weights, MersenneTwisterFast random) {
        return Draws.weighted(weights, random.nextDouble());
    }
}
