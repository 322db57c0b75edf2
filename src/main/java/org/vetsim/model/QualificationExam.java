package org.vetsim.model;

import org.vetsim.scenario.Engagement;
import org.vetsim.scenario.QualificationStandards;

/**
 * What a qualification exam tests, and how far employers trust the certificate it gives. An
 * apprenticeship exam, and a licence exam taken outside a programme, test the occupation's
 * standard (set by the state, or with employers under mechanism 3), so skill learnt at an older
 * requirement level counts for less. A school-based qualification tests the specification its
 * programme teaches, as the state's training and examination regulations and England's awarding
 * bodies' specifications do (one document states what is taught and what is assessed), unless
 * employer-set standards govern the school qualifications too
 * ({@code engagement.qualification_standards.school_qualifications}): then the school exam tests
 * the employers' current standard, and curricula that lag it fail students.
 */
final class QualificationExam {
    private QualificationExam() {
    }

    /** Whether employer-set standards govern the exam of this route's qualification. */
    static boolean employerSet(Engagement engagement, boolean schoolBased) {
        QualificationStandards standards = engagement.qualificationStandards();
        return standards.enabled() && (!schoolBased || standards.schoolQualifications());
    }

    /**
     * The share of a candidate's proficiency the exam credits: all of it when a school exam tests
     * its programme's own specification (learnt at that specification's level or a newer one at an
     * internship), otherwise its match with the occupation's exam standard.
     */
    static double credited(World world, YoungPerson person, boolean schoolBased) {
        if (schoolBased && !employerSet(world.engagement, true)) {
            return 1.0;
        }
        return world.skills.match(person.occupation.examStandard(), person.vintage);
    }

    /** Share by which {@code holder}'s certificate cuts an employer's screening noise. */
    static double noiseCut(Engagement engagement, YoungPerson holder) {
        QualificationStandards standards = engagement.qualificationStandards();
        return employerSet(engagement, holder.schoolCertificate)
                ? standards.signalNoiseReduction() : standards.baselineNoiseReduction();
    }
}
