package org.vetsim.model;

import org.junit.jupiter.api.Test;
import org.vetsim.io.scenario.ScenarioLoader;
import org.vetsim.scenario.Scenario;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two policy arms run with the same seed share their cohorts and shocks (common random numbers):
 * every process draws from its own stream, so the baseline and the German dual system, whose
 * employers, choices, training and hiring differ entirely, still see the same young people (birth
 * month and ability of every person), the same changes of circumstances (each person's value of
 * time outside work), the same sex and births (each woman's youngest child's birth month and whether
 * she can get care for it), the same demand shocks and the same technological change, month by month.
 */
class CommonRandomNumbersTest {

    @Test
    void armsWithTheSameSeedShareCohortsAndShocks() {
        List<String> small = List.of("population.young_people=2000", "simulation.years=3", "simulation.warmup_years=3",
                "parenthood.fertility_15_19=20", "parenthood.fertility_20_24=100", "parenthood.fertility_25_29=120",
                "parenthood.care_access=0.7");
        Scenario baseline = ScenarioLoader.load(Path.of("baseline"), small);
        Scenario german = ScenarioLoader.load(Path.of("germany-dual"), small);
        VetModel a = new VetModel(baseline, 99);
        VetModel b = new VetModel(german, 99);
        a.start();
        b.start();
        Map<Integer, double[]> people = new HashMap<>();
        int compared = 0;
        java.util.Set<Integer> mothers = new java.util.HashSet<>();
        while (!a.isComplete()) {
            a.schedule.step(a);
            b.schedule.step(b);
            for (int o = 0; o < a.world().occupations.length; o++) {
                Occupation x = a.world().occupations[o];
                Occupation y = b.world().occupations[o];
                assertEquals(x.demandShock(), y.demandShock(), 0.0, "demand shock of " + x.name() + " in month " + a.world().month);
                assertEquals(x.requirement(), y.requirement(), 0.0, "requirement of " + x.name() + " in month " + a.world().month);
            }
            Map<Integer, Double> factors = new HashMap<>();
            Map<Integer, int[]> parents = new HashMap<>();
            for (YoungPerson person : a.world().people) {
                people.putIfAbsent(person.id(), new double[] {person.birthMonth, person.abilityScore});
                factors.put(person.id(), person.nonMarketFactor);
                parents.put(person.id(), new int[] {person.female ? 1 : 0, person.youngestChildBorn, person.careAvailable ? 1 : 0});
                if (person.youngestChildBorn != YoungPerson.NO_CHILD) {
                    mothers.add(person.id());
                }
            }
            for (YoungPerson person : b.world().people) {
                double[] twin = people.get(person.id());
                if (twin != null) {
                    assertEquals(twin[0], person.birthMonth, 0.0, "birth month of person " + person.id());
                    assertEquals(twin[1], person.abilityScore, 0.0, "ability of person " + person.id());
                    assertEquals(factors.get(person.id()), person.nonMarketFactor, 0.0,
                            "value of time outside work of person " + person.id() + " in month " + a.world().month);
                    int[] family = parents.get(person.id());
                    assertEquals(family[0] == 1, person.female, "sex of person " + person.id());
                    assertEquals(family[1], person.youngestChildBorn, "birth month of the youngest child of person " + person.id());
                    assertEquals(family[2] == 1, person.careAvailable, "care for the child of person " + person.id());
                    compared++;
                }
            }
        }
        assertTrue(compared > 10_000, "the arms' people were compared: " + compared);
        assertTrue(mothers.size() > 20, "mothers in the arms: " + mothers.size());
        assertTrue(a.world().employers.size() != b.world().employers.size()
                || a.world().people.stream().filter(p -> p.status == Status.APPRENTICE).count()
                != b.world().people.stream().filter(p -> p.status == Status.APPRENTICE).count(), "the arms differ");
    }

    /**
     * The noise of an applicant's ability signal at placement is a keyed draw per person, their
     * record: two arms with the same seed give the same applicant the same signal, however many
     * draws their choices took before, and a later intake reads the same record.
     */
    @Test
    void armsGiveAnApplicantTheSameAbilitySignal() {
        List<String> small = List.of("population.young_people=1000");
        World a = new World(ScenarioLoader.load(Path.of("baseline"), small), 99);
        World b = new World(ScenarioLoader.load(Path.of("germany-dual"), small), 99);
        a.month = 360;
        b.month = 360;
        for (int k = 0; k < 1000; k++) {
            b.random(Stream.CHOICE).nextGaussian();
        }
        double sum = 0;
        double squares = 0;
        int n = 4000;
        for (int id = 0; id < n; id++) {
            YoungPerson person = new YoungPerson(id, 0, 0.0);
            double noise = Placement.signal(a, person) - person.ability();
            assertEquals(Placement.signal(a, person), Placement.signal(b, person), 0.0, "signal of applicant " + id);
            sum += noise;
            squares += noise * noise;
        }
        YoungPerson person = new YoungPerson(7, 0, 0.0);
        double now = Placement.signal(a, person);
        a.month += 12;
        assertEquals(now, Placement.signal(a, person), 0.0, "a later intake reads the same record");
        double spread = a.scenario.education().vetAdmissionNoise();
        assertEquals(0.0, sum / n, 4 * spread / Math.sqrt(n), "mean noise, within four standard errors");
        assertEquals(spread, Math.sqrt(squares / n - (sum / n) * (sum / n)), 4 * spread / Math.sqrt(2.0 * n),
                "sd of the noise, within four standard errors");
    }
}
