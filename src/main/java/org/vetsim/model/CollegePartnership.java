package org.vetsim.model;

import org.vetsim.scenario.Engagement;

/**
 * Mechanism 8: whether a firm signs a partnership contract with a college programme of its
 * occupation. The contract costs staff time ({@code partnership_cost_months} a year). It returns
 * the recruitment cost saved on the young hires the programme's graduates can supply: a partner
 * takes the programme's interns first and weighs every graduate of it who is looking for work,
 * with a hiring preference, so those hires need no search. The firm partners with the programme
 * of its occupation that has the most graduates a year for each partner it already has; where the
 * occupation is not taught at school ({@code occupations[].school_based} false) there is no
 * programme with students to partner with.
 */
final class CollegePartnership implements EmployerChoice {
    @Override
    public boolean inForce(Engagement engagement) {
        return engagement.cooperationContracts().partnerships();
    }

    @Override
    public int mostLevel(World world, Employer employer) {
        boolean taught = employer.occupation().schoolBased() && !world.programmesByOccupation.get(employer.occupation().index()).isEmpty();
        return taught ? 1 : 0;
    }

    @Override
    public double value(World world, Employer employer, int level) {
        Programme programme = level == 0 ? null : bestProgramme(world, employer);
        if (programme == null) {
            return 0;
        }
        double youngHires = EmployerDecisions.expectedOpeningsPerYear(world, employer) * EmployerDecisions.youngShareOfHires(world);
        int partners = programme.partners().size() - (programme.partners().contains(employer) ? 1 : 0);
        double supplied = graduatesPerYear(world, programme) / (partners + 1);
        return Math.min(youngHires, supplied) * TrainedGraduateValue.recruitmentCost(world);
    }

    @Override
    public double cost(World world, Employer employer, int level) {
        return level == 0 ? 0 : world.engagement.cooperationContracts().partnershipCostMonths();
    }

    @Override
    public void apply(World world, Employer employer, int level) {
        Programme current = employer.partnerProgramme;
        if (current != null) {
            current.removePartner(employer);
            employer.partnerProgramme = null;
        }
        if (level > 0) {
            Programme programme = bestProgramme(world, employer);
            programme.addPartner(employer);
            employer.partnerProgramme = programme;
        }
    }

    @Override
    public boolean revisedWhenMechanismsChange() {
        return true;
    }

    private static Programme bestProgramme(World world, Employer employer) {
        Programme best = null;
        double most = -1;
        for (Programme programme : world.programmesByOccupation.get(employer.occupation().index())) {
            int others = programme.partners().size() - (programme.partners().contains(employer) ? 1 : 0);
            double perPartner = graduatesPerYear(world, programme) / (others + 1);
            if (perPartner > most) {
                most = perPartner;
                best = programme;
            }
        }
        return best;
    }

    /** Graduates a programme turns out a year: its seats over the programme's length in years. */
    private static double graduatesPerYear(World world, Programme programme) {
        return programme.seats() * 12.0 / world.scenario.colleges().programmeMonths();
    }
}
