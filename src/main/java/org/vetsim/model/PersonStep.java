package org.vetsim.model;

/**
 * A step of the month that treats each young person on their own. Neighbouring steps are fused
 * into one {@link PersonPass}, so the population is read once for all of them; each person still
 * goes through the steps in their listed order, and each step draws from its own random stream,
 * so fusing changes no draw. A step's decision for one person may still depend on what an earlier
 * step did to another person at the same employer (a call-up, an apprentice ageing out, before a
 * graduate's keep decision there); in the presets tested that changes no result
 * ({@code FusedPassTest}), but in principle it can at a firm's keep margin.
 */
interface PersonStep {
    /** Prepares the step for this month (settings, random stream). */
    void begin(World world);

    /** Applies the step to one person. */
    void apply(World world, YoungPerson person);
}
