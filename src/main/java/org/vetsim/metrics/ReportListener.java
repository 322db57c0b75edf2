package org.vetsim.metrics;

/** Receives each output month's report: CSV writers, live charts and experiment collectors. */
@FunctionalInterface
public interface ReportListener {
    void onMonth(MonthReport report);
}
