package org.vetsim.model;

import org.junit.jupiter.api.Test;
import org.vetsim.io.scenario.ScenarioLoader;
import org.vetsim.metrics.Track;
import org.vetsim.scenario.Scenario;
import org.vetsim.scenario.WorkBasedLearning;

import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Apprentices end their training early more often in the contract's first year
 * ({@code work_based_learning.apprentice_dropout_first_year_ratio}): the chance in the first 12
 * months is the ratio times the rate, in the simulation and in what firms expect of completion.
 */
class FirstYearDropoutTest {
    private static Scenario german(String rate, String ratio) {
        return ScenarioLoader.load(Path.of("germany-dual"), List.of("population.young_people=2000", "simulation.years=3",
                "simulation.warmup_years=4", "engagement.work_based_learning.apprentice_dropout_rate=" + rate,
                "engagement.work_based_learning.apprentice_dropout_first_year_ratio=" + ratio));
    }

    @Test
    void theHazardIsTheRatioTimesTheRateInTheFirstTwelveMonths() {
        WorkBasedLearning wbl = german("0.0048", "3.4").engagement().workBasedLearning();
        assertEquals(0.0048 * 3.4, wbl.apprenticeDropoutHazard(0), 1e-15);
        assertEquals(0.0048 * 3.4, wbl.apprenticeDropoutHazard(11), 1e-15);
        assertEquals(0.0048, wbl.apprenticeDropoutHazard(12), 0.0);
        assertEquals(0.0048, wbl.apprenticeDropoutHazard(35), 0.0);
    }

    @Test
    void aFirstYearChanceAboveOneIsRefused() {
        RuntimeException error = assertThrows(RuntimeException.class, () -> german("0.3", "3"));
        assertTrue(error.getMessage().contains("first-year monthly chance"), error.getMessage());
    }

    @Test
    void firmsExpectTheFrontLoadedSurvival() {
        Scenario scenario = german("0.0048", "3.4");
        ApprenticeshipEconomics economics = new ApprenticeshipEconomics(scenario.engagement(), scenario.colleges(), false, 0.5, 0.0);
        double firstYear = Math.pow(1 - 0.0048 * 3.4, 12);
        assertEquals(firstYear, economics.stillTraining(12), 1e-12, "at average ability the gradient (1.5 - 0.5) is 1");
        assertEquals(firstYear * Math.pow(1 - 0.0048, 24), economics.stillTraining(36), 1e-12,
                "hand-computed: 0.731 of 36-month contracts complete, BIBB's 26.9% dissolved");
    }

    @Test
    void mostDropoutsFallInTheFirstYearWhenTheRatioSaysSo() {
        double even = firstYearShare(german("0.015", "1"));
        double frontLoaded = firstYearShare(german("0.015", "4"));
        assertTrue(even < 0.5, "at a ratio of 1 about a third to a half of dropouts fall in the first year: " + even);
        assertTrue(frontLoaded > even + 0.2, "at 4 most do: " + frontLoaded + " against " + even);
    }

    /** Share of the apprentices who left training for no job whose contract was in its first 12 months. */
    private static double firstYearShare(Scenario scenario) {
        VetModel model = new VetModel(scenario, 7);
        model.start();
        World world = model.world();
        int months = scenario.engagement().workBasedLearning().apprenticeshipMonths();
        Map<YoungPerson, Integer> contractMonth = new IdentityHashMap<>();
        int first = 0;
        int all = 0;
        while (!model.isComplete()) {
            contractMonth.clear();
            for (YoungPerson person : world.people) {
                if (person.status == Status.APPRENTICE) {
                    contractMonth.put(person, world.month - (person.trainingEnds - months));
                }
            }
            model.schedule.step(model);
            for (YoungPerson person : world.people) {
                Integer month = contractMonth.get(person);
                if (month != null && person.track == Track.NONE && person.status != Status.APPRENTICE && person.status != Status.EMPLOYED) {
                    all++;
                    first += month < 12 ? 1 : 0;
                }
            }
        }
        assertTrue(all > 30, "enough dropouts to compare: " + all);
        return first / (double) all;
    }
}
