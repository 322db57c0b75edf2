package org.vetsim.scenario;

/**
 * One step of a reform timeline: from {@code month} on (counted from the start of the output,
 * after the warm-up) the scenario's settings are those of {@code inForce}: its engagement
 * mechanisms and any other setting a reform may change during a run (those not marked
 * {@link Param#fixedAtStart}).
 */
@Rule(keys = "inForce", text = "a reform's settings carry no reforms of their own")
public record Reform(
        @Param(doc = "Output month (1 = first month after the warm-up, as in the month column of timeseries.csv) from which the changes apply.", unit = "months", min = 1)
        int month,
        Scenario inForce) {

    public Reform {
        Checks.validate(Reform.class, month, inForce);
        Checks.require(inForce.reforms().isEmpty(), "inForce", "the settings in force carry no reforms of their own");
    }

    /** The engagement mechanisms in force from {@link #month}. */
    public Engagement engagement() {
        return inForce.engagement();
    }
}
