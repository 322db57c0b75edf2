package org.vetsim.model;

import ec.util.MersenneTwisterFast;
import org.vetsim.scenario.MilitaryServiceSettings;

/**
 * Compulsory military service ({@code military_service}). Whether a young man serves is drawn
 * once, so that the conscripted share of a cohort serves (that share over the men's share of a
 * cohort, at most all of them; women do not serve), when they first reach the call-up age or, as a
 * student in higher education, the months of study before service. A conscript then serves as
 * soon as they may: a student takes leave within the following year (enlistment dates are spread
 * over the year) and their studies end that much later; anyone else not in education is called
 * up at once; those still at school or in training defer until they leave, as the law lets
 * students defer, and meanwhile apply for no job and are not kept by their training firm, since
 * they leave for the service. A conscript leaves any job and returns after the months of service:
 * a student to the studies, anyone else to look for work, with the months to a first job counted
 * without the service. With no one conscripted the step draws nothing and changes nothing.
 */
final class MilitaryService implements PersonStep {
    private MersenneTwisterFast random;
    private MilitaryServiceSettings settings;

    @Override
    public void begin(World world) {
        random = world.random(Stream.MILITARY_SERVICE);
        settings = world.scenario.militaryService();
    }

    /** Whether {@code person} is to serve and has not been called up yet (a reform may end the service). */
    static boolean owes(World world, YoungPerson person) {
        return person.serviceOwed && world.scenario.militaryService().inForce();
    }

    @Override
    public void apply(World world, YoungPerson person) {
        if (person.status == Status.MILITARY_SERVICE) {
            if (world.month >= person.serviceEnds) {
                discharge(world, person);
            }
            return;
        }
        if (!settings.inForce()) {
            return;
        }
        if (!person.serviceDecided && reached(world, person)) {
            person.serviceDecided = true;
            double draw = random.nextDouble();
            person.serviceOwed = !person.female && draw < Math.min(1.0, settings.share() / (1 - Demography.FEMALE_SHARE));
            person.leaveOffset = person.serviceOwed ? random.nextInt(12) : 0;
        }
        if (person.serviceOwed && callable(world, person)) {
            callUp(world, person);
        }
    }

    /** Whether {@code person} has reached the point at which it is drawn if they serve. */
    boolean reached(World world, YoungPerson person) {
        return person.age(world.month) >= settings.callUpAge()
                || person.status == Status.HIGHER_EDUCATION && world.month - person.studyStart >= settings.studyMonthsBeforeService();
    }

    /** Whether {@code person}, who is to serve, may be called up now. */
    boolean callable(World world, YoungPerson person) {
        return switch (person.status) {
            case HIGHER_EDUCATION -> world.month - person.studyStart >= settings.studyMonthsBeforeService() + person.leaveOffset
                    && person.trainingEnds > world.month;
            case EMPLOYED, UNEMPLOYED, INACTIVE, INFORMAL -> true;
            default -> false;
        };
    }

    private void callUp(World world, YoungPerson person) {
        int months = settings.months();
        world.leaveJobForElsewhere(person);
        JobOffers.lapse(person);
        person.preparing = false;
        person.studying = false;
        ResitPreparation.stop(person);
        person.appointedTo = null;
        person.serviceOwed = false;
        person.studyLeave = person.status == Status.HIGHER_EDUCATION;
        if (person.studyLeave) {
            person.trainingEnds = HigherEducation.leavingMonth(world.scenario.education(), person.studyStart, person.trainingEnds + months);
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
        person.leftWorkMonth = world.month;
        person.setStatus(Status.UNEMPLOYED);
    }
}
