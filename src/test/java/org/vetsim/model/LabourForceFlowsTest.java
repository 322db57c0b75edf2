package org.vetsim.model;

import org.junit.jupiter.api.Test;
import org.vetsim.io.scenario.ScenarioLoader;
import org.vetsim.metrics.Metric;
import org.vetsim.metrics.MonthReport;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Gross flows between employment, unemployment and outside the labour force, as labour force
 * surveys measure them: each person's state at the end of last month against this month, among
 * those aged 15-24 and civilians in both months.
 */
class LabourForceFlowsTest {
    @Test
    void statesAreTheSurveysApprenticesEmployedStudentsOutsideConscriptsNone() {
        YoungPerson person = new YoungPerson(1, 0, 0.0);
        person.setStatus(Status.APPRENTICE);
        assertEquals(LabourForceFlows.EMPLOYED, LabourForceFlows.stateOf(person));
        person.setStatus(Status.UNEMPLOYED);
        assertEquals(LabourForceFlows.UNEMPLOYED, LabourForceFlows.stateOf(person));
        person.setStatus(Status.HIGHER_EDUCATION);
        assertEquals(LabourForceFlows.OUTSIDE, LabourForceFlows.stateOf(person));
        person.setStatus(Status.INACTIVE);
        assertEquals(LabourForceFlows.OUTSIDE, LabourForceFlows.stateOf(person));
        person.setStatus(Status.MILITARY_SERVICE);
        assertEquals(LabourForceFlows.NONE, LabourForceFlows.stateOf(person));
    }

    @Test
    void aHazardIsTheShareOfThoseInOneStateLastMonthWhoAreInAnotherNow() {
        LabourForceFlows flows = new LabourForceFlows();
        for (int k = 0; k < 7; k++) {
            flows.add(LabourForceFlows.EMPLOYED, LabourForceFlows.EMPLOYED);
        }
        flows.add(LabourForceFlows.EMPLOYED, LabourForceFlows.UNEMPLOYED);
        flows.add(LabourForceFlows.EMPLOYED, LabourForceFlows.OUTSIDE);
        flows.add(LabourForceFlows.EMPLOYED, LabourForceFlows.OUTSIDE);
        assertEquals(0.1, flows.hazard(LabourForceFlows.EMPLOYED, LabourForceFlows.UNEMPLOYED), 1e-12);
        assertEquals(0.2, flows.hazard(LabourForceFlows.EMPLOYED, LabourForceFlows.OUTSIDE), 1e-12);
        assertEquals(0.0, flows.hazard(LabourForceFlows.UNEMPLOYED, LabourForceFlows.EMPLOYED), "nobody was unemployed");
    }

    @Test
    void aSeparationThisMonthIsCountedFromEmploymentToUnemploymentForThoseAged15To24Only() {
        World world = TestWorlds.settled(ScenarioLoader.load(Path.of("baseline"), List.of("population.young_people=3000")), 1);
        LabourForceFlows.observe(world, false);
        YoungPerson young = null;
        YoungPerson older = null;
        for (YoungPerson person : world.people) {
            int age = person.age(world.month);
            if (person.status == Status.EMPLOYED && age <= 24 && young == null) {
                young = person;
            } else if (person.status == Status.EMPLOYED && age >= 25 && older == null) {
                older = person;
            }
        }
        world.separate(young);
        world.separate(older);
        long employedYoung = world.people.stream()
                .filter(p -> p.age(world.month) <= 24 && p.lastLabourState == LabourForceFlows.EMPLOYED).count();
        LabourForceFlows flows = LabourForceFlows.observe(world, true);
        assertEquals(1.0 / employedYoung, flows.hazard(LabourForceFlows.EMPLOYED, LabourForceFlows.UNEMPLOYED), 1e-12,
                "only the 15-24 year-old's separation counts, over the employed aged 15-24");
        assertEquals(LabourForceFlows.UNEMPLOYED, young.lastLabourState, "this month's state is recorded for next month");
    }

    @Test
    void theHazardsAreSharesAndTheFlowsOutOfUnemploymentFollowHiresOverSeveralSeeds() {
        for (long seed = 1; seed <= 3; seed++) {
            List<MonthReport> reports = TestScenarios.run(TestScenarios.small(), seed);
            for (MonthReport report : reports) {
                double fromU = report.value(Metric.FLOW_U_TO_E_15_24) + report.value(Metric.FLOW_U_TO_N_15_24);
                double fromE = report.value(Metric.FLOW_E_TO_U_15_24) + report.value(Metric.FLOW_E_TO_N_15_24);
                double fromN = report.value(Metric.FLOW_N_TO_E_15_24) + report.value(Metric.FLOW_N_TO_U_15_24);
                assertTrue(fromU <= 1 && fromE <= 1 && fromN <= 1, "month " + report.month());
            }
            assertTrue(TestScenarios.mean(reports, Metric.FLOW_U_TO_E_15_24, 13) > 0, "seed " + seed + ": the unemployed find jobs");
            assertTrue(TestScenarios.mean(reports, Metric.FLOW_E_TO_U_15_24, 13) > 0, "seed " + seed + ": employees lose or leave jobs");
        }
    }
}
