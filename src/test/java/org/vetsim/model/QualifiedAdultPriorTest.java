package org.vetsim.model;

import org.junit.jupiter.api.Test;
import org.vetsim.metrics.Metric;
import org.vetsim.metrics.MonthReport;
import org.vetsim.scenario.QualificationStandards;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Employers read the qualification on an adult's record as they read a young applicant's
 * certificate: as far as they trust that kind, their prior moves from that of all adults out of
 * work like the applicant towards that of the qualified among them; the absence of one is not read.
 */
class QualifiedAdultPriorTest {
    private static final Priors.Prior ALL = new Priors.Prior(0.5, 0.04);
    private static final Priors.Prior RECENT_QUALIFIED = new Priors.Prior(0.7, 0.02);
    private static final Priors.Prior LONG_QUALIFIED = new Priors.Prior(0.6, 0.03);

    private static Priors priors(Priors.Prior recentQualified, Priors.Prior longQualified) {
        return new Priors(ALL, ALL, ALL, recentQualified, longQualified, ALL, ALL, ALL, ALL,
                new Priors.Prior[0], new Priors.Prior[0], new Priors.Prior[0]);
    }

    @Test
    void theQualifiedGroupsAreTheQualifiedOfEachGapWithoutThoseOfUnknownPast() {
        SkillModel skills = new SkillModel(TestScenarios.small());
        AdultLabourForce adults = new AdultLabourForce(1000, 1000, 1);
        adults.startMonth(0);
        adults.seekerPool().addUnknown(3);
        for (int k = 0; k < 3; k++) {
            adults.join(false, 0.2, 0.1, AdultQualification.NONE);
            adults.join(false, 0.6, 0.5, AdultQualification.EMPLOYER_SET);
        }
        adults.startMonth(20);
        for (int k = 0; k < 2; k++) {
            adults.join(false, 0.3, 0.2, AdultQualification.NONE);
            adults.join(false, 0.9, 0.8, AdultQualification.STATE);
        }
        double[][] moments = adults.seekerMomentsByGap(skills, 0.0, 12, 9, 0.0);
        assertEquals(skills.expectedProductivity(0.6, 0.5, 12), moments[4][0], 1e-12, "qualified, out of work since month 0");
        assertEquals(skills.expectedProductivity(0.9, 0.8, 12), moments[3][0], 1e-12, "qualified, out of work since month 20");
        assertTrue(moments[2][0] < moments[4][0], "the long gap's group holds the unqualified and those of unknown past too");
        double[][] blind = adults.seekerMomentsByGap(skills, 0.0, 12, Integer.MAX_VALUE, 0.0);
        assertEquals((3 * skills.expectedProductivity(0.6, 0.5, 12) + 2 * skills.expectedProductivity(0.9, 0.8, 12)) / 5,
                blind[3][0], 1e-12, "without the gap, all the qualified");
        assertNull(blind[4], "no one out of work long where employers do not see the gap");
    }

    @Test
    void thePriorMovesAsFarAsTheQualificationIsTrusted() {
        Priors priors = priors(RECENT_QUALIFIED, LONG_QUALIFIED);
        assertSame(ALL, priors.qualifiedAdult(ALL, false, 0.0), "no trust: the prior of all adults like them");
        assertEquals(0.7, priors.qualifiedAdult(ALL, false, 1.0).mean(), 1e-12, "full trust: the qualified's");
        assertEquals(0.6, priors.qualifiedAdult(ALL, true, 1.0).mean(), 1e-12, "out of work long: the qualified out of work long");
        assertEquals(0.5 + 0.6 * 0.2, priors.qualifiedAdult(ALL, false, 0.6).mean(), 1e-12);
        assertEquals(0.04 + 0.6 * (0.02 - 0.04), priors.qualifiedAdult(ALL, false, 0.6).variance(), 1e-12);
        assertSame(ALL, priors(null, null).qualifiedAdult(ALL, false, 0.6), "too few qualified for a prior of their own");
    }

    @Test
    void eachKindIsTrustedAsAYoungHoldersCertificateOfThatKind() {
        QualificationStandards standards = TestScenarios.small("engagement.qualification_standards.signal_noise_reduction=0.6",
                "engagement.qualification_standards.baseline_noise_reduction=0.15").engagement().qualificationStandards();
        assertEquals(0.6, AdultQualification.trust(AdultQualification.EMPLOYER_SET, standards), 1e-12);
        assertEquals(0.15, AdultQualification.trust(AdultQualification.STATE, standards), 1e-12);
        assertEquals(0.0, AdultQualification.trust(AdultQualification.NONE, standards), 1e-12, "an absence is not read");
        assertEquals(0.0, AdultQualification.trust(AdultQualification.UNKNOWN, standards), 1e-12);
        World world = TestWorlds.settled(TestScenarios.small(), 1);
        YoungPerson person = new YoungPerson(1, 0, 0.5);
        assertEquals(AdultQualification.NONE, AdultQualification.of(person));
        person.degreeIn = world.occupations[1];
        assertEquals(AdultQualification.STATE, AdultQualification.of(person));
        person.certifiedIn = world.occupations[0];
        person.employerCertificate = true;
        assertEquals(AdultQualification.EMPLOYER_SET, AdultQualification.of(person), "the most trusted held");
    }

    @Test
    void trustedQualificationsLeaveMoreOfTheUnqualifiedAmongTheAdultsOutOfWork() {
        double off = 0;
        double on = 0;
        for (long seed = 1; seed <= 3; seed++) {
            List<MonthReport> untrusted = TestScenarios.run(TestScenarios.small(
                    "engagement.qualification_standards.baseline_noise_reduction=0"), seed);
            List<MonthReport> trusted = TestScenarios.run(TestScenarios.small(
                    "engagement.qualification_standards.baseline_noise_reduction=0.8"), seed);
            off += TestScenarios.mean(untrusted, Metric.ADULT_UNQUALIFIED_UNEMPLOYED_SHARE, 24) / 3;
            on += TestScenarios.mean(trusted, Metric.ADULT_UNQUALIFIED_UNEMPLOYED_SHARE, 24) / 3;
        }
        assertTrue(on > off + 0.02, "unqualified share of the adults out of work " + off + " -> " + on);
    }
}
