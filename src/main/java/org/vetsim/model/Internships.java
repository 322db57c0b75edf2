package org.vetsim.model;

import org.vetsim.scenario.WorkBasedLearning;

/**
 * Internships (mechanism 1): a school-based student entering the last months of the programme
 * is placed with an employer of the occupation that has intern places left, the programme's
 * partner employers first, then the others in an order shuffled each month. An intern learns in the firm at current requirements for the rest of
 * the programme, and the host knows the intern's productivity when hiring.
 */
final class Internships implements PersonStep {
    private WorkBasedLearning wbl;
    private int[] cursor;
    private java.util.List<java.util.List<Employer>> hosts;

    @Override
    public void begin(World world) {
        wbl = world.engagement.workBasedLearning();
        cursor = new int[world.occupations.length];
        hosts = null;
        if (wbl.internships()) {
            hosts = new java.util.ArrayList<>();
            for (var employers : world.employersByOccupation) {
                var shuffled = new java.util.ArrayList<>(employers);
                Draws.shuffle(world.random(Stream.PLACEMENTS), shuffled);
                hosts.add(shuffled);
            }
        }
    }

    @Override
    public void apply(World world, YoungPerson person) {
        if (!wbl.internships() || person.status != Status.SCHOOL_VET || person.intern
                || person.trainingEnds - world.month != wbl.internshipMonths()) {
            return;
        }
        Employer host = host(world, person);
        if (host != null) {
            host.internPlaces--;
            person.intern = true;
            person.internAt = host;
        }
    }

    private Employer host(World world, YoungPerson person) {
        for (Employer partner : person.programme.partners()) {
            if (partner.internPlaces > 0) {
                return partner;
            }
        }
        int o = person.occupation.index();
        var employers = hosts.get(o);
        while (cursor[o] < employers.size()) {
            Employer candidate = employers.get(cursor[o]);
            if (candidate.internPlaces > 0) {
                return candidate;
            }
            cursor[o]++;
        }
        return null;
    }
}
