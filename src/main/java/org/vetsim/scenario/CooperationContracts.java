package org.vetsim.scenario;

/**
 * Mechanism 8, co-operation contracts and regulation: formal college-employer partnerships
 * (placement slots and a hiring preference for partner graduates) and enforceable training
 * contracts with chamber exams (commitment, Dustmann and Schoenberg 2012): without them an
 * apprentice may walk out mid-training and other firms may hire them away.
 */
public record CooperationContracts(
        @Param(doc = "Whether colleges sign partnership contracts with employers.") boolean partnerships,
        @Param(doc = "Share of each occupation's employers, the largest first, with a partnership contract with a programme of their occupation.", min = 0, max = 1) double partnershipShare,
        @Param(doc = "Bonus in the screening signal of a partner programme's graduate at the partner employer.", min = 0, max = 1)
        double hiringPreference,
        @Param(doc = "Whether apprenticeship contracts are enforceable (chambers, binding contracts, external exams).") boolean trainingContracts,
        @Param(doc = "Monthly probability that an apprentice without an enforceable contract leaves for another firm's job.", unit = "per month", min = 0, max = 1)
        double breachRate) {

    public CooperationContracts {
        Checks.validate(CooperationContracts.class, partnerships, partnershipShare, hiringPreference, trainingContracts, breachRate);
    }
}
