package org.vetsim.model;

import org.junit.jupiter.api.Test;
import org.vetsim.io.scenario.ScenarioLoader;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The exam pass rates of apprentices and of school-based students split the exam pass rate of all who sat it. */
class ExamPassRatesTest {

    @Test
    void apprenticesAndSchoolStudentsAddUpToEveryoneWhoSatTheExam() {
        World world = TestWorlds.settled(ScenarioLoader.load(Path.of("germany-dual"), List.of("population.young_people=2000",
                "simulation.warmup_years=8")), 2);
        double takers = world.examWindow.denominatorSum();
        double passes = world.examWindow.numeratorSum();
        assertTrue(world.apprenticeExamWindow.denominatorSum() > 0, "apprentices sat the exam");
        assertTrue(world.schoolExamWindow.denominatorSum() > 0, "school-based students sat the exam");
        assertEquals(takers, world.apprenticeExamWindow.denominatorSum() + world.schoolExamWindow.denominatorSum(), 1e-9);
        assertEquals(passes, world.apprenticeExamWindow.numeratorSum() + world.schoolExamWindow.numeratorSum(), 1e-9);
        double all = world.examWindow.ratio();
        double apprentices = world.apprenticeExamWindow.ratio();
        double school = world.schoolExamWindow.ratio();
        assertTrue(all >= Math.min(apprentices, school) - 1e-12 && all <= Math.max(apprentices, school) + 1e-12,
                "the rate of all lies between the two groups' rates: " + apprentices + ", " + all + ", " + school);
    }
}
