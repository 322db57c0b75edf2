package org.vetsim.metrics;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The columns' undefined values: said in the definitions, admitted only where they may occur, and computed as such. */
class MetricColumnTest {
    private static final Pattern SAYS_EMPTY = Pattern.compile("\\bempty (when|where|before|under)\\b");
    private static final Pattern SAYS_ZERO_WHEN_EMPTY = Pattern.compile("\\b0 when (there (are|is|were) (none|no)|none|nobody|no )");

    private static List<MetricColumn> columns() {
        List<MetricColumn> all = new ArrayList<>();
        all.addAll(List.of(Metric.values()));
        all.addAll(List.of(GroupMetric.values()));
        all.addAll(List.of(SizeClassMetric.values()));
        all.addAll(List.of(OccupationMetric.values()));
        return all;
    }

    @Test
    void aColumnMayBeUndefinedExactlyWhenItsDefinitionSaysWhen() {
        for (MetricColumn column : columns()) {
            String text = column.description().toLowerCase(Locale.ROOT);
            assertEquals(column.mayBeUndefined(), SAYS_EMPTY.matcher(text).find(), column.column() + ": " + column.description());
            assertFalse(SAYS_ZERO_WHEN_EMPTY.matcher(text).find(), column.column() + " still says it is 0 when undefined");
        }
    }

    @Test
    void undefinedValuesAreAdmittedOnlyWhereAColumnMayBeUndefined() {
        assertTrue(Metric.APPRENTICE_EXAM_PASS_RATE.admits(Double.NaN));
        assertFalse(Metric.YOUTH_UNEMPLOYMENT_RATE.admits(Double.NaN));
        assertFalse(Metric.APPRENTICE_EXAM_PASS_RATE.admits(1.5));
        assertTrue(Metric.APPRENTICE_EXAM_PASS_RATE.admits(0.9));
    }

    @Test
    void aRateWithoutItsBaseIsUndefinedNotZero() {
        assertTrue(Double.isNaN(Ratio.of(0, 0)));
        assertEquals(0.0, Ratio.of(0, 5));
        assertEquals(0.25, Ratio.of(1, 4));
    }

    @Test
    void averagesLeaveUndefinedMonthsOut() {
        double[] months = {Double.NaN, 0.5, Double.NaN, 1.0};
        assertEquals(0.75, DefinedMean.of(months));
        assertEquals(1.0, DefinedMean.of(months, 2, 4));
        assertTrue(Double.isNaN(DefinedMean.of(months, 0, 1)));
    }
}
