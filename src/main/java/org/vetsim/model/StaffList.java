package org.vetsim.model;

import java.util.AbstractCollection;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The young staff or the apprentices of one employer, in the order they joined: a list linked
 * through the people themselves (a person is on at most one such list at a time), so that adding
 * and removing a person cost constant time whatever the size of the firm, and the order, which
 * the sums over apprentices follow and layoffs scan from the newest (last month of hiring first,
 * {@link LabourDemand}), stays the order of joining.
 */
final class StaffList extends AbstractCollection<YoungPerson> {
    private YoungPerson first;
    private YoungPerson last;
    private int size;

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean isEmpty() {
        return size == 0;
    }

    /** Appends {@code person}, who must be on no staff list. */
    @Override
    public boolean add(YoungPerson person) {
        if (person.staffList != null) {
            throw new IllegalStateException("person " + person.id() + " is already on a staff list");
        }
        person.staffList = this;
        person.staffPrevious = last;
        person.staffNext = null;
        if (last == null) {
            first = person;
        } else {
            last.staffNext = person;
        }
        last = person;
        size++;
        return true;
    }

    /** Takes {@code o} off this list if it is on it; constant time. */
    @Override
    public boolean remove(Object o) {
        if (!(o instanceof YoungPerson person) || person.staffList != this) {
            return false;
        }
        if (person.staffPrevious == null) {
            first = person.staffNext;
        } else {
            person.staffPrevious.staffNext = person.staffNext;
        }
        if (person.staffNext == null) {
            last = person.staffPrevious;
        } else {
            person.staffNext.staffPrevious = person.staffPrevious;
        }
        person.staffList = null;
        person.staffPrevious = null;
        person.staffNext = null;
        size--;
        return true;
    }

    @Override
    public boolean contains(Object o) {
        return o instanceof YoungPerson person && person.staffList == this;
    }

    @Override
    public void clear() {
        while (first != null) {
            remove(first);
        }
    }

    /** The person who joined last, or null. */
    YoungPerson newest() {
        return last;
    }

    /** The person who joined just before {@code person}, or null. */
    static YoungPerson before(YoungPerson person) {
        return person.staffPrevious;
    }

    /** In the order of joining. */
    @Override
    public Iterator<YoungPerson> iterator() {
        return new Iterator<>() {
            private YoungPerson next = first;
            private YoungPerson returned;

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public YoungPerson next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                returned = next;
                next = next.staffNext;
                return returned;
            }

            @Override
            public void remove() {
                if (returned == null) {
                    throw new IllegalStateException();
                }
                StaffList.this.remove(returned);
                returned = null;
            }
        };
    }
}
