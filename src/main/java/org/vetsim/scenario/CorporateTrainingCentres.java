package org.vetsim.scenario;

/**
 * Mechanism 7, corporate training centres (Japan, Korea): a firm may run its own centre, which
 * trains its new hires in firm-specific skill and keeps them longer, for a fixed yearly cost
 * plus a cost per induction month. Each firm decides whether a centre pays for itself, so it is
 * mostly large firms, with many hires a year, that run one.
 */
public record CorporateTrainingCentres(
        @Param(doc = "Whether firms may run their own training centres.") boolean enabled,
        @Param(doc = "Yearly fixed cost of running a training centre (premises, trainers, programmes).", unit = "skilled-wage months per year", min = 0, max = 600)
        double fixedCostMonths,
        @Param(doc = "Months of induction training a new young hire receives.", unit = "months", min = 1, max = 36) int inductionMonths,
        @Param(doc = "Firm-specific skill gained per induction month (share of the distance to full).", unit = "per month", min = 0, max = 1)
        double firmSkillGain,
        @Param(doc = "Share by which trained hires' quit rate falls.", min = 0, max = 1) double quitReduction,
        @Param(doc = "Cost of induction per hire and month, as a share of a skilled wage.", min = 0, max = 2) double costRatio) {

    public CorporateTrainingCentres {
        Checks.validate(CorporateTrainingCentres.class, enabled, fixedCostMonths, inductionMonths, firmSkillGain, quitReduction, costRatio);
    }
}
