package org.vetsim.scenario;

/**
 * Mechanism 3, qualification standards set with employers: the exam standard tracks current
 * requirements, and a certificate tells every employer more about its holder's skill, so
 * screening is less noisy for certified applicants. The standards govern the apprenticeship
 * exam, and the school-based qualifications' too where {@code school_qualifications} says so;
 * a school qualification outside them is examined on the specification its programme teaches.
 */
public record QualificationStandards(
        @Param(doc = "Whether employers take part in setting and updating exam standards.") boolean enabled,
        @Param(doc = "Months between revisions of the exam standard when employers take part.", unit = "months", min = 1, max = 600)
        int updateMonths,
        @Param(doc = "Share by which a certificate cuts employers' screening noise when employers set the standard.", min = 0, max = 1)
        double signalNoiseReduction,
        @Param(doc = "Share by which a certificate cuts screening noise when the state alone sets the standard.", min = 0, max = 1)
        double baselineNoiseReduction,
        @Param(doc = "Whether the employer-set standards also govern the school-based qualifications' exams (else only the apprenticeship exam's).")
        boolean schoolQualifications) {

    public QualificationStandards {
        Checks.validate(QualificationStandards.class, enabled, updateMonths, signalNoiseReduction, baselineNoiseReduction,
                schoolQualifications);
    }
}
