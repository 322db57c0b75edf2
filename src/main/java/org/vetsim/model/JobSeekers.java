package org.vetsim.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The young people looking for work this month (the unemployed, those searching from a job,
 * an apprenticeship or informal work, and students in their last months), grouped for hiring: all of them, by
 * the occupation they look in (their own, or where the vacancies are for those without one), and
 * by the employers that know them (their internship host, the partners of their
 * programme, who hear of its students and graduates from the college).
 */
final class JobSeekers {
    final SeekerPool all;
    final List<SeekerPool> byOccupation = new ArrayList<>();
    final Map<Employer, List<YoungPerson>> known = new HashMap<>();
    /** Sums for employers' priors over the seekers, added as they join (see {@link Priors.Sums}). */
    final Priors.Sums priorSums;

    /** Open vacancies of each occupation summed up to it (for {@link #searchField}). */
    private final double[] cumulativeVacancies;
    private final int month;

    JobSeekers(World world) {
        int expected = world.lastSeekers + world.lastSeekers / 8 + 16;
        all = new SeekerPool(expected, false);
        priorSums = new Priors.Sums(world);
        for (int o = 0; o < world.occupations.length; o++) {
            byOccupation.add(new SeekerPool(expected / world.occupations.length, true));
        }
        cumulativeVacancies = new double[world.occupations.length];
        for (Employer employer : world.employers) {
            cumulativeVacancies[employer.occupation().index()] += employer.vacancies;
        }
        for (int o = 1; o < cumulativeVacancies.length; o++) {
            cumulativeVacancies[o] += cumulativeVacancies[o - 1];
        }
        month = world.month;
    }

    /** Takes a hired person out of the pools (call before the hire changes their occupation). */
    void hired(YoungPerson person) {
        all.remove(person);
        if (person.searchingIn != null) {
            byOccupation.get(person.searchingIn.index()).remove(person);
        }
    }

    /**
     * The occupation in whose vacancies {@code person} looks for work this month: their own, or,
     * for someone without one (a general-track leaver who has never worked), an occupation drawn
     * in proportion to its open vacancies, as job seekers without a trade apply where the jobs are
     * (a keyed draw per person and month, so two policy arms share it; uniform when no vacancy is
     * open).
     */
    Occupation searchField(World world, YoungPerson person) {
        if (person.occupation != null) {
            return person.occupation;
        }
        int n = cumulativeVacancies.length;
        double u = world.streams.keyed(Stream.SEARCH_FIELD, person.id(), month, 0);
        double total = cumulativeVacancies[n - 1];
        if (total <= 0) {
            return world.occupations[Math.min(n - 1, (int) (u * n))];
        }
        double target = u * total;
        for (int o = 0; o < n; o++) {
            if (target < cumulativeVacancies[o]) {
                return world.occupations[o];
            }
        }
        return world.occupations[n - 1];
    }

    /**
     * Adds {@code person} if looking for work (unemployed, searching from a job or from informal
     * work, or a student in the last months before leaving), and counts the certified supply out
     * of a post.
     */
    void addIfSeeking(World world, YoungPerson person) {
        boolean student = JobOffers.searchesBeforeLeaving(world, person);
        boolean informal = person.status == Status.INFORMAL && person.searchingFromInformal;
        if (person.status != Status.UNEMPLOYED && !person.searchingOnJob && !student && !informal || person.offerFrom != null) {
            return;
        }
        all.add(person);
        priorSums.add(world, person);
        person.searchingIn = searchField(world, person);
        byOccupation.get(person.searchingIn.index()).add(person);
        if (person.status == Status.UNEMPLOYED) {
            world.flows.unemployedSeekers++;
            world.flows.seekersByCertificate[LicencePreparation.group(person.certifiedIn != null, person.hadJob)]++;
        } else if (person.status == Status.EMPLOYED) {
            world.flows.employedSeekers++;
        } else if (person.status == Status.APPRENTICE && !JobOffers.leavingSoon(world, person)) {
            world.flows.apprenticesSearching++;
        }
        if (person.status == Status.UNEMPLOYED || student || informal) {
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
