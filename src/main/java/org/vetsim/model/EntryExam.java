package org.vetsim.model;

import ec.util.MersenneTwisterFast;
import org.vetsim.scenario.EntryExams;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The primary segment's yearly entry exam ({@link EntryExams}) and the appointment of those who
 * passed. In the exam month each segment employer offers places: the entrant share of its
 * expected openings of the year, less the passers still waiting for a post there. The candidates
 * are the young people preparing this month; each scores their general skill plus what their
 * months of preparation add plus noise, and the best pass, as many as there are places, each to a
 * place drawn at random. The lowest passing score updates the pass mark that people expect (a
 * moving average of the latest ones; an exam that leaves places unfilled, where anyone sitting
 * would have passed, counts as a mark of 0). Every month, a segment employer's vacancies go first to the
 * passers waiting for a post there, who start the following month ({@link JobStarts}); until a
 * post opens they wait outside the labour force. Runs after the month's participation choices
 * and before the hiring.
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
            hold(world, exams, random);
        }
        appoint(world, random);
    }

    /** Holds the exam: ranks this month's candidates and appoints the best to the places offered. */
    static void hold(World world, EntryExams exams, MersenneTwisterFast random) {
        List<Employer> places = new ArrayList<>();
        for (Employer employer : world.employers) {
            if (ExamPreparation.inSegment(world, employer)) {
                employer.appointees.removeIf(p -> p.appointedTo != employer || p.departed || p.status != Status.INACTIVE);
                double wanted = exams.entrantShare() * EmployerDecisions.expectedOpeningsPerYear(world, employer)
                        - employer.appointees.size();
                for (int k = Draws.stochasticRound(random, Math.max(0.0, wanted)); k > 0; k--) {
                    places.add(employer);
                }
            }
        }
        List<YoungPerson> candidates = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        for (YoungPerson person : world.people) {
            if (person.preparing && person.status == Status.INACTIVE) {
                candidates.add(person);
                scores.add(ExamPreparation.expectedScore(world, person, person.monthsPrepared)
                        + exams.scoreNoise() * random.nextGaussian());
            }
        }
        Integer[] order = new Integer[candidates.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingDouble((Integer i) -> scores.get(i)).reversed());
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
        if (!places.isEmpty()) {
            double lowest = passed == places.size() ? scores.get(order[passed - 1]) : 0.0;
            world.examPassMark = world.examHeld ? (1 - PASS_MARK_WEIGHT) * world.examPassMark + PASS_MARK_WEIGHT * lowest : lowest;
            world.examHeld = true;
        }
    }

    /** Segment employers' vacancies go first to the passers waiting for a post there. */
    static void appoint(World world, MersenneTwisterFast random) {
        double fitSpread = world.scenario.labourMarket().jobFitSpread();
        int horizon = world.scenario.labourMarket().hiringHorizonMonths();
        for (Employer employer : world.employers) {
            while (employer.vacancies > 0 && !employer.appointees.isEmpty()) {
                YoungPerson person = employer.appointees.poll();
                if (person.appointedTo != employer || person.departed || person.status != Status.INACTIVE) {
                    if (person.appointedTo == employer) {
                        person.appointedTo = null;
                    }
                    continue;
                }
                person.appointedTo = null;
                double productivity = world.skills.expectedProductivity(person, employer.occupation(), horizon);
                person.setStatus(Status.UNEMPLOYED);
                JobOffers.promise(world, person, employer, world.wage(productivity, employer.occupation().index()),
                        fitSpread * random.nextGaussian());
                world.flows.youngHires++;
            }
        }
    }
}
