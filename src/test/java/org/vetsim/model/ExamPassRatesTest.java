package org.vetsim.model;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vetsim.io.scenario.ScenarioLoader;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The exam pass rates of apprentices and of school-based students split the exam pass rate of all
 * who sat it; and in Germany, where school students of the dual occupations sit the chamber exam,
 * their certificates are issued on the employer-set standard, while those of the school-only
 * occupation test the programme's specification.
 */
class ExamPassRatesTest {
    private static World world;

    @BeforeAll
    static void settle() {
        world = TestWorlds.settled(ScenarioLoader.load(Path.of("germany-dual"), List.of("population.young_people=2000",
                "simulation.warmup_years=8")), 2);
    }

    @Test
    void germanSchoolStudentsOfDualOccupationsHoldChamberCertificates() {
        int dual = 0;
        int schoolOnly = 0;
        for (YoungPerson person : world.people) {
            if (person.certifiedIn == null || person.track != org.vetsim.metrics.Track.SCHOOL_VET) {
                continue;
            }
            boolean onProgramme = !person.certifiedIn.apprenticeships();
            assertEquals(!onProgramme, person.employerCertificate, "certificate in " + person.certifiedIn.name());
            if (onProgramme) {
                schoolOnly++;
            } else {
                dual++;
            }
        }
        assertTrue(schoolOnly > 0 && dual > 0, "certified school graduates: " + dual + " in dual, " + schoolOnly + " in school-only occupations");
    }

    @Test
    void apprenticesAndSchoolStudentsAddUpToEveryoneWhoSatTheExam() {
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
