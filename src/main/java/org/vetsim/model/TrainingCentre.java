package org.vetsim.model;

import org.vetsim.scenario.CorporateTrainingCentres;
import org.vetsim.scenario.Engagement;

/**
 * Mechanism 7: whether a firm runs its own training centre for new hires (Japan, Korea). A centre
 * has a fixed yearly cost ({@code fixed_cost_months}) and a cost per induction month ({@code
 * cost_ratio}, times the firm's cost factor). It returns, for each young hire a year it trains:
 * the output a new hire does not lose while learning the firm's ways (firm-specific skill closes
 * at the on-the-job rate plus {@code firm_skill_gain} a month instead of the on-the-job rate
 * alone), and the cost of replacing quitters saved because trained hires quit less ({@code
 * quit_reduction}): the hiring process and the replacement's adaptation; where a levy rebate pays
 * for in-house training (Korea), the share of induction costs it covers. The fixed cost is spread
 * over the firm's hires, so size matters through the economics: a centre pays only where hires are
 * many.
 */
final class TrainingCentre implements EmployerChoice {
    @Override
    public boolean inForce(Engagement engagement) {
        return engagement.corporateTrainingCentres().enabled();
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
        CorporateTrainingCentres centres = world.engagement.corporateTrainingCentres();
        var skills = world.scenario.skills();
        double firmWeight = skills.firmWeight() / (skills.generalWeight() + skills.specificWeight() + skills.firmWeight());
        double onTheJob = world.skills.monthlyCatchUp(0.5);
        double outputSaved = firmWeight * (1 / onTheJob - 1 / (onTheJob + centres.firmSkillGain()));
        YoungQuitRates quits = YoungQuitRates.of(world);
        double quitsAvoided = 12 * quits.firstYear(true) * quits.sizeMultiplier(employer.sizeClass()) * centres.quitReduction()
                * (TrainedGraduateValue.recruitmentCost(world) + TrainedGraduateValue.adaptation(world, employer.occupation().index()));
        double inductionCost = centres.inductionMonths() * centres.costRatio() * employer.trainingCostFactor();
        double hires = youngHiresPerYear(world, employer);
        double apprenticeClaims = employer.apprentices.size() * employer.trainingCostFactor()
                * world.apprenticeshipEconomics(employer.mentors).otherCostsEligible();
        double rebated = inductionCost * LevySupport.coverage(world, employer, apprenticeClaims, hires * inductionCost / 12.0);
        return hires * (outputSaved + quitsAvoided + rebated);
    }

    @Override
    public double cost(World world, Employer employer, int level) {
        if (level == 0) {
            return 0;
        }
        CorporateTrainingCentres centres = world.engagement.corporateTrainingCentres();
        return centres.fixedCostMonths() + youngHiresPerYear(world, employer) * centres.inductionMonths()
                * centres.costRatio() * employer.trainingCostFactor();
    }

    @Override
    public void apply(World world, Employer employer, int level) {
        employer.runsCentre = level > 0;
    }

    @Override
    public boolean revisedWhenMechanismsChange() {
        return true;
    }

    private static double youngHiresPerYear(World world, Employer employer) {
        return EmployerDecisions.expectedOpeningsPerYear(world, employer) * EmployerDecisions.youngShareOfHires(world);
    }
}
