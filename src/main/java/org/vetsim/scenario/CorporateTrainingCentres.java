package org.vetsim.scenario;

/**
 * Mechanism 7, corporate training centres of large firms (Japan, Korea): firms from a size on
 * train their new hires themselves, mostly in firm-specific skill, and keep them longer.
 */
public record CorporateTrainingCentres(
        @Param(doc = "Whether large firms run their own training centres.") boolean enabled,
        @Param(doc = "Staff size from which a firm runs a training centre.", unit = "staff", min = 1, max = 100_000) int minStaff,
        @Param(doc = "Months of induction training a new young hire receives.", unit = "months", min = 1, max = 36) int inductionMonths,
        @Param(doc = "Firm-specific skill gained per induction month (share of the distance to full).", unit = "per month", min = 0, max = 1)
        double firmSkillGain,
        @Param(doc = "Share by which trained hires' quit rate falls.", min = 0, max = 1) double quitReduction,
        @Param(doc = "Cost of induction per hire and month, as a share of a skilled wage.", min = 0, max = 2) double costRatio) {

    public CorporateTrainingCentres {
        Checks.validate(CorporateTrainingCentres.class, enabled, minStaff, inductionMonths, firmSkillGain,
                quitReduction, costRatio);
    }
}
