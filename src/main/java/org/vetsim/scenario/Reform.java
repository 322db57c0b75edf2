package org.vetsim.scenario;

/**
 * One step of a reform timeline: from {@code month} on (counted from the start of the output,
 * after the warm-up) the engagement mechanisms are those given here.
 */
public record Reform(
        @Param(doc = "Month, counted from the start of the output (0 = first output month), from which the mechanisms apply.", unit = "months", min = 0)
        int month,
        Engagement engagement) {

    public Reform {
        Checks.validate(Reform.class, month, engagement);
    }
}
