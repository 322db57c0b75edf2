package org.vetsim.scenario;

import java.util.List;

/**
 * Mechanism 3, qualification standards set with employers: the exam standard tracks current
 * requirements, and a certificate under it tells every employer more about its holder's skill, so
 * screening is less noisy for its holders. The standards govern the apprenticeship exam (and the
 * external candidates' exam in an occupation with apprenticeships), and the school-based
 * students' exams as far as {@code school_exams} says: every school exam ({@code all}), those of
 * the occupations that also have apprenticeships, whose school students sit the apprenticeship
 * exam ({@code apprenticeship_occupations}; Germany's training outside firms and full-time schools
 * under BBiG/HwO), or none ({@code none};
 * England, whose college qualifications are awarding bodies' specifications). A school exam
 * outside them tests the specification its programme teaches.
 */
@Rule(keys = "schoolExams", text = "school_exams is all, apprenticeship_occupations or none")
public record QualificationStandards(
        @Param(doc = "Whether employers take part in setting and updating exam standards.") boolean enabled,
        @Param(doc = "Months between revisions of the exam standard when employers take part.", unit = "months", min = 1, max = 600)
        int updateMonths,
        @Param(doc = "Share by which a certificate cuts employers' screening noise when employers set its standard; "
                + "also how far employers trust it on an adult's record (their prior moves that share of the way to the "
                + "qualified adults').", min = 0, max = 1)
        double signalNoiseReduction,
        @Param(doc = "Share by which a certificate cuts screening noise when its standard is not set with employers (a state's, "
                + "or an awarding body's specification), and a degree; also how far employers trust such a "
                + "qualification on an adult's record.", min = 0, max = 1)
        double baselineNoiseReduction,
        @Param(doc = "Which school-based students sit the exam on the employer-set standard: all; apprenticeship_occupations "
                + "(those of occupations that also have apprenticeships sit the apprenticeship exam); or none. The others' exam "
                + "tests the specification their programme teaches.")
        String schoolExams) {

    /** The values {@code school_exams} may take. */
    public static final List<String> SCHOOL_EXAMS = List.of("all", "apprenticeship_occupations", "none");

    public QualificationStandards {
        Checks.validate(QualificationStandards.class, enabled, updateMonths, signalNoiseReduction, baselineNoiseReduction,
                schoolExams);
        Checks.require(SCHOOL_EXAMS.contains(schoolExams), "schoolExams",
                "must be all, apprenticeship_occupations or none, not '" + schoolExams + "'");
    }
}
