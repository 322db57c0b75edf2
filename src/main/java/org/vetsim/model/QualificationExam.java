package org.vetsim.model;

import org.vetsim.scenario.Engagement;
import org.vetsim.scenario.QualificationStandards;

/**
 * What a qualification exam tests, and how far employers trust the certificate it gives. The
 * apprenticeship exam tests the occupation's standard (set by the state, or with employers under
 * mechanism 3), so skill learnt at an older requirement level counts for less; so does an
 * external candidate's exam in an occupation with apprenticeships ({@link LicencePreparation}).
 * A school-based student's exam tests the specification their programme teaches, as the state's
 * training and examination regulations and England's awarding bodies' specifications do (one
 * document states what is taught and what is assessed), so it credits all their proficiency;
 * where employer-set standards reach the school exams too
 * ({@code engagement.qualification_standards.school_exams}), the student sits the exam on the
 * employers' current standard, and a curriculum that lags it fails its students; their
 * certificate is then trusted as an apprentice's.
 */
final class QualificationExam {
    private QualificationExam() {
    }

    /**
     * Whether the exam {@code occupation}'s candidates of this route ({@code schoolBased}: a
     * school-based student, or an external candidate in an occupation without apprenticeships)
     * sit is on the occupation's standard.
     */
    static boolean onStandard(Engagement engagement, Occupation occupation, boolean schoolBased) {
        if (!schoolBased) {
            return true;
        }
        QualificationStandards standards = engagement.qualificationStandards();
        if (!standards.enabled()) {
            return false;
        }
        return switch (standards.schoolExams()) {
            case "all" -> true;
            case "apprenticeship_occupations" -> occupation.apprenticeships();
            default -> false;
        };
    }

    /**
     * The share of {@code person}'s proficiency in {@code occupation}, learnt at requirement level
     * {@code vintage}, that the exam of their route credits: its match with the occupation's exam
     * standard, or all of it when the exam tests a programme's own specification (what the student
     * learnt there is what it asks for; skill a re-entrant kept from earlier training counts too, a
     * simplification).
     */
    static double credited(World world, Occupation occupation, double vintage, boolean schoolBased) {
        if (!onStandard(world.engagement, occupation, schoolBased)) {
            return 1.0;
        }
        return world.skills.match(occupation.examStandard(), vintage);
    }

    /**
     * Whether a certificate in {@code occupation} from an exam of this route is issued on a
     * standard set with employers (mechanism 3 in force, and the exam on the occupation's
     * standard); recorded on the certificate when it is issued, so that a reform later does not
     * change what an old certificate says.
     */
    static boolean employerSet(Engagement engagement, Occupation occupation, boolean schoolBased) {
        return engagement.qualificationStandards().enabled() && onStandard(engagement, occupation, schoolBased);
    }

    /**
     * Share by which {@code holder}'s certificate cuts an employer's screening noise: the
     * employer-set standard's cut for a certificate issued on one, the lower one for a certificate
     * on a state's standard or a programme's specification.
     */
    static double noiseCut(Engagement engagement, YoungPerson holder) {
        QualificationStandards standards = engagement.qualificationStandards();
        return holder.employerCertificate ? standards.signalNoiseReduction() : standards.baselineNoiseReduction();
    }
}
