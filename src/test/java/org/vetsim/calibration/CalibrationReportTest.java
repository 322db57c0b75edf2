package org.vetsim.calibration;

import org.junit.jupiter.api.Test;
import org.vetsim.metrics.Metric;
import org.vetsim.metrics.MonthReport;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The calibration report covers every preset's targets and compares them with simulated values. */
class CalibrationReportTest {

    @Test
    void everyTargetNamesABundledPresetAndABand() {
        Set<String> presets = CalibrationTargets.all().stream().map(CalibrationTarget::preset).collect(Collectors.toSet());
        assertEquals(Set.of("uzbekistan", "germany-dual", "switzerland-dual", "uk-partnership", "usa-partnership",
                "japan-corporate", "korea-corporate"), presets);
        for (CalibrationTarget t : CalibrationTargets.all()) {
            assertTrue(t.low() <= t.target() && t.target() <= t.high(), t + " lies in its band");
            assertTrue(!t.source().isBlank());
        }
    }

    @Test
    void reportsSimulatedValuesBesideTheTargets() {
        CalibrationReport report = new CalibrationReport(1, 2, 1500);
        List<CalibrationReport.Row> rows = report.compute(List.of("germany-dual"));
        assertEquals(CalibrationTargets.all().stream().filter(t -> t.preset().equals("germany-dual")).count(), rows.size());
        assertTrue(rows.stream().allMatch(r -> Double.isFinite(r.simulated())));
        String md = report.markdown(rows);
        assertTrue(md.contains("| germany-dual | `training_firm_share` | steady state, 31 December | 0.188 |"));
        assertTrue(rows.stream().anyMatch(r -> r.target().metric().column().equals("apprentices_per_staff") && r.simulated() > 0),
                "the German preset trains apprentices");
    }

    @Test
    void aKnownReasonShowsAsTheMissOrAsACaveatInBand() {
        CalibrationTarget age = CalibrationTargets.all().stream()
                .filter(t -> t.preset().equals("usa-partnership") && t.metric().column().equals("apprentice_start_mean_age"))
                .findFirst().orElseThrow();
        CalibrationTarget entry = CalibrationTargets.all().stream()
                .filter(t -> t.preset().equals("germany-dual") && t.metric().column().equals("vet_entry_share"))
                .findFirst().orElseThrow();
        CalibrationReport report = new CalibrationReport(1, 2, 1500);
        String md = report.markdown(List.of(new CalibrationReport.Row(age, age.target()), new CalibrationReport.Row(age, age.high() + 1),
                new CalibrationReport.Row(entry, entry.target())));
        assertTrue(md.contains("| yes (caveat: "), "in band, with the known reason as a caveat");
        assertTrue(md.contains("| **no** (known: "), "out of band, with the known reason");
        assertTrue(md.contains("| yes | "), "in band without a known reason: plain yes");
        assertTrue(md.contains("; note 1)"), "the row points to its note");
        assertTrue(md.contains("## Notes on the known misses and caveats") && md.contains("\n1. "), "the note under the table");
    }

    @Test
    void everyKnownMissHasAOneLineSummaryAndATarget() {
        var keys = CalibrationTargets.all().stream().map(t -> t.key()).collect(Collectors.toSet());
        assertTrue(keys.containsAll(KnownMisses.all().keySet()), "every known miss is of a target");
        for (KnownMisses.KnownMiss miss : KnownMisses.all().values()) {
            assertTrue(miss.summary().length() <= 320, "one line: " + miss.summary());
            assertTrue(miss.detail().length() > miss.summary().length(), "the note says more than its line: " + miss.summary());
        }
    }

    @Test
    void theWithinYearRangeIsTheSpanOfTheMeanMonthlyProfile() {
        double[] months = new double[36];
        for (int i = 0; i < months.length; i++) {
            int monthOfYear = i % 12;
            months[i] = 0.08 + (monthOfYear == 9 ? 0.03 : 0) + (i >= 24 ? 0.01 : 0) + (i == 14 ? Double.NaN : 0);
        }
        assertEquals(0.03, CalibrationReport.withinYearRange(months, 1), 1e-12,
                "a level shift between years does not widen the profile; an undefined month is left out");
        assertEquals(0.03, CalibrationReport.withinYearRange(months, 5), 1e-12, "nor does where the months start");
        assertTrue(Double.isNaN(CalibrationReport.withinYearRange(new double[] {0.1, 0.2}, 1)), "less than a year: undefined");
        assertTrue(CalibrationTargets.all().stream().anyMatch(t -> t.statistic() == CalibrationTarget.Statistic.WITHIN_YEAR_RANGE
                && t.key().endsWith("/within_year_range")), "a range target has a key of its own");
    }

    /** Six output years from an August start whose training-firm share is 0.10 in January, rising by 0.01 a calendar month. */
    private static List<MonthReport> sixYearsFromAugust() {
        List<MonthReport> reports = new ArrayList<>();
        for (int month = 1; month <= 72; month++) {
            int calendar = Math.floorMod(8 - 1 + month - 1, 12) + 1;
            double[] values = new double[Metric.values().length];
            java.util.Arrays.fill(values, Double.NaN);
            values[Metric.TRAINING_FIRM_SHARE.ordinal()] = 0.10 + 0.01 * (calendar - 1) + (month > 60 ? 1.0 : 0.0);
            reports.add(new MonthReport(month, (month - 1) / 12 + 1, calendar, values, List.of(), new double[0][],
                    new double[0][], new double[0][], new double[0][]));
        }
        return reports;
    }

    @Test
    void aStockCountedOnAReferenceDateIsReadAtTheEndsOfItsMonths() {
        CalibrationTarget year = new CalibrationTarget("germany-dual", Metric.TRAINING_FIRM_SHARE, 0.2, 0.1, 0.3, "test");
        List<MonthReport> reports = sixYearsFromAugust();
        assertEquals(0.10 + 0.01 * 5.5 + 0.2, CalibrationReport.simulated(reports, year), 1e-12,
                "a figure of the whole year: every month of the last five years");
        assertEquals(0.21 + 0.2, CalibrationReport.simulated(reports, year.at("31 December", 12)), 1e-12,
                "31 December: the Decembers of the last five years alone");
        assertEquals(0.135 + 0.2, CalibrationReport.simulated(reports, year.at("mid-May", 4, 5)), 1e-12,
                "a mid-month survey week: the ends of the two months around it");
        assertEquals("steady state, 31 December", year.at("31 December", 12).when());
        assertEquals("steady state", year.when());
        assertThrows(IllegalArgumentException.class, () -> year.at("31 December", 13));
        assertThrows(IllegalArgumentException.class, () -> new CalibrationTarget("germany-dual", Metric.TRAINING_FIRM_SHARE,
                0.2, 0.1, 0.3, "test", 0, CalibrationTarget.Statistic.WITHIN_YEAR_RANGE).at("31 December", 12),
                "a range is of every month");
        assertTrue(CalibrationTargets.all().stream().anyMatch(t -> t.when().endsWith("31 December")),
                "the German training firms are counted on 31 December");
    }

    @Test
    void theStandardErrorIsTheSpreadOfTheSeedsOverTheRootOfTheirNumber() {
        assertEquals(Math.sqrt(0.09) / Math.sqrt(3), CalibrationReport.standardError(new double[] {0.9, 1.2, 1.5}), 1e-12,
                "sample standard deviation 0.3 over root 3");
        assertEquals(0.05, CalibrationReport.standardError(new double[] {0.1, Double.NaN, 0.2}), 1e-12,
                "a seed where the target is undefined is left out");
        assertTrue(Double.isNaN(CalibrationReport.standardError(new double[] {0.4, Double.NaN})), "one defined seed: none");
    }

    @Test
    void aDecisionWithinTwoStandardErrorsOfAnEdgeIsMarked() {
        CalibrationTarget share = new CalibrationTarget("a-preset-without-notes", Metric.TRAINING_FIRM_SHARE, 0.2, 0.1, 0.3, "test");
        assertTrue(new CalibrationReport.Row(share, 0.28, 0.015).nearEdge(), "0.02 from the top, two s.e. 0.03");
        assertTrue(new CalibrationReport.Row(share, 0.09, 0.01).nearEdge(), "out, 0.01 below the bottom, two s.e. 0.02");
        assertTrue(!new CalibrationReport.Row(share, 0.2, 0.04).nearEdge(), "in the middle, 0.1 from either edge");
        assertTrue(!new CalibrationReport.Row(share, 0.299).nearEdge(), "no standard error, no mark");
        String md = new CalibrationReport(2, 2, 1500).markdown(List.of(new CalibrationReport.Row(share, 0.28, 0.015),
                new CalibrationReport.Row(share, 0.2, 0.01)));
        assertTrue(md.contains("| 0.280 (s.e. 0.015) | yes* |"), md);
        assertTrue(md.contains("| 0.200 (s.e. 0.010) | yes |"), md);
        assertTrue(md.contains("2 of 2 targets in band; 1 of those in band and 0 of those out lie within two standard errors"), md);
        String oneSeed = new CalibrationReport(1, 2, 1500).markdown(List.of(new CalibrationReport.Row(share, 0.2)));
        assertTrue(oneSeed.contains("1 of 1 targets in band.") && !oneSeed.contains("standard error"),
                "one seed: no standard error, and the header says none: " + oneSeed);
    }

    @Test
    void theTableDoesNotDependOnTheNumberOfThreads() {
        List<CalibrationReport.Row> one = new CalibrationReport(2, 2, 1500, 1).compute(List.of("germany-dual"));
        List<CalibrationReport.Row> two = new CalibrationReport(2, 2, 1500, 2).compute(List.of("germany-dual"));
        assertEquals(one, two, "the seeds run side by side give the same rows, standard errors included");
        assertTrue(one.stream().anyMatch(r -> Double.isFinite(r.standardError()) && r.standardError() > 0),
                "two seeds differ in some target");
    }
}
