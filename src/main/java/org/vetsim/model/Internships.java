package org.vetsim.model;

/**
 * Internships (mechanism 1): a school-based student entering the last months of the programme
 * is placed with an employer of the occupation that has intern places left, the programme's
 * partner employers first. An intern learns in the firm at current requirements for the rest of
 * the programme, and the host knows the intern's productivity when hiring.
 */
final class Internships implements Phase {
    @Override
    public void run(World world) {
        var wbl = world.engagement.workBasedLearning();
        if (!wbl.internships()) {
            return;
        }
        int[] cursor = new int[world.occupations.length];
        for (YoungPerson person : world.people) {
            if (person.status != Status.SCHOOL_VET || person.intern
                    || person.trainingEnds - world.month != wbl.internshipMonths()) {
                continue;
            }
            Employer host = host(world, person, cursor);
            if (host != null) {
                host.internPlaces--;
                person.intern = true;
                person.internAt = host;
            }
        }
    }

    private static Employer host(World world, YoungPerson person, int[] cursor) {
        for (Employer partner : person.programme.partners()) {
            if (partner.internPlaces > 0) {
                return partner;
            }
        }
        var employers = world.employersByOccupation.get(person.occupation.index());
        int o = person.occupation.index();
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
