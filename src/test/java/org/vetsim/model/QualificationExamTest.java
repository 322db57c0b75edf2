package org.vetsim.model;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vetsim.io.scenario.ScenarioLoader;
import org.vetsim.scenario.Engagement;
import org.vetsim.scenario.QualificationStandards;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a qualification exam credits, on a hand-built candidate whose skill was learnt at a
 * requirement level well behind the occupation's exam standard: a school exam tests its
 * programme's own specification unless employer-set standards govern school qualifications; an
 * apprenticeship exam always tests the occupation's standard; and a certificate is trusted as
 * far as the standard behind it was set with employers.
 */
class QualificationExamTest {
    private static World world;
    private static Engagement preset;

    @BeforeAll
    static void settle() {
        world = TestWorlds.settled(ScenarioLoader.load(Path.of("baseline"), List.of("population.young_people=2000")), 1);
        preset = world.engagement;
    }

    private static YoungPerson staleCandidate() {
        Occupation occupation = world.occupations[0];
        YoungPerson person = new YoungPerson(2_000_000, 0, 0.5);
        person.occupation = occupation;
        person.proficiency = 0.6;
        person.vintage = occupation.examStandard() - 0.4;
        return person;
    }

    private static void standards(boolean enabled, boolean schoolQualifications) {
        QualificationStandards s = preset.qualificationStandards();
        world.engagement = preset.withQualificationStandards(new QualificationStandards(enabled, s.updateMonths(),
                s.signalNoiseReduction(), s.baselineNoiseReduction(), schoolQualifications));
    }

    @Test
    void aSchoolExamOutsideEmployerStandardsTestsWhatItsProgrammeTaught() {
        YoungPerson person = staleCandidate();
        double stale = world.skills.match(person.occupation.examStandard(), person.vintage);
        assertTrue(stale < 0.5, "the candidate's skill lags the standard: " + stale);
        for (boolean schoolQualifications : new boolean[] {false, true}) {
            standards(false, schoolQualifications);
            assertEquals(1.0, QualificationExam.credited(world, person, true), 1e-12, "state standards: the school exam tests the programme");
            assertEquals(stale, QualificationExam.credited(world, person, false), 1e-12, "the apprenticeship exam tests the standard");
        }
        standards(true, false);
        assertEquals(1.0, QualificationExam.credited(world, person, true), 1e-12,
                "employer standards for apprenticeships only: the school exam still tests the programme");
        assertEquals(stale, QualificationExam.credited(world, person, false), 1e-12);
        standards(true, true);
        assertEquals(stale, QualificationExam.credited(world, person, true), 1e-12,
                "employer standards govern school qualifications: a stale curriculum fails its students");
        world.engagement = preset;
    }

    @Test
    void aCertificateIsTrustedAsFarAsEmployersSetItsStandard() {
        YoungPerson school = staleCandidate();
        school.schoolCertificate = true;
        YoungPerson apprentice = staleCandidate();
        QualificationStandards s = preset.qualificationStandards();
        assertTrue(s.signalNoiseReduction() > s.baselineNoiseReduction(), "the preset trusts employer standards more");
        standards(true, false);
        assertEquals(s.signalNoiseReduction(), QualificationExam.noiseCut(world.engagement, apprentice), 1e-12);
        assertEquals(s.baselineNoiseReduction(), QualificationExam.noiseCut(world.engagement, school), 1e-12);
        standards(true, true);
        assertEquals(s.signalNoiseReduction(), QualificationExam.noiseCut(world.engagement, school), 1e-12);
        standards(false, true);
        assertEquals(s.baselineNoiseReduction(), QualificationExam.noiseCut(world.engagement, apprentice), 1e-12);
        world.engagement = preset;
    }
}
