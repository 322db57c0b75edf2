package org.vetsim.model;

import ec.util.MersenneTwisterFast;

import java.util.ArrayList;
import java.util.List;

/**
 * Job seekers still available for hiring this month, drawn at random and taken out once hired,
 * both in constant time, so that employers never screen someone already hired and the chance of
 * finding an available applicant does not depend on the size of the population. Those searching
 * from a job or an apprenticeship ({@link Status#holdsPost}) send fewer applications than those
 * without work ({@code labour_market.on_the_job_search_intensity}): they are drawn in proportion to
 * that intensity, the others in proportion to 1 (informal workers among them: how often they search
 * is drawn before they join, {@link InformalWork}).
 */
final class SeekerPool {
    private final List<YoungPerson> people;
    private final boolean occupationPool;
    /** Seekers in the pool who search from a job or an apprenticeship. */
    private int onJob;

    SeekerPool(int capacity, boolean occupationPool) {
        this.people = new ArrayList<>(capacity);
        this.occupationPool = occupationPool;
    }

    void add(YoungPerson person) {
        setIndex(person, people.size());
        people.add(person);
        onJob += person.status.holdsPost() ? 1 : 0;
    }

    boolean isEmpty() {
        return people.isEmpty();
    }

    int size() {
        return people.size();
    }

    /** A seeker drawn uniformly at random; the pool must not be empty. */
    YoungPerson draw(MersenneTwisterFast random) {
        return people.get(random.nextInt(people.size()));
    }

    /**
     * A seeker drawn at random with weight {@code intensity} for one searching from a job and 1
     * for one without work (rejection sampling: a uniform draw is kept with its weight over the
     * larger weight, so at intensity 1 this is {@link #draw} with the same random numbers); the
     * pool must not be empty.
     */
    YoungPerson draw(MersenneTwisterFast random, double intensity) {
        if (intensity == 1.0 || onJob == 0 || onJob == people.size()) {
            return draw(random);
        }
        double onJobKeep = Math.min(1.0, intensity);
        double otherKeep = Math.min(1.0, 1.0 / intensity);
        while (true) {
            YoungPerson person = draw(random);
            double keep = person.status.holdsPost() ? onJobKeep : otherKeep;
            if (keep >= 1.0 || random.nextDouble() < keep) {
                return person;
            }
        }
    }

    /** Seekers weighted by their applications: those without work 1 each, those searching from a job {@code intensity}. */
    double weighted(double intensity) {
        return people.size() - onJob + intensity * onJob;
    }

    /** Takes {@code person} out of the pool (swap with the last). */
    void remove(YoungPerson person) {
        int index = index(person);
        if (index < 0 || index >= people.size() || people.get(index) != person) {
            return;
        }
        onJob -= person.status.holdsPost() ? 1 : 0;
        YoungPerson last = people.remove(people.size() - 1);
        if (last != person) {
            people.set(index, last);
            setIndex(last, index);
        }
        setIndex(person, -1);
    }

    /** The seekers still in the pool, in no particular order. */
    List<YoungPerson> people() {
        return people;
    }

    private int index(YoungPerson person) {
        return occupationPool ? person.occupationPoolIndex : person.allPoolIndex;
    }

    private void setIndex(YoungPerson person, int index) {
        if (occupationPool) {
            person.occupationPoolIndex = index;
        } else {
            person.allPoolIndex = index;
        }
    }
}
