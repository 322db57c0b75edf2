package org.vetsim.policy;

import org.junit.jupiter.api.Test;
import org.vetsim.metrics.Metric;
import org.vetsim.model.TestScenarios;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Young employees who may leave their job for vocational training
 * ({@code education.late_vet_entry_from_work}), over six seeds of the German preset with common
 * random numbers: some starts come from a job where none did, and more young Germans of 20-24 are
 * in education (apprentices included), as those who worked unqualified after school train later.
 */
class TrainingFromWorkDirectionTest {
    private static final int SEEDS = 6;
    private static final int FROM = 13;

    @Test
    void employeesWhoMayTrainRaiseEducationAtTwentyToTwentyFour() {
        String[] size = {"population.young_people=3000", "simulation.years=6"};
        var on = TestScenarios.smallPreset("germany-dual", size);
        var off = TestScenarios.smallPreset("germany-dual", size[0], size[1], "education.late_vet_entry_from_work=false");
        double[] fromWorkOn = Arms.means(on, Metric.APPRENTICE_STARTS_FROM_WORK_SHARE, FROM, SEEDS);
        double[] fromWorkOff = Arms.means(off, Metric.APPRENTICE_STARTS_FROM_WORK_SHARE, FROM, SEEDS);
        for (double share : fromWorkOff) {
            assertEquals(0.0, share, 0.0, "no start from a job when employees may not train");
        }
        assertTrue(Arms.mean(fromWorkOn) > 0.03, "starts from a job: " + Arrays.toString(fromWorkOn));
        double[] educationOn = Arms.means(on, Metric.EDUCATION_RATE_20_24, FROM, SEEDS);
        double[] educationOff = Arms.means(off, Metric.EDUCATION_RATE_20_24, FROM, SEEDS);
        assertTrue(Arms.mean(educationOn) > Arms.mean(educationOff) && Arms.wins(educationOn, educationOff) >= 5,
                "education at 20-24 " + Arrays.toString(educationOn) + " against " + Arrays.toString(educationOff));
    }
}
