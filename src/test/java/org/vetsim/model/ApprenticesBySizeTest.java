package org.vetsim.model;

import org.junit.jupiter.api.Test;
import org.vetsim.metrics.Metric;
import org.vetsim.metrics.MonthReport;
import org.vetsim.metrics.SizeClassMetric;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The share of apprentices at large employers (a German calibration target) is the large size
 * class's apprentices, converted adult staff included, over all, as {@code size_classes.csv} counts
 * them in the same month.
 */
class ApprenticesBySizeTest {

    @Test
    void theLargeEmployersShareIsTheirApprenticesOverAllSizeClasses() {
        checkShare(TestScenarios.run(TestScenarios.smallPreset("germany-dual"), 5));
    }

    @Test
    void convertedAdultStaffCountAsApprenticesOfTheirEmployer() {
        List<MonthReport> reports = TestScenarios.run(TestScenarios.smallPreset("uk-partnership"), 5);
        assertTrue(reports.stream().anyMatch(r -> java.util.Arrays.stream(SizeClass.values())
                        .anyMatch(size -> r.value(size.ordinal(), SizeClassMetric.ADULT_APPRENTICES) > 0)),
                "British employers convert adult staff");
        checkShare(reports);
    }

    private static void checkShare(List<MonthReport> reports) {
        int checked = 0;
        for (MonthReport report : reports) {
            double large = 0;
            double all = 0;
            for (SizeClass size : SizeClass.values()) {
                double trainees = report.value(size.ordinal(), SizeClassMetric.APPRENTICES)
                        + report.value(size.ordinal(), SizeClassMetric.ADULT_APPRENTICES);
                all += trainees;
                large += size == SizeClass.LARGE ? trainees : 0;
            }
            double share = report.value(Metric.APPRENTICES_AT_LARGE_EMPLOYERS_SHARE);
            if (all == 0) {
                assertTrue(Double.isNaN(share), "empty without apprentices");
                continue;
            }
            assertEquals(large / all, share, 1e-12, "month " + report.month());
            checked++;
        }
        assertTrue(checked > 12, "firms train in most months");
        double mean = TestScenarios.mean(reports, Metric.APPRENTICES_AT_LARGE_EMPLOYERS_SHARE, 1);
        assertTrue(mean > 0 && mean < 1, "large employers hold some but not all of the apprentices: " + mean);
    }
}
