package org.vetsim.scenario;

/**
 * Retakes of a failed final exam within the apprenticeship. An apprentice who fails may ask for
 * the training to go on to the next sitting, and does so when the chance of passing it, at the
 * skill the months until then add, is worth more than leaving uncertified now. Germany: the
 * relationship is extended at the apprentice's request to the next retake, by at most a year
 * (BBiG s.21(3)), and the exam may be retaken twice (s.37(1)); chambers hold exams twice a year,
 * so an extension usually runs six months (IHK pages; docs/research/apprenticeship-gateway-and-retakes.md).
 * England: the apprentice stays employed until the end-point assessment is done, resits included
 * (ESFA funding rules). Switzerland: a failed qualification procedure may be repeated twice, a year
 * later (BBV art. 33), but the training firm need not keep the apprentice until then; the contract
 * goes on by agreement (Kaufmaennischer Verband Schweiz; rechte-der-lernenden.ch).
 */
public record ExamRetakes(
        @Param(doc = "Most retakes of the final exam an apprentice may sit while still in training (0: a failed "
                + "apprentice leaves uncertified at the end of the training).", min = 0, max = 4)
        int maxRetakes,
        @Param(doc = "Months from a failed sitting to the next one, during which the apprentice trains on at the last "
                + "training year's pay.", unit = "months", min = 1, max = 24)
        int intervalMonths,
        @Param(doc = "Whether the training firm must agree to the training going on to the retake (it agrees when the "
                + "apprentice's output over those months covers their pay and training costs); off, the apprentice's "
                + "request is enough (Germany, BBiG s.21(3)).")
        boolean firmConsent) {

    public ExamRetakes {
        Checks.validate(ExamRetakes.class, maxRetakes, intervalMonths, firmConsent);
    }
}
