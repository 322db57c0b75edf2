package org.vetsim.model;

import ec.util.MersenneTwisterFast;

import java.util.ArrayList;
import java.util.List;

/**
 * Job seekers still available for hiring this month, drawn at random and taken out once hired,
 * both in constant time, so that employers never screen someone already hired and the chance of
 * finding an available applicant does not depend on the size of the population.
 */
final class SeekerPool {
    private final List<YoungPerson> people;
    private final boolean occupationPool;

    SeekerPool(int capacity, boolean occupationPool) {
        this.people = new ArrayList<>(capacity);
        this.occupationPool = occupationPool;
    }

    void add(YoungPerson person) {
        setIndex(person, people.size());
        people.add(person);
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

    /** Takes {@code person} out of the pool (swap with the last). */
    void remove(YoungPerson person) {
        int index = index(person);
        if (index < 0 || index >= people.size() || people.get(index) != person) {
            return;
        }
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
