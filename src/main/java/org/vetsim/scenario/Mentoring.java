package org.vetsim.scenario;

/**
 * Mechanism 5, mentoring in firms: a training firm may give its apprentices trained mentors, who
 * raise what they learn in the firm and keep them from dropping out, at a cost in mentors' time;
 * each firm decides whether that pays for itself.
 */
public record Mentoring(
        @Param(doc = "Whether training firms may run a mentoring system.") boolean enabled,
        @Param(doc = "Mentors per apprentice.", min = 0, max = 1) double mentorRatio,
        @Param(doc = "Quality of mentoring (0 to 1); scales its effect on learning and dropout.", min = 0, max = 1) double quality,
        @Param(doc = "Extra workplace learning at full mentoring (share added to the learning rate).", min = 0, max = 2) double learningBoost,
        @Param(doc = "Share of dropout avoided at full mentoring.", min = 0, max = 1) double dropoutReduction,
        @Param(doc = "Mentor time per mentor, as a share of a skilled wage.", min = 0, max = 1) double mentorCostRatio) {

    public Mentoring {
        Checks.validate(Mentoring.class, enabled, mentorRatio, quality, learningBoost, dropoutReduction, mentorCostRatio);
    }

    /** Effect strength in [0,1]: mentor coverage times quality. */
    public double strength() {
        return enabled ? Math.min(1.0, mentorRatio * 4.0) * quality : 0.0;
    }
}
