package org.vetsim.model;

/**
 * What happens when an outside employer offers a wage to someone who already works (a
 * sequential auction, Postel-Vinay and Robin 2002, with jobs that differ in what workers value
 * beyond pay): an offer whose wage plus fit does not beat the current wage plus fit is turned
 * down; a better one is matched by the current employer, raising the wage until the worker is
 * indifferent, as long as that wage does not exceed the worker's productivity there
 * (firm-specific skill included); otherwise the worker leaves. So outside employers bid for the
 * skills they can see, the current employer keeps what they cannot (its firm-specific skill and
 * what its certificate does not show), and a worker may still leave for a job that suits them
 * better.
 */
enum WageAuction {
    /** The offer does not beat the current wage. */
    DECLINED,
    /** The employer matches the offer; the worker stays at the offered wage. */
    MATCHED,
    /** The offer exceeds what the worker is worth to the employer; the worker leaves. */
    LEAVES;

    static WageAuction of(double currentWage, double currentFit, double productivityAtEmployer, double offer, double offerFit) {
        if (offer + offerFit <= currentWage + currentFit) {
            return DECLINED;
        }
        return retainingWage(currentFit, offer, offerFit) <= productivityAtEmployer ? MATCHED : LEAVES;
    }

    /** The wage at which a worker in a job of fit {@code currentFit} is indifferent to the offer. */
    static double retainingWage(double currentFit, double offer, double offerFit) {
        return offer + offerFit - currentFit;
    }
}
