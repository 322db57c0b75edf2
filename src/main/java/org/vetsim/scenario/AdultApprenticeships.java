package org.vetsim.scenario;

/**
 * Apprentices who are not school leavers: an employer may convert adult staff of its own who hold
 * no vocational qualification in its occupation into apprentices, in the places its per-staff cap
 * leaves or in place of school leavers, when a conversion is worth more to it than its last
 * school leaver's place; the employee agrees when the certificate's pay rise over their working
 * life left is worth the effort. In England about half of level 2-3 apprentices were existing
 * employees (DfE learner survey 2015, via HL2756) and 45.7% of 2018/19 starts were by people 25
 * and over (DfE via Statista); levy funds pay the training of staff of any age, and account funds
 * that no training spends expire after 24 months (docs/research/adult-apprenticeships.md).
 */
public record AdultApprenticeships(
        @Param(doc = "Whether employers may convert their adult staff into apprentices; off, the levy's existing-staff "
                + "rule stays an accounting sink (funds due to expire are counted as spent on existing staff).")
        boolean enabled,
        @Param(doc = "Share of an employer's adult staff without a vocational qualification in its occupation, who may be "
                + "converted (those certified by a conversion no longer count).", min = 0, max = 1)
        double unqualifiedShare,
        @Param(doc = "Share of a converted employee's working time spent in the firm during the apprenticeship (the rest is "
                + "off-the-job training, whose output the firm loses; the employee keeps their wage).", min = 0, max = 1)
        double firmTimeShare,
        @Param(doc = "An employee's cost of the effort of an apprenticeship beside work: they agree to a conversion when the "
                + "pay rise the certificate brings over their working life left exceeds it.", unit = "skilled-wage months",
                min = 0, max = 120)
        double effortCostMonths) {

    public AdultApprenticeships {
        Checks.validate(AdultApprenticeships.class, enabled, unqualifiedShare, firmTimeShare, effortCostMonths);
    }
}
