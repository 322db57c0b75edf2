package org.vetsim.model;

import org.junit.jupiter.api.Test;
import org.vetsim.io.scenario.ScenarioLoader;
import org.vetsim.metrics.Track;
import org.vetsim.scenario.Scenario;

import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * School-based students and apprentices drop out at rates of their own
 * ({@code colleges.dropout_rate}, {@code work_based_learning.apprentice_dropout_rate}): each rate
 * moves only its own group, in the simulation (people followed month by month in a small German
 * economy, where both groups exist) and in what firms expect of an apprentice's completion.
 */
class DropoutRatesTest {
    private static Scenario german(String collegeRate, String apprenticeRate) {
        return ScenarioLoader.load(Path.of("germany-dual"), List.of("population.young_people=2000", "simulation.years=3",
                "simulation.warmup_years=4", "colleges.dropout_rate=" + collegeRate,
                "engagement.work_based_learning.apprentice_dropout_rate=" + apprenticeRate));
    }

    /** Dropouts counted over a run: index 0 school-based students, 1 apprentices who left training for no job. */
    private static int[] dropouts(Scenario scenario) {
        VetModel model = new VetModel(scenario, 5);
        model.start();
        World world = model.world();
        Map<YoungPerson, Status> before = new IdentityHashMap<>();
        int[] counts = new int[2];
        while (!model.isComplete()) {
            before.clear();
            for (YoungPerson person : world.people) {
                before.put(person, person.status);
            }
            model.schedule.step(model);
            for (YoungPerson person : world.people) {
                Status was = before.get(person);
                if (was == null || person.track != Track.NONE) {
                    continue;
                }
                if (was == Status.SCHOOL_VET && person.status != Status.SCHOOL_VET) {
                    counts[0]++;
                } else if (was == Status.APPRENTICE && person.status != Status.APPRENTICE && person.status != Status.EMPLOYED) {
                    counts[1]++;
                }
            }
        }
        return counts;
    }

    @Test
    void withoutASchoolRateNoStudentDropsOutButApprenticesStillDo() {
        int[] counts = dropouts(german("0", "0.02"));
        assertEquals(0, counts[0], "school-based dropouts");
        assertTrue(counts[1] > 20, "apprentice dropouts: " + counts[1]);
    }

    @Test
    void withoutAnApprenticeRateNoApprenticeDropsOutButStudentsStillDo() {
        int[] counts = dropouts(german("0.02", "0"));
        assertEquals(0, counts[1], "apprentice dropouts");
        assertTrue(counts[0] > 5, "school-based dropouts: " + counts[0]);
    }

    @Test
    void firmsExpectCompletionFromTheApprenticeRateAlone() {
        Scenario base = german("0.006", "0.006");
        Scenario otherSchools = german("0.03", "0.006");
        Scenario otherApprentices = german("0.006", "0.03");
        double completion = economics(base).completion();
        assertEquals(completion, economics(otherSchools).completion(), 0.0, "the school rate leaves it");
        assertTrue(economics(otherApprentices).completion() < completion - 0.1, "a higher apprentice rate lowers it");
        Scenario none = german("0.006", "0");
        assertTrue(economics(none).completion() > completion, "no apprentice dropout raises it");
    }

    private static ApprenticeshipEconomics economics(Scenario scenario) {
        return new ApprenticeshipEconomics(scenario.engagement(), scenario.colleges(), false, 0.5, 0.0);
    }
}
