package org.vetsim.model;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vetsim.io.scenario.ScenarioLoader;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The training firm's gateway decision on an apprentice of a settled English economy, whose skill
 * is set by hand: one on course for the pass mark sits the exam at the planned end, one who is
 * not trains on for the months the firm projects they need, never beyond the most the scenario
 * allows; the extension's months are paid as the last training month's; and without a gateway
 * nobody is held back.
 */
class AssessmentGatewayTest {
    private static World world;
    private static int lastMonths;

    @BeforeAll
    static void settle() {
        world = TestWorlds.settled(ScenarioLoader.load(Path.of("uk-partnership"), List.of("population.young_people=2000",
                "simulation.warmup_years=6")), 1);
        lastMonths = world.scenario.labourMarket().searchBeforeLeavingMonths();
    }

    private static YoungPerson apprentice(double proficiency) {
        YoungPerson person = TestWorlds.apprentice(world);
        person.proficiency = proficiency;
        person.vintage = person.occupation.examStandard();
        person.extensionMonths = 0;
        person.trainingEnds = world.month + lastMonths;
        return person;
    }

    @Test
    void anApprenticeOnCourseSitsTheExamAtThePlannedEnd() {
        YoungPerson ready = apprentice(0.9);
        int end = ready.trainingEnds;
        assertTrue(AssessmentGateway.due(world, ready));
        AssessmentGateway.judge(world, ready);
        assertEquals(end, ready.trainingEnds);
        assertEquals(0, ready.extensionMonths);
    }

    @Test
    void anApprenticeBehindTrainsOnForTheMonthsTheyNeedUpToTheCap() {
        double mark = world.scenario.exams().passMark();
        int most = world.engagement.workBasedLearning().gatewayMaxExtensionMonths();
        YoungPerson behind = apprentice(0.05);
        int end = behind.trainingEnds;
        int needed = AssessmentGateway.monthsNeeded(world, behind, lastMonths, 1000);
        assertTrue(needed > 0, "an apprentice at 0.05 of proficiency is not on course for " + mark);
        AssessmentGateway.judge(world, behind);
        assertEquals(Math.min(needed, most), behind.extensionMonths);
        assertEquals(end + behind.extensionMonths, behind.trainingEnds);
        behind.trainingEnds = world.month + lastMonths;
        assertEquals(behind.extensionMonths < most, AssessmentGateway.due(world, behind),
                "judged again when the new last months begin, while the cap allows more");
        behind.extensionMonths = most;
        assertFalse(AssessmentGateway.due(world, behind), "the cap is reached: no further extension");
        behind.extensionMonths = 0;
        behind.retakes = 1;
        assertFalse(AssessmentGateway.due(world, behind), "a resit follows a sitting: no gateway before it");
        behind.retakes = 0;
    }

    @Test
    void theExtensionLengthensTheEndNotThePast() {
        int months = world.engagement.workBasedLearning().apprenticeshipMonths();
        assertTrue(lastMonths >= 2 && lastMonths < months, "the test needs a month of training below the last: " + lastMonths);
        YoungPerson extended = apprentice(0.05);
        extended.extensionMonths = 3;
        extended.trainingEnds = world.month + lastMonths + 3;
        assertEquals(months - lastMonths, world.trainingMonth(extended), "the training month counts from the start");
        extended.trainingEnds = world.month + 1;
        assertEquals(months - 1, world.trainingMonth(extended), "the extension's months are paid as the last training month");
        extended.extensionMonths = 0;
    }

    /** Over runs of the English preset, some apprentices are certified late with the gateway and none without it (nor resits). */
    @Test
    void theGatewayShowsInThePastPlannedEndShare() {
        var with = TestScenarios.smallPreset("uk-partnership");
        var without = TestScenarios.smallPreset("uk-partnership", "engagement.work_based_learning.assessment_gateway=false",
                "engagement.work_based_learning.exam_retakes.max_retakes=0");
        double late = TestScenarios.mean(TestScenarios.run(with, 3), org.vetsim.metrics.Metric.APPRENTICES_PAST_PLANNED_END_SHARE, 13);
        double none = TestScenarios.mean(TestScenarios.run(without, 3), org.vetsim.metrics.Metric.APPRENTICES_PAST_PLANNED_END_SHARE, 13);
        assertTrue(late > 0 && late < 0.5, "share past the planned end with a gateway: " + late);
        assertEquals(0.0, none, 0.0);
    }

    @Test
    void withoutAGatewayNobodyIsHeldBack() {
        World plain = TestWorlds.settled(ScenarioLoader.load(Path.of("uk-partnership"), List.of("population.young_people=2000",
                "simulation.warmup_years=6", "engagement.work_based_learning.assessment_gateway=false")), 1);
        YoungPerson person = TestWorlds.apprentice(plain);
        person.proficiency = 0.05;
        person.trainingEnds = plain.month + lastMonths;
        assertFalse(AssessmentGateway.due(plain, person));
    }
}
