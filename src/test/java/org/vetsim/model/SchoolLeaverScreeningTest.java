package org.vetsim.model;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vetsim.io.scenario.ScenarioLoader;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How employers see school leavers, on hand-built young people in a settled economy: expected
 * productivity counts what a leaver will learn on the job (faster with general skill), the
 * prior of leavers without work experience is below that of the experienced when they are less
 * productive, a degree is in a field of study learnt in higher education; and, over runs, fewer
 * higher-education places send more general-track leavers into vocational training.
 */
class SchoolLeaverScreeningTest {
    private static World world;
    private static SkillModel skills;

    @BeforeAll
    static void settle() {
        world = TestWorlds.settled(ScenarioLoader.load(Path.of("baseline"), List.of("population.young_people=2000")), 1);
        skills = world.skills;
    }

    @Test
    void expectedProductivityCountsLearningOnTheJobFasterWithGeneralSkill() {
        double ceiling = skills.onTheJobCeiling();
        assertEquals(skills.productivity(0.7, 0.0, 0.0), skills.expectedProductivity(0.7, 0.0, 0), 1e-12,
                "a horizon of 0 values the present only");
        double slowGain = skills.expectedProductivity(0.4, 0.0, 12) - skills.productivity(0.4, 0.0, 0.0);
        double fastGain = skills.expectedProductivity(1.0, 0.0, 12) - skills.productivity(1.0, 0.0, 0.0);
        assertTrue(slowGain > 0 && fastGain > slowGain, "trainability: gains " + slowGain + " < " + fastGain);
        assertTrue(skills.expectedProductivity(0.7, 0.0, 120) < skills.productivity(0.7, ceiling, 0.0) + 1e-9,
                "learning on the job stops at its ceiling");
        assertEquals(skills.productivity(0.7, 0.9, 0.0), skills.expectedProductivity(0.7, 0.9, 12), 1e-12,
                "skill above the on-the-job ceiling is what it is");
    }

    @Test
    void leaversWithoutExperienceAreDiscountedByWhatTheyLackAsAGroup() {
        Occupation occupation = world.occupations[0];
        Priors.Sums seekers = new Priors.Sums(world);
        for (int i = 0; i < 40; i++) {
            boolean experienced = i % 2 == 0;
            YoungPerson person = TestWorlds.seeker(1_000_000 + i, occupation, experienced ? 0.5 : 0.1);
            person.hadJob = experienced;
            seekers.add(world, person);
        }
        Priors priors = seekers.priors(world);
        assertTrue(priors.inexperienced().mean() < priors.experienced().mean(),
                "inexperienced " + priors.inexperienced().mean() + " vs experienced " + priors.experienced().mean());
        assertTrue(priors.young().mean() > priors.inexperienced().mean() && priors.young().mean() < priors.experienced().mean());
    }

    @Test
    void aDegreeIsInAFieldLearntInHigherEducation() {
        YoungPerson student = new YoungPerson(2_000_000, 0, 1.0);
        world.entrants.clear();
        HigherEducation.enter(world, student, new ec.util.MersenneTwisterFast(3));
        assertEquals(Status.HIGHER_EDUCATION, student.status);
        Occupation field = student.occupation;
        for (int month = 0; month < 48; month++) {
            HigherEducation.study(student, world.scenario.education().higherEducationFieldLearningRate());
        }
        HigherEducation.graduate(student);
        assertSame(field, student.degreeIn);
        assertTrue(student.proficiency > 0.5 && student.proficiency < 1, "proficiency after four years " + student.proficiency);
    }

    /**
     * A general-track leaver who holds no university place goes into vocational training more
     * often than one who holds a place, where a degree pays (the choice after the general track,
     * section 7.3). Counted in the economy, fewer places need not send more of the general track's
     * pupils into training: fewer places also draw other pupils into the general track, and since
     * general-track leavers look for work where the vacancies are (3 December 2026) their job is
     * worth about as much as training to many of them.
     */
    @Test
    void aGeneralLeaverWithoutAUniversityPlaceChoosesTrainingMoreOften() {
        var education = world.scenario.education();
        TrackPaths afterGeneral = TrackPaths.afterGeneral(world);
        TrackReturns.Seen seen = new TrackReturns.Seen(1.0, 1.0, 0.5);
        for (double ability : new double[] {0.2, 0.5, 0.8}) {
            double withoutPlace = TrackChoice.vetProbability(education, afterGeneral, ability, 0.0, seen, TrackChoice.NO_ADMISSION);
            double withPlace = TrackChoice.vetProbability(education, afterGeneral, ability, 0.0, seen, TrackChoice.CERTAIN_ADMISSION);
            assertTrue(withoutPlace > withPlace, "ability " + ability + ": without a place " + withoutPlace + ", with one " + withPlace);
        }
    }
}
