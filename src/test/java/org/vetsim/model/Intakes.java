package org.vetsim.model;

import org.vetsim.io.scenario.ScenarioLoader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Hand-built pieces of a yearly intake for the placement tests: a settled German economy, pupils, a training firm, places. */
final class Intakes {
    private Intakes() {
    }

    /** A German economy of 2,000 young people after one year. */
    static World settledGermany() {
        return TestWorlds.settled(ScenarioLoader.load(Path.of("germany-dual"), List.of("population.young_people=2000")), 1);
    }

    /** A pupil of the general track whose ability lies between {@code low} and {@code high}, not {@code other}. */
    static YoungPerson pupil(World world, double low, double high, YoungPerson other) {
        for (YoungPerson person : world.people) {
            if (person != other && person.status == Status.GENERAL_EDUCATION && person.ability >= low && person.ability <= high) {
                return person;
            }
        }
        throw new AssertionError("no pupil of ability " + low + "-" + high);
    }

    /**
     * A pupil of the general track whose ability and whose ability signal as an applicant for a place
     * ({@link AdmissionSignal#vocational}) both lie between {@code low} and {@code high}, not {@code other}.
     */
    static YoungPerson pupilSeenAs(World world, double low, double high, YoungPerson other) {
        for (YoungPerson person : world.people) {
            double signal = AdmissionSignal.vocational(world, person);
            if (person != other && person.status == Status.GENERAL_EDUCATION && person.ability >= low && person.ability <= high
                    && signal >= low && signal <= high) {
                return person;
            }
        }
        throw new AssertionError("no pupil of ability and signal " + low + "-" + high);
    }

    /** An employer without mentors of an occupation learnt as an apprenticeship, with one place offered and none filled yet. */
    static Employer trainer(World world) {
        for (Employer employer : world.employers) {
            if (employer.occupation().apprenticeships() && !employer.mentors) {
                employer.placesOffered = 1;
                employer.placesFilled = 0;
                return employer;
            }
        }
        throw new AssertionError("no employer of an apprenticeship occupation without mentors");
    }

    /** {@code count} apprenticeship places, all at {@code employer}. */
    static List<List<Employer>> places(World world, Employer employer, int count) {
        List<List<Employer>> slots = new ArrayList<>();
        for (int o = 0; o < world.occupations.length; o++) {
            slots.add(new ArrayList<>());
        }
        for (int k = 0; k < count; k++) {
            slots.get(employer.occupation().index()).add(employer);
        }
        return slots;
    }

    /** {@code person} applying to {@code occupation}, as lists by occupation. */
    static List<List<YoungPerson>> applying(World world, int occupation, YoungPerson person) {
        List<List<YoungPerson>> lists = Enrolment.byOccupation(world.occupations.length);
        lists.get(occupation).add(person);
        return lists;
    }

    /** Closes every college programme's intake, so that nobody turned away by a firm finds a seat. */
    static void noSeats(World world) {
        for (Programme programme : world.programmes) {
            programme.limitIntake(0);
        }
    }
}
