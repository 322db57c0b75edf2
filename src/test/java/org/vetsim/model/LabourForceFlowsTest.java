package org.vetsim.model;

import org.junit.jupiter.api.Test;
import org.vetsim.io.scenario.ScenarioLoader;
import org.vetsim.metrics.Metric;
import org.vetsim.metrics.MonthReport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Gross flows between employment, unemployment and outside the labour force, as labour force
 * surveys measure them: each person's state at the end of last month against this month, among
 * those aged 15-24 and civilians in both months, checked against transitions counted by hand in a
 * run.
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
        person.setStatus(Status.ABROAD);
        assertEquals(LabourForceFlows.NONE, LabourForceFlows.stateOf(person), "working abroad: outside the civilian population");
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
        assertTrue(Double.isNaN(flows.hazard(LabourForceFlows.UNEMPLOYED, LabourForceFlows.EMPLOYED)), "nobody was unemployed: undefined");
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

    /**
     * In a run whose window starts at 14, every reported hazard is the share counted by hand from
     * each person's status at the end of two consecutive months, among those aged 15-24 then and
     * civilians in both months; the 14-year-olds who moved between states are left out.
     */
    @Test
    void theHazardsAreTheTransitionsCountedByHandAmongThoseAged15To24() {
        VetModel model = new VetModel(TestScenarios.small("population.entry_age=14", "simulation.years=2"), 3);
        List<MonthReport> reports = new ArrayList<>();
        model.addListener(reports::add);
        model.start();
        Map<Integer, Integer> last = new HashMap<>();
        int compared = 0;
        long fourteenMoved = 0;
        long counted = 0;
        while (!model.isComplete()) {
            int reported = reports.size();
            model.schedule.step(model);
            World world = model.world();
            int month = world.month - 1;
            long[][] byHand = new long[3][3];
            Map<Integer, Integer> now = new HashMap<>();
            for (YoungPerson person : world.people) {
                int state = state(person.status);
                now.put(person.id(), state);
                Integer was = last.get(person.id());
                int age = person.age(month);
                if (was == null || was < 0 || state < 0) {
                    continue;
                }
                if (age >= 15 && age <= 24) {
                    byHand[was][state]++;
                } else if (age < 15 && !was.equals(state)) {
                    fourteenMoved++;
                }
            }
            last = now;
            if (reports.size() > reported) {
                MonthReport report = reports.get(reports.size() - 1);
                for (Metric metric : FLOWS.keySet()) {
                    int[] fromTo = FLOWS.get(metric);
                    long origin = byHand[fromTo[0]][0] + byHand[fromTo[0]][1] + byHand[fromTo[0]][2];
                    assertEquals(byHand[fromTo[0]][fromTo[1]] / (double) origin, report.value(metric), 1e-12,
                            metric.column() + " in month " + report.month());
                    counted += byHand[fromTo[0]][fromTo[1]];
                }
                compared++;
            }
        }
        assertEquals(24, compared, "every output month compared");
        assertTrue(counted > 1000, "transitions counted: " + counted);
        assertTrue(fourteenMoved > 0, "14-year-olds moved between states and were left out");
    }

    @Test
    void theUnemployedFindJobsAndEmployeesLoseOrLeaveThemOverSeveralSeeds() {
        for (long seed = 1; seed <= 3; seed++) {
            List<MonthReport> reports = TestScenarios.run(TestScenarios.small(), seed);
            assertTrue(TestScenarios.mean(reports, Metric.FLOW_U_TO_E_15_24, 13) > 0, "seed " + seed + ": the unemployed find jobs");
            assertTrue(TestScenarios.mean(reports, Metric.FLOW_E_TO_U_15_24, 13) > 0, "seed " + seed + ": employees lose or leave jobs");
        }
    }

    private static final Map<Metric, int[]> FLOWS = Map.of(
            Metric.FLOW_E_TO_U_15_24, new int[] {0, 1}, Metric.FLOW_E_TO_N_15_24, new int[] {0, 2},
            Metric.FLOW_U_TO_E_15_24, new int[] {1, 0}, Metric.FLOW_U_TO_N_15_24, new int[] {1, 2},
            Metric.FLOW_N_TO_E_15_24, new int[] {2, 0}, Metric.FLOW_N_TO_U_15_24, new int[] {2, 1});

    /** The survey state by hand: 0 employed (apprentices too), 1 unemployed, 2 outside, -1 conscript or abroad. */
    private static int state(Status status) {
        return switch (status) {
            case MILITARY_SERVICE, ABROAD -> -1;
            case UNEMPLOYED -> 1;
            case EMPLOYED, APPRENTICE -> 0;
            default -> 2;
        };
    }
}
