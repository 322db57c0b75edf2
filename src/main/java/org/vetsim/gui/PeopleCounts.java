package org.vetsim.gui;

import org.vetsim.model.Employer;
import org.vetsim.model.Programme;
import org.vetsim.model.Status;
import org.vetsim.model.World;
import org.vetsim.model.YoungPerson;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One pass over the young people for the picture: how many hold each status, how many college
 * students are on internships (per programme), and how many apprentices and interns each drawn
 * employer has from each programme (the links).
 */
final class PeopleCounts {
    private static final int[] NICE = {1, 2, 5};

    private final Map<Status, Integer> byStatus = new EnumMap<>(Status.class);
    private final Map<ProgrammeNode, Integer> interns = new HashMap<>();
    private final Map<ProgrammeNode, Integer> apprentices = new HashMap<>();
    private final Map<Pair, Integer> links = new LinkedHashMap<>();
    private final Map<Pair, Integer> internLinks = new LinkedHashMap<>();
    private int allInterns;

    private PeopleCounts() {
    }

    static PeopleCounts of(World world, Map<Programme, ProgrammeNode> programmes, Map<Employer, FirmNode> firms) {
        PeopleCounts counts = new PeopleCounts();
        for (YoungPerson person : world.people()) {
            Status status = person.status();
            if (status == null) {
                continue;
            }
            counts.byStatus.merge(status, 1, Integer::sum);
            ProgrammeNode programme = person.programme() != null ? programmes.get(person.programme()) : null;
            if (status == Status.SCHOOL_VET && person.isIntern()) {
                counts.allInterns++;
                if (programme != null) {
                    counts.interns.merge(programme, 1, Integer::sum);
                    FirmNode host = person.internHost() != null ? firms.get(person.internHost()) : null;
                    if (host != null) {
                        counts.internLinks.merge(new Pair(programme, host), 1, Integer::sum);
                    }
                }
            }
            if (status == Status.APPRENTICE && programme != null) {
                counts.apprentices.merge(programme, 1, Integer::sum);
                FirmNode firm = person.employer() != null ? firms.get(person.employer()) : null;
                if (firm != null) {
                    counts.links.merge(new Pair(programme, firm), 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    /**
     * The smallest of 1, 2, 5, 10, 20, 50, ... people per dot such that {@code largest} people
     * fit in {@code dots} dots.
     */
    static int peoplePerDot(int largest, int dots) {
        for (int scale = 1; ; scale *= 10) {
            for (int nice : NICE) {
                if ((long) nice * scale * dots >= largest) {
                    return nice * scale;
                }
            }
        }
    }

    int people(Status status) {
        return byStatus.getOrDefault(status, 0);
    }

    int allInterns() {
        return allInterns;
    }

    int interns(ProgrammeNode programme) {
        return interns.getOrDefault(programme, 0);
    }

    int apprentices(ProgrammeNode programme) {
        return apprentices.getOrDefault(programme, 0);
    }

    /** Apprentices per (programme, employer node) pair. */
    Map<Pair, Integer> apprenticeLinks() {
        return links;
    }

    /** Interns per (programme, employer node) pair. */
    Map<Pair, Integer> internLinks() {
        return internLinks;
    }

    /** A programme and an employer node linked by apprentices or interns. */
    record Pair(ProgrammeNode programme, FirmNode firm) {
    }
}
