package org.vetsim.model;

/** One named step of the simulated month; the order of all steps is {@link MonthlyCycle}. */
interface Phase {
    void run(World world);
}
