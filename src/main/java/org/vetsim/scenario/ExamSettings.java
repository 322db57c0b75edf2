package org.vetsim.scenario;

/**
 * The qualification exam at the end of vocational training. A candidate passes when the measured
 * skill (the skill the exam credits, plus measurement noise) reaches the pass mark: the
 * apprenticeship exam credits skill at the standard's requirement level, a school exam its
 * programme's specification unless employer-set standards reach it ({@link QualificationStandards}).
 * A school-based programme's exam may have an earlier sitting in the final school year, which a
 * student who fails it retakes at the programme's end.
 */
public record ExamSettings(
        @Param(doc = "Measured skill needed to pass (0 to 1).", min = 0, max = 1)
        double passMark,
        @Param(doc = "Standard deviation of the exam's measurement error.", min = 0, max = 1)
        double measurementNoise,
        @Param(doc = "Months between revisions of the exam standard without employer involvement.", unit = "months", min = 1, max = 600)
        int standardUpdateMonths,
        @Param(doc = "Month of the school year (0 = its first, the intake) of an earlier sitting of a school-based programme's "
                + "exam in its final school year; a student who fails it sits again at the programme's end and is "
                + "certified if either sitting passes (England: one retake of an external assessment in a later series). "
                + "-1: one sitting, at the end.", min = -1, max = 11)
        int schoolFirstSittingMonth) {

    public ExamSettings {
        Checks.validate(ExamSettings.class, passMark, measurementNoise, standardUpdateMonths, schoolFirstSittingMonth);
    }

    /** Whether a school-based programme's exam has an earlier sitting in its final school year. */
    public boolean schoolResits() {
        return schoolFirstSittingMonth >= 0;
    }
}
