package org.vetsim.calibration;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        assertTrue(md.contains("| germany-dual | `training_firm_share` | steady state | 0.188 |"));
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
}
