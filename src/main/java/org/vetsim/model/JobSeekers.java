package org.vetsim.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The young people looking for work this month (the unemployed, those searching from a job or
 * an apprenticeship, and students in their last months), grouped for hiring: all of them, by
 * occupation, and by the employers that know them (their internship host, the partners of their
 * programme, who hear of its students and graduates from the college).
 */
final class JobSeekers {
    final SeekerPool all;
    final List<SeekerPool> byOccupation = new ArrayList<>();
    final Map<Employer, List<YoungPerson>> known = new HashMap<>();
    /** Sums for employers' priors over the seekers, added as they join (see {@link Priors.Sums}). */
    final Priors.Sums priorSums;

    JobSeekers(World world) {
        int expected = world.lastSeekers + world.lastSeekers / 8 + 16;
        all = new SeekerPool(expected, false);
        priorSums = new Priors.Sums(world);
        for (int o = 0; o < world.occupations.length; o++) {
            byOccupation.add(new SeekerPool(expected / world.occupations.length, true));
        }
    }

    /** Takes a hired person out of the pools (call before the hire changes their occupation). */
    void hired(YoungPerson person) {
        all.remove(person);
        if (person.occupation != null) {
            byOccupation.get(person.occupation.index()).remove(person);
        }
    }

    /**
     * Adds {@code person} if looking for work (unemployed, searching from a job, or a student in
     * the last months before leaving), and counts the certified unemployed supply.
     */
    void addIfSeeking(World world, YoungPerson person) {
        boolean student = JobOffers.searchesBeforeLeaving(world, person);
        if (person.status != Status.UNEMPLOYED && !person.searchingOnJob && !student || person.offerFrom != null) {
            return;
        }
        all.add(person);
        priorSums.add(world, person);
        if (person.occupation != null) {
            byOccupation.get(person.occupation.index()).add(person);
        }
        if (person.status == Status.UNEMPLOYED) {
            world.flows.unemployedSeekers++;
        }
        if (person.status == Status.UNEMPLOYED || student) {
            addKnown(world, person);
            if (person.certifiedIn != null) {
                world.flows.qualifiedSeekers++;
                world.flows.qualifiedSupplyByOccupation[person.certifiedIn.index()]++;
            }
        }
    }

    private void addKnown(World world, YoungPerson person) {
        if (person.internAt != null) {
            known.computeIfAbsent(person.internAt, e -> new ArrayList<>()).add(person);
        }
        Programme programme = person.status == Status.SCHOOL_VET ? person.programme : person.graduatedFrom;
        if (programme != null && world.engagement.cooperationContracts().partnerships()) {
            for (Employer partner : programme.partners()) {
                if (partner != person.internAt) {
                    known.computeIfAbsent(partner, e -> new ArrayList<>()).add(person);
                }
            }
        }
    }
}
