package org.vetsim.model;

import org.vetsim.scenario.CooperationContracts;

/**
 * College-employer partnership contracts (mechanism 8). While partnerships are in force, the
 * given share of programmes each has one partner employer of its occupation, the largest one not
 * yet partnered; the partner takes the programme's students as interns first and gives its
 * graduates a hiring preference. When partnerships end, the contracts lapse.
 */
final class Partnerships {
    private Partnerships() {
    }

    static void update(World world) {
        CooperationContracts contracts = world.engagement.cooperationContracts();
        if (!contracts.partnerships()) {
            for (Programme programme : world.programmes) {
                dissolve(programme);
            }
            return;
        }
        int wanted = (int) Math.round(contracts.partnershipShare() * world.programmes.size());
        int have = 0;
        for (Programme programme : world.programmes) {
            if (programme.partner() != null) {
                have++;
            }
        }
        for (Programme programme : world.programmes) {
            if (have >= wanted) {
                break;
            }
            if (programme.partner() == null) {
                Employer partner = largestFree(world, programme.occupation());
                if (partner != null) {
                    programme.setPartner(partner);
                    partner.partnerProgramme = programme;
                    have++;
                }
            }
        }
    }

    private static void dissolve(Programme programme) {
        if (programme.partner() != null) {
            programme.partner().partnerProgramme = null;
            programme.setPartner(null);
        }
    }

    private static Employer largestFree(World world, Occupation occupation) {
        Employer best = null;
        for (Employer employer : world.employersByOccupation.get(occupation.index())) {
            if (employer.partnerProgramme == null && (best == null || employer.baseStaff() > best.baseStaff())) {
                best = employer;
            }
        }
        return best;
    }
}
