package org.vetsim.scenario;

/**
 * Mechanism 8, co-operation contracts and regulation: formal college-employer partnerships that
 * an employer chooses to sign (placement slots and a hiring preference for partner graduates, at
 * a yearly cost) and enforceable training
 * contracts with chamber exams (commitment, Dustmann and Schoenberg 2012): without them an
 * apprentice may walk out mid-training and other firms may hire them away.
 */
public record CooperationContracts(
        @Param(doc = "Whether colleges sign partnership contracts with employers.") boolean partnerships,
        @Param(doc = "Yearly cost to an employer of a partnership contract with a programme (staff time for placements, teaching and the programme's committee).", unit = "skilled-wage months per year", min = 0, max = 24)
        double partnershipCostMonths,
        @Param(doc = "Bonus in the screening signal of a partner programme's graduate at the partner employer.", min = 0, max = 1)
        double hiringPreference,
        @Param(doc = "Whether apprenticeship contracts are enforceable (chambers, binding contracts, external exams).") boolean trainingContracts,
        @Param(doc = "Monthly probability that an apprentice without an enforceable contract leaves for another firm's job.", unit = "per month", min = 0, max = 1)
        double breachRate) {

    public CooperationContracts {
        Checks.validate(CooperationContracts.class, partnerships, partnershipCostMonths, hiringPreference, trainingContracts, breachRate);
    }
}
