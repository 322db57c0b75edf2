package org.vetsim.model;

import ec.util.MersenneTwisterFast;
import org.vetsim.scenario.EntryExams;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The primary segment's yearly entry exam ({@link EntryExams}) and the appointment of those who
 * passed. In the exam month each segment employer offers places: the entrant share of the regular
 * openings it expects in the year ({@link SegmentVacancy#regularOpeningsPerYear}); a passer still
 * waiting for a post there from the last exam loses the wait. The candidates are the young people preparing this month; each scores
 * their general skill plus what their months of preparation add plus noise (one draw for every
 * young person at each exam, in population order, from a stream of its own, so two arms share
 * everyone's luck on the day), and the best pass, as many as there are places, each to a place
 * drawn at random. The lowest passing score updates the pass mark that people expect (a moving
 * average of the latest exams'; an exam nobody sat, where anyone would have passed, counts as a
 * mark of 0; an exam with no places tells people there is no chance). Every month, a segment
 * employer's vacancies go first to the passers waiting for a post there, who take it if it beats
 * their value of time outside work ({@link ParticipationChoice#takes}) and start the following
 * month ({@link JobStarts}) or at once ({@link HireStarts}); until a post opens they wait outside the labour force. Runs after the
 * month's participation choices and before the hiring.
 */
final class EntryExam implements Phase {
    /** Weight of the latest exam's lowest passing score in the pass mark people expect. */
    static final double PASS_MARK_WEIGHT = 0.5;

    @Override
    public void run(World world) {
        EntryExams exams = world.scenario.labourMarket().entryExams();
        if (!exams.enabled()) {
            return;
        }
        MersenneTwisterFast random = world.random(Stream.ENTRY_EXAMS);
        if (Math.floorMod(world.month, 12) == exams.examMonth()) {
            hold(world, exams, random, world.random(Stream.ENTRY_EXAM_SCORES));
        }
        appoint(world, random);
    }

    /** Holds the exam: ranks this month's candidates and appoints the best to the places offered. */
    static void hold(World world, EntryExams exams, MersenneTwisterFast random, MersenneTwisterFast scores) {
        double[] luck = new double[world.people.size()];
        for (int i = 0; i < luck.length; i++) {
            luck[i] = scores.nextGaussian();
        }
        List<Employer> places = new ArrayList<>();
        for (Employer employer : world.employers) {
            if (ExamPreparation.inSegment(world, employer)) {
                for (YoungPerson waiting : employer.appointees) {
                    if (waiting.appointedTo == employer) {
                        waiting.appointedTo = null;
                    }
                }
                employer.appointees.clear();
                double wanted = exams.entrantShare() * SegmentVacancy.regularOpeningsPerYear(world, employer);
                for (int k = Draws.stochasticRound(random, wanted); k > 0; k--) {
                    places.add(employer);
                }
            }
        }
        List<YoungPerson> candidates = new ArrayList<>();
        List<Double> score = new ArrayList<>();
        for (int i = 0; i < luck.length; i++) {
            YoungPerson person = world.people.get(i);
            if (person.preparing && person.status == Status.INACTIVE) {
                candidates.add(person);
                score.add(ExamPreparation.expectedScore(world, person, person.monthsPrepared) + exams.scoreNoise() * luck[i]);
            }
        }
        Integer[] order = new Integer[candidates.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> score.get(i)).reversed());
        Draws.shuffle(random, places);
        int passed = Math.min(places.size(), order.length);
        for (int rank = 0; rank < passed; rank++) {
            YoungPerson person = candidates.get(order[rank]);
            Employer employer = places.get(rank);
            person.appointedTo = employer;
            person.preparing = false;
            person.monthsPrepared = 0;
            employer.appointees.add(person);
        }
        world.examCandidates = order.length;
        world.examPasses = passed;
        world.examPlaces = places.size();
        if (!places.isEmpty()) {
            double lowest = passed > 0 ? score.get(order[passed - 1]) : 0.0;
            world.examPassMark = world.examHeld ? (1 - PASS_MARK_WEIGHT) * world.examPassMark + PASS_MARK_WEIGHT * lowest : lowest;
        }
        world.examHeld = true;
    }

    /** Segment employers' vacancies go first to the passers waiting for a post there. */
    static void appoint(World world, MersenneTwisterFast random) {
        double fitSpread = world.scenario.labourMarket().jobFitSpread();
        int horizon = world.scenario.labourMarket().hiringHorizonMonths();
        for (Employer employer : world.employers) {
            while (employer.vacancies > 0 && !employer.appointees.isEmpty()) {
                YoungPerson person = employer.appointees.poll();
                if (person.appointedTo != employer) {
                    continue;
                }
                person.appointedTo = null;
                if (person.departed || person.status != Status.INACTIVE) {
                    continue;
                }
                double wage = world.wageAt(employer, world.skills.expectedProductivity(person, employer.occupation(), horizon));
                double fit = fitSpread * random.nextGaussian();
                if (!ParticipationChoice.takes(world, person, wage, fit)) {
                    continue;
                }
                person.setStatus(Status.UNEMPLOYED);
                int slot = employer.vacancies;
                JobOffers.promise(world, person, employer, wage, fit);
                HireStarts.young(world, person, employer, slot);
                world.flows.youngHires++;
                world.flows.segmentHires++;
                world.flows.vacanciesOpen++;
                world.flows.vacanciesFilled++;
                world.flows.filledByOccupation[employer.occupation().index()]++;
                world.flows.vacanciesByOccupation[employer.occupation().index()]++;
            }
        }
    }
}
