package org.vetsim.gui;

import org.vetsim.model.Status;

/**
 * The young people of one status, drawn as a box of dots (one dot for a fixed number of people,
 * the same in every box). Among college students, those on an internship in a firm are counted
 * apart and drawn in their own colour.
 */
public final class StatusPool {
    private final Status status;
    private int people;
    private int interns;
    private int perDot = 1;

    StatusPool(Status status) {
        this.status = status;
    }

    void set(int count, int internCount, int peoplePerDot) {
        people = count;
        interns = internCount;
        perDot = peoplePerDot;
    }

    Status status() {
        return status;
    }

    int perDot() {
        return perDot;
    }

    public String getName() {
        return Palette.label(status);
    }

    public int getPeople() {
        return people;
    }

    public int getOnInternship() {
        return interns;
    }

    @Override
    public String toString() {
        return getName();
    }
}
