package org.vetsim.scenario;

/**
 * The qualification exam at the end of vocational training. A candidate passes when the measured
 * skill (the skill the exam credits, plus measurement noise) reaches the pass mark: the
 * apprenticeship exam credits skill at the standard's requirement level, a school exam its
 * programme's specification unless employer-set standards reach it ({@link QualificationStandards}).
 */
public record ExamSettings(
        @Param(doc = "Measured skill needed to pass (0 to 1).", min = 0, max = 1)
        double passMark,
        @Param(doc = "Standard deviation of the exam's measurement error.", min = 0, max = 1)
        double measurementNoise,
        @Param(doc = "Months between revisions of the exam standard without employer involvement.", unit = "months", min = 1, max = 600)
        int standardUpdateMonths) {

    public ExamSettings {
        Checks.validate(ExamSettings.class, passMark, measurementNoise, standardUpdateMonths);
    }
}
