package org.vetsim.model;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vetsim.io.scenario.ScenarioLoader;
import org.vetsim.scenario.Engagement;
import org.vetsim.scenario.QualificationStandards;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a qualification exam credits, on hand-built occupations and a candidate whose skill was
 * learnt at a requirement level well behind the exam standard: a school exam tests its
 * programme's own specification unless employer-set standards reach it (for every school student,
 * or for those of occupations that also have apprenticeships); the apprenticeship exam always
 * tests the standard; a certificate is trusted as far as employers set the standard behind it;
 * and employers judge a holder against holders of the same kind of certificate.
 */
class QualificationExamTest {
    private static World world;
    private static Engagement preset;
    private static final Occupation DUAL = new Occupation(0, "dual", 0.0, 12, true, true);
    private static final Occupation SCHOOL_ONLY = new Occupation(1, "school_only", 0.0, 12, false, true);
    private static final double STANDARD = 1.0;
    private static final double STALE = 0.6;

    @BeforeAll
    static void settle() {
        world = TestWorlds.settled(ScenarioLoader.load(Path.of("baseline"), List.of("population.young_people=2000")), 1);
        preset = world.engagement;
        DUAL.reviseStandard(STANDARD, 0);
        SCHOOL_ONLY.reviseStandard(STANDARD, 0);
    }

    @AfterEach
    void restore() {
        world.engagement = preset;
    }

    private static void standards(boolean enabled, String schoolExams) {
        QualificationStandards s = preset.qualificationStandards();
        world.engagement = preset.withQualificationStandards(new QualificationStandards(enabled, s.updateMonths(),
                s.signalNoiseReduction(), s.baselineNoiseReduction(), schoolExams));
    }

    private static double credit(Occupation occupation, boolean school) {
        return QualificationExam.credited(world, occupation, STALE, school);
    }

    @Test
    void aSchoolExamTestsItsProgrammeUnlessEmployerStandardsReachIt() {
        double stale = world.skills.match(STANDARD, STALE);
        assertTrue(stale < 0.5, "the candidate's skill lags the standard: " + stale);
        for (String reach : QualificationStandards.SCHOOL_EXAMS) {
            standards(false, reach);
            assertEquals(1.0, credit(DUAL, true), 1e-12, "state standards: the school exam tests the programme (" + reach + ")");
            assertEquals(1.0, credit(SCHOOL_ONLY, true), 1e-12);
            assertEquals(stale, credit(DUAL, false), 1e-12, "the apprenticeship exam tests the standard");
        }
        standards(true, "none");
        assertEquals(1.0, credit(DUAL, true), 1e-12, "employer standards for apprentices only (England)");
        assertEquals(stale, credit(DUAL, false), 1e-12);
        standards(true, "apprenticeship_occupations");
        assertEquals(stale, credit(DUAL, true), 1e-12, "a school student of a dual occupation sits the chamber exam (Germany)");
        assertEquals(1.0, credit(SCHOOL_ONLY, true), 1e-12, "a school-only occupation keeps its own exam");
        standards(true, "all");
        assertEquals(stale, credit(SCHOOL_ONLY, true), 1e-12, "employer standards reach every school exam: a stale curriculum fails");
    }

    @Test
    void aCertificateIsTrustedAsFarAsEmployersSetItsStandard() {
        QualificationStandards s = preset.qualificationStandards();
        assertTrue(s.signalNoiseReduction() > s.baselineNoiseReduction(), "the preset trusts employer standards more");
        standards(true, "none");
        assertTrue(QualificationExam.employerSet(world.engagement, DUAL, false), "an apprentice's certificate under employer standards");
        assertFalse(QualificationExam.employerSet(world.engagement, DUAL, true), "an English college certificate");
        standards(true, "apprenticeship_occupations");
        assertTrue(QualificationExam.employerSet(world.engagement, DUAL, true));
        assertFalse(QualificationExam.employerSet(world.engagement, SCHOOL_ONLY, true));
        standards(false, "all");
        assertFalse(QualificationExam.employerSet(world.engagement, DUAL, false), "a state's standard");
        assertFalse(QualificationExam.onStandard(world.engagement, DUAL, true));
        YoungPerson employerSet = new YoungPerson(2_000_000, 0, 0.5);
        employerSet.employerCertificate = true;
        YoungPerson other = new YoungPerson(2_000_001, 0, 0.5);
        assertEquals(s.signalNoiseReduction(), QualificationExam.noiseCut(world.engagement, employerSet), 1e-12,
                "what a certificate says is fixed when it is issued: a later change of standards does not alter it");
        assertEquals(s.baselineNoiseReduction(), QualificationExam.noiseCut(world.engagement, other), 1e-12);
    }

    /** Holders of certificates not set with employers do not drag down the prior of holders of employer-set ones, nor the reverse. */
    @Test
    void employersJudgeAHolderAgainstHoldersOfTheSameKindOfCertificate() {
        Occupation occupation = world.occupations[0];
        Priors.Sums seekers = new Priors.Sums(world);
        for (int i = 0; i < 40; i++) {
            boolean employerSet = i % 2 == 0;
            YoungPerson person = TestWorlds.seeker(3_000_000 + i, occupation, employerSet ? 0.9 : 0.3);
            person.certifiedIn = occupation;
            person.employerCertificate = employerSet;
            seekers.add(world, person);
        }
        Priors priors = seekers.priors(world);
        Priors.Prior standard = priors.certified(occupation.index(), true, 1.0);
        Priors.Prior programme = priors.certified(occupation.index(), false, 1.0);
        assertTrue(standard.mean() > programme.mean() + 0.05,
                "the more skilled holders' prior " + standard.mean() + " against " + programme.mean());
        assertEquals(priors.young().mean(), priors.certified(occupation.index(), true, 0.0).mean(), 1e-12,
                "an untrusted certificate says nothing beyond being young");
    }
}
