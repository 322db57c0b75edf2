package org.vetsim.model;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vetsim.io.scenario.ScenarioLoader;
import org.vetsim.metrics.Metric;

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
            YoungPerson person = new YoungPerson(1_000_000 + i, 0, 0.0);
            person.generalSkill = 0.6;
            person.occupation = occupation;
            person.vintage = occupation.requirement();
            boolean experienced = i % 2 == 0;
            person.hadJob = experienced;
            person.proficiency = experienced ? 0.5 : 0.1;
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
     * Of those who finish the general track, more go into vocational training when fewer hold a
     * university place (counted per general-track pupil: fewer places also draw fewer pupils into
     * the general track, and a pupil holding a place may still choose training).
     */
    @Test
    void fewerHigherEducationPlacesSendMoreGeneralLeaversIntoVocationalTraining() {
        double few = afterGeneralPerPupil("education.higher_education_entry_rate=0.05");
        double many = afterGeneralPerPupil("education.higher_education_entry_rate=0.6");
        assertTrue(few > many && few > 0, "VET entrants after the general track a year per general-track pupil: " + few + " vs " + many);
    }

    private static double afterGeneralPerPupil(String places) {
        double entrants = 0;
        double pupils = 0;
        for (long seed = 1; seed <= 3; seed++) {
            var run = TestScenarios.run(TestScenarios.small(places), seed);
            entrants += TestScenarios.mean(run, Metric.VET_ENTRANTS_AFTER_GENERAL, 1) * 12;
            pupils += TestScenarios.mean(run, Metric.IN_GENERAL_EDUCATION, 1);
        }
        return entrants / pupils;
    }
}
