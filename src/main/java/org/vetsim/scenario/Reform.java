package org.vetsim.scenario;

/**
 * One step of a reform timeline: from {@code month} on (counted from the start of the output,
 * after the warm-up) the engagement mechanisms are those given here.
 */
public record Reform(
        @Param(doc = "Output month (1 = first month after the warm-up, as in the month column of timeseries.csv) from which the mechanisms apply.", unit = "months", min = 1)
        int month,
        Engagement engagement) {

    public Reform {
        Checks.validate(Reform.class, month, engagement);
    }
}
