package org.vetsim.model;

import org.vetsim.scenario.CooperationContracts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * College-employer partnership contracts (mechanism 8). While partnerships are in force, the
 * given share of each occupation's employers, the largest first, have a contract with a programme
 * of their occupation (shared out in turn among its programmes). A partner takes the programme's
 * students as interns first, considers its graduates for every vacancy and gives them a hiring
 * preference. When partnerships end, the contracts lapse. Renewed yearly.
 */
final class Partnerships {
    private Partnerships() {
    }

    static void update(World world) {
        for (Programme programme : world.programmes) {
            programme.clearPartners();
        }
        for (Employer employer : world.employers) {
            employer.partnerProgramme = null;
        }
        CooperationContracts contracts = world.engagement.cooperationContracts();
        if (!contracts.partnerships()) {
            return;
        }
        for (int o = 0; o < world.occupations.length; o++) {
            List<Programme> programmes = world.programmesByOccupation.get(o);
            List<Employer> employers = new ArrayList<>(world.employersByOccupation.get(o));
            employers.sort(Comparator.comparingInt(Employer::baseStaff).reversed().thenComparingInt(Employer::id));
            int wanted = (int) Math.round(contracts.partnershipShare() * employers.size());
            for (int i = 0; i < wanted && !programmes.isEmpty(); i++) {
                Programme programme = programmes.get(i % programmes.size());
                Employer employer = employers.get(i);
                programme.addPartner(employer);
                employer.partnerProgramme = programme;
            }
        }
    }
}
