package org.vetsim.scenario;

/**
 * Mechanism 6, industry councils and professional associations: they pool employers' demand
 * signals, so colleges adjust seats and young people choose occupations on fresher information.
 */
public record IndustryCouncils(
        @Param(doc = "Whether industry councils pool and publish employers' demand.") boolean enabled,
        @Param(doc = "Age of the labour-market information acted on when councils publish it.", unit = "months", min = 0, max = 120)
        int informationLagMonths,
        @Param(doc = "Share of the gap between demand-based targets and seats that colleges close each year with council advice.", unit = "per year", min = 0, max = 1)
        double seatAdjustmentRate) {

    public IndustryCouncils {
        Checks.validate(IndustryCouncils.class, enabled, informationLagMonths, seatAdjustmentRate);
    }
}
