package org.vetsim.gui;

import org.vetsim.model.Status;
import org.vetsim.scenario.Reform;
import org.vetsim.scenario.Scenario;

import java.util.ArrayList;
import java.util.List;

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

    /**
     * The statuses a run of {@code scenario} can have people in, in the model's order: military
     * service only where someone serves, working abroad only where someone can migrate, informal
     * work only where it is open, at the start or after a reform.
     */
    static List<Status> shown(Scenario scenario) {
        boolean service = scenario.militaryService().inForce();
        boolean migration = scenario.labourMarket().migration().inForce();
        boolean informal = scenario.labourMarket().informalWork().inForce();
        for (Reform reform : scenario.reforms()) {
            service |= reform.inForce().militaryService().inForce();
            migration |= reform.inForce().labourMarket().migration().inForce();
            informal |= reform.inForce().labourMarket().informalWork().inForce();
        }
        List<Status> statuses = new ArrayList<>();
        for (Status status : Status.values()) {
            boolean shown = switch (status) {
                case MILITARY_SERVICE -> service;
                case ABROAD -> migration;
                case INFORMAL -> informal;
                default -> true;
            };
            if (shown) {
                statuses.add(status);
            }
        }
        return statuses;
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
