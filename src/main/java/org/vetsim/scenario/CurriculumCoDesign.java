package org.vetsim.scenario;

/**
 * Mechanism 2, curriculum co-design: employers sit on curriculum boards as experts. Each year an
 * employer decides whether to join (it costs staff time); the more of an occupation's employers
 * join, the more often its curricula are revised and the more current the requirements they are
 * written from.
 */
public record CurriculumCoDesign(
        @Param(doc = "Whether employers may join curriculum boards.") boolean enabled,
        @Param(doc = "Yearly staff-time cost of a board seat.", unit = "skilled-wage months per year", min = 0, max = 24)
        double seatCostMonths,
        @Param(doc = "Months between curriculum revisions when employers fully take part.", unit = "months", min = 1, max = 600)
        int updateMonths,
        @Param(doc = "Age of the requirements a revision is written from when employers fully take part.", unit = "months", min = 0, max = 240)
        int lagMonths,
        @Param(doc = "Value an employer puts on one better-prepared hire, in skilled-wage months (drives the decision to join).",
                unit = "skilled-wage months", min = 0, max = 36)
        double valuePerHireMonths) {

    public CurriculumCoDesign {
        Checks.validate(CurriculumCoDesign.class, enabled, seatCostMonths, updateMonths, lagMonths,
                valuePerHireMonths);
    }
}
