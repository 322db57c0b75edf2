package org.vetsim.model;

/**
 * What happens when an outside employer offers a wage to someone who already works (a
 * sequential auction, Postel-Vinay and Robin 2002): an offer no higher than the current wage is
 * turned down; a higher one is matched by the current employer as long as it does not exceed
 * the worker's productivity there (firm-specific skill included), and the worker stays at the
 * matched wage; otherwise the worker leaves. So outside employers bid for the skills they can
 * see, and the current employer keeps what they cannot: its firm-specific skill and what its
 * certificate does not show.
 */
enum WageAuction {
    /** The offer does not beat the current wage. */
    DECLINED,
    /** The employer matches the offer; the worker stays at the offered wage. */
    MATCHED,
    /** The offer exceeds what the worker is worth to the employer; the worker leaves. */
    LEAVES;

    static WageAuction of(double currentWage, double productivityAtEmployer, double offer) {
        if (offer <= currentWage) {
            return DECLINED;
        }
        return offer <= productivityAtEmployer ? MATCHED : LEAVES;
    }
}
