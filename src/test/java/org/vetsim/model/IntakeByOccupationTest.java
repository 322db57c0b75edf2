package org.vetsim.model;

import org.junit.jupiter.api.Test;
import org.vetsim.metrics.Metric;
import org.vetsim.metrics.MonthReport;
import org.vetsim.metrics.OccupationMetric;
import org.vetsim.metrics.SizeClassMetric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The intake columns of {@code occupations.csv} and {@code size_classes.csv} (places offered,
 * places filled, first-choice applicants) add up to the economy's places offered and filled, and
 * every apprentice placed was an applicant somewhere, so the fill rate can be read by occupation
 * and size class.
 */
class IntakeByOccupationTest {

    @Test
    void occupationAndSizeClassColumnsAddUpToTheIntake() {
        var scenario = TestScenarios.small("engagement.work_based_learning.apprenticeships=true");
        double offeredSeen = 0;
        double applicantsSeen = 0;
        for (MonthReport r : TestScenarios.run(scenario, 5)) {
            double offered = 0;
            double filled = 0;
            double applicants = 0;
            for (int o = 0; o < r.occupations().size(); o++) {
                offered += r.value(o, OccupationMetric.APPRENTICESHIPS_OFFERED);
                filled += r.value(o, OccupationMetric.APPRENTICESHIPS_FILLED);
                applicants += r.value(o, OccupationMetric.VET_APPLICANTS);
                assertTrue(r.value(o, OccupationMetric.APPRENTICESHIPS_FILLED)
                        <= r.value(o, OccupationMetric.APPRENTICESHIPS_OFFERED), "filled within offered");
            }
            double filledBySize = 0;
            for (int s = 0; s < r.bySizeClass().length; s++) {
                filledBySize += r.value(s, SizeClassMetric.PLACES_FILLED);
            }
            assertEquals(r.value(Metric.APPRENTICESHIPS_OFFERED), offered, 1e-9, "offered in month " + r.month());
            assertEquals(r.value(Metric.APPRENTICESHIPS_FILLED), filled, 1e-9, "filled in month " + r.month());
            assertEquals(filled, filledBySize, 1e-9, "filled by size class in month " + r.month());
            assertTrue(filled <= applicants, "every apprentice placed applied: " + filled + " of " + applicants);
            offeredSeen += offered;
            applicantsSeen += applicants;
        }
        assertTrue(offeredSeen > 0 && applicantsSeen > 0, "places were offered and young people applied");
    }
}
