package org.vetsim.scenario;

/**
 * Study for the qualification exam of one's occupation outside a training programme: a young
 * person out of work and education without a vocational certificate may spend months preparing
 * for the occupation's own exam as an external candidate (Korea's national technical
 * qualifications at the craftsman level, open to anyone; Germany's external admission to the
 * chamber exam after work in the occupation, BBiG s.45(2)), outside the labour force as labour
 * force surveys count exam preparers. Whether they do is their choice: the certificate is worth
 * the better job-finding chance that certified young job seekers have in the market, set against
 * the months out of search and the cost of study.
 */
public record LicenceStudy(
        @Param(doc = "Whether young people out of work may study for their occupation's qualification exam as external candidates.")
        boolean enabled,
        @Param(doc = "Months of work in the occupation required to sit its exam without having trained in it (0: open to anyone).",
                unit = "months", min = 0, max = 240)
        int experienceMonths,
        @Param(doc = "Share of the gap to full occupation-specific proficiency that a month of study closes at median ability (times "
                + "0.5 plus the ability percentile, as at school), learnt at the occupation's current requirement level.",
                unit = "share of the gap per month", min = 0, max = 1)
        double studyGain,
        @Param(doc = "Most months a person plans to study for one attempt at the exam.", unit = "months", min = 1, max = 60)
        int capMonths,
        @Param(doc = "What a month of study costs (courses, materials, exam fees), as a share of the wage the person expects.",
                unit = "share of a month's wage", min = 0, max = 2)
        double studyCost) {

    public LicenceStudy {
        Checks.validate(LicenceStudy.class, enabled, experienceMonths, studyGain, capMonths, studyCost);
    }
}
