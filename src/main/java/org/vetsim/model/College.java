package org.vetsim.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A vocational college offering programmes in some occupations. */
public final class College {
    private final int id;
    private final List<Programme> programmes = new ArrayList<>();

    College(int id) {
        this.id = id;
    }

    public int id() {
        return id;
    }

    public List<Programme> programmes() {
        return Collections.unmodifiableList(programmes);
    }

    void add(Programme programme) {
        programmes.add(programme);
    }

    /** Seats in all programmes. */
    public int seats() {
        int total = 0;
        for (Programme programme : programmes) {
            total += programme.seats();
        }
        return total;
    }
}
