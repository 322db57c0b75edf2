package org.vetsim.model;

import org.vetsim.scenario.CurriculumCoDesign;
import org.vetsim.scenario.Engagement;

/**
 * Mechanism 2: whether a firm takes a seat on its occupation's curriculum board. The seat costs
 * staff time ({@code seat_cost_months} a year, times the firm's cost factor). What it buys is the
 * firm's own contribution to more current curricula: boards revise curricula more often and from
 * newer requirements in proportion to their members' share of the occupation's staff, so one
 * firm's seat moves the occupation's alignment by its staff share of the full effect, and the
 * firm values that only for its own young hires ({@code value_per_hire_months} each). Better
 * curricula serve every employer of the occupation, members or not, so small firms free-ride
 * and the largest firms carry the boards. Industry councils (mechanism 6: chambers, sector
 * councils) coordinate their members: all of them sit on the board through the council, so a
 * firm weighs its seat against the whole effect of full participation on its own hires, not
 * against its own small part of it.
 */
final class BoardSeat implements EmployerChoice {
    @Override
    public boolean inForce(Engagement engagement) {
        return engagement.curriculumCoDesign().enabled();
    }

    @Override
    public int mostLevel(World world, Employer employer) {
        return 1;
    }

    @Override
    public double value(World world, Employer employer, int level) {
        if (level == 0) {
            return 0;
        }
        CurriculumCoDesign coDesign = world.engagement.curriculumCoDesign();
        int o = employer.occupation().index();
        double occupationStaff = world.occupationStaff[o];
        double weight = occupationStaff > 0 ? employer.staff() / occupationStaff : 0.0;
        double gain;
        if (world.engagement.industryCouncils().enabled()) {
            gain = alignment(world, o, 1.0) - alignment(world, o, 0.0);
        } else {
            double others = Math.max(0.0, world.boardShare[o] - (employer.boardMember ? weight : 0.0));
            gain = alignment(world, o, Math.min(1.0, others + weight)) - alignment(world, o, others);
        }
        double youngHires = EmployerDecisions.expectedOpeningsPerYear(world, employer) * EmployerDecisions.youngShareOfHires(world);
        return youngHires * coDesign.valuePerHireMonths() * gain;
    }

    @Override
    public double cost(World world, Employer employer, int level) {
        return level == 0 ? 0 : world.engagement.curriculumCoDesign().seatCostMonths() * employer.trainingCostFactor();
    }

    @Override
    public void apply(World world, Employer employer, int level) {
        employer.boardMember = level > 0;
    }

    @Override
    public boolean revisedWhenMechanismsChange() {
        return true;
    }

    /**
     * Steady-state alignment of the occupation's curricula at board share {@code share}: the
     * match of requirements that are on average the revision lag plus half the revision interval
     * old, both blended between the ministry's and the boards' values as {@link Technology} does.
     */
    static double alignment(World world, int occupation, double share) {
        CurriculumCoDesign coDesign = world.engagement.curriculumCoDesign();
        var colleges = world.scenario.colleges();
        double interval = colleges.curriculumUpdateMonths() + (coDesign.updateMonths() - colleges.curriculumUpdateMonths()) * share;
        double lag = colleges.curriculumLagMonths() + (coDesign.lagMonths() - colleges.curriculumLagMonths()) * share;
        double age = lag + interval / 2.0;
        Occupation o = world.occupations[occupation];
        return world.skills.match(o.driftPerMonth() * age, 0.0);
    }
}
