package org.vetsim.model;

import ec.util.MersenneTwisterFast;
import org.vetsim.scenario.MilitaryServiceSettings;

/**
 * Compulsory military service ({@code military_service}). Whether a young person serves is drawn
 * once, with the conscripted share of a cohort, when they first reach the point of service: a
 * student in higher education after the months of study before service (they take leave, and
 * their studies end that much later), anyone else not in education at the call-up age (those
 * still at school or in training then serve when they leave it, as the law lets students defer).
 * A conscript leaves any job or search and returns after the months of service: a student to
 * the studies, anyone else to look for work, with the months to a first job counted without the
 * service. With no one conscripted the step draws nothing and changes nothing.
 */
final class MilitaryService implements PersonStep {
    private MersenneTwisterFast random;
    private MilitaryServiceSettings settings;

    @Override
    public void begin(World world) {
        random = world.random(Stream.MILITARY_SERVICE);
        settings = world.scenario.militaryService();
    }

    @Override
    public void apply(World world, YoungPerson person) {
        if (person.status == Status.MILITARY_SERVICE) {
            if (world.month >= person.serviceEnds) {
                discharge(world, person);
            }
            return;
        }
        if (!settings.inForce() || person.serviceDecided || !due(world, person)) {
            return;
        }
        person.serviceDecided = true;
        if (random.nextDouble() < settings.share()) {
            callUp(world, person);
        }
    }

    /** Whether {@code person} has reached the point of service (not yet knowing if they serve). */
    boolean due(World world, YoungPerson person) {
        return switch (person.status) {
            case HIGHER_EDUCATION -> world.month - person.studyStart >= settings.studyMonthsBeforeService()
                    && person.trainingEnds > world.month;
            case EMPLOYED, UNEMPLOYED, INACTIVE -> person.age(world.month) >= settings.callUpAge();
            default -> false;
        };
    }

    private void callUp(World world, YoungPerson person) {
        int months = settings.months();
        if (person.status == Status.EMPLOYED) {
            world.separate(person);
        }
        JobOffers.lapse(person);
        person.studyLeave = person.status == Status.HIGHER_EDUCATION;
        if (person.studyLeave) {
            person.trainingEnds += months;
        }
        person.searchingOnJob = false;
        person.serviceStarted = world.month;
        person.serviceEnds = world.month + months;
        person.setStatus(Status.MILITARY_SERVICE);
    }

    private static void discharge(World world, YoungPerson person) {
        if (person.studyLeave) {
            person.studyLeave = false;
            person.setStatus(Status.HIGHER_EDUCATION);
            return;
        }
        if (!person.hadJob && person.leftEducation >= 0) {
            person.leftEducation += world.month - person.serviceStarted;
        }
        person.setStatus(Status.UNEMPLOYED);
    }
}
