package org.vetsim.model;

import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract every employer choice keeps, checked on the employers of a small economy after
 * a few simulated years: switched off it offers only level 0; level 0 returns and costs nothing;
 * costs are never negative; the level chosen lies in range and is worth at least as much, net
 * of cost, as every other level (the lowest such level on a tie).
 */
class EmployerChoiceContractTest {
    private static final String[] ALL_ON = {"engagement.work_based_learning.apprenticeships=true",
        "engagement.work_based_learning.internships=true", "engagement.mentoring.enabled=true",
        "engagement.curriculum_co_design.enabled=true", "engagement.corporate_training_centres.enabled=true",
        "engagement.cooperation_contracts.partnerships=true", "engagement.cooperation_contracts.training_contracts=true"};

    @Test
    void everyChoiceTakesItsBestLevel() {
        World world = TestWorlds.settled(TestScenarios.small(ALL_ON), 3);
        for (EmployerChoice choice : EmployerDecisions.CHOICES) {
            assertTrue(choice.inForce(world.engagement), choice.getClass().getSimpleName() + " is on");
            int positive = 0;
            for (Employer employer : world.employers) {
                int most = choice.mostLevel(world, employer);
                int chosen = choice.choose(world, employer);
                String name = choice.getClass().getSimpleName() + " at employer " + employer.id();
                assertTrue(chosen >= 0 && chosen <= most, name + ": level " + chosen + " of at most " + most);
                assertEquals(0.0, choice.value(world, employer, 0), name);
                assertEquals(0.0, choice.cost(world, employer, 0), name);
                double chosenNet = net(choice, world, employer, chosen);
                for (int level = 0; level <= Math.min(most, 40); level++) {
                    assertTrue(choice.cost(world, employer, level) >= 0, name + ": cost at level " + level);
                    double net = net(choice, world, employer, level);
                    assertTrue(net <= chosenNet + 1e-9, name + ": level " + level + " nets " + net + " above the chosen " + chosenNet);
                    if (level < chosen) {
                        assertTrue(net < chosenNet, name + ": a lower level " + level + " is as good");
                    }
                }
                positive += chosen > 0 ? 1 : 0;
            }
            assertTrue(positive > 0, choice.getClass().getSimpleName() + ": some employer takes part");
        }
    }

    @Test
    void switchedOffEveryChoiceIsLevelZero() {
        World world = TestWorlds.settled(TestScenarios.small(), 3);
        for (EmployerChoice choice : EmployerDecisions.CHOICES) {
            assertTrue(!choice.inForce(world.engagement), choice.getClass().getSimpleName() + " is off in the baseline");
            for (Employer employer : world.employers) {
                assertEquals(0, choice.choose(world, employer), choice.getClass().getSimpleName());
            }
        }
        for (Employer employer : world.employers) {
            assertTrue(employer.placesOffered == 0 && employer.internPlaces == 0 && !employer.boardMember
                    && !employer.runsCentre && !employer.mentors && employer.partnerProgramme == null);
        }
    }

    private static double net(EmployerChoice choice, World world, Employer employer, int level) {
        return choice.value(world, employer, level) - choice.cost(world, employer, level);
    }

}
