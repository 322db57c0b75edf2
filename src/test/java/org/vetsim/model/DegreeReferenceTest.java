package org.vetsim.model;

import org.junit.jupiter.api.Test;
import org.vetsim.io.scenario.ScenarioLoader;
import org.vetsim.scenario.EducationSettings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a degree is worth against a fixed upper-secondary reference
 * ({@code education.degree_reference_month}): the perceived reference stays as it was seen in the
 * freeze month, and before it and with the key at 0 it follows recent leavers; on hand-built people
 * and hand-set earnings, a rise in vocational leavers' earnings no longer raises what a degree seems
 * to pay a general-track leaver out of work, while it still moves the track choice at 15 where
 * every general pupil is admitted (as in Japan and Korea), which it cannot when the degree follows
 * the reference.
 */
class DegreeReferenceTest {

    /** A history of 60 months: all leavers earn 0.2 a month to month 29, then 0.3. */
    private static TrackReturns history() {
        TrackReturns returns = new TrackReturns(60);
        for (int m = 0; m < 60; m++) {
            double reference = m < 30 ? 0.2 : 0.3;
            returns.record(m, reference * 1.1, reference * 0.9, reference);
        }
        return returns;
    }

    @Test
    void theFixedBaseIsTheReferenceAsSeenInTheFixingMonthAndFollowsBeforeIt() {
        TrackReturns returns = history();
        TrackReturns.Seen following = returns.seen(50, 1);
        assertEquals(0.3, following.reference(), 1e-12);
        assertEquals(following.reference(), following.degreeBase(), 0.0);
        assertEquals(1.0, following.degreeScale(), 0.0);
        for (int m = 0; m <= 50; m++) {
            returns.fixDegreeBase(m, 1, 20);
        }
        TrackReturns.Seen fixed = returns.seen(50, 1);
        assertEquals(0.3, fixed.reference(), 1e-12);
        assertEquals(0.2, fixed.degreeBase(), 1e-12, "the reference as seen in month 20");
        assertEquals(0.2 / 0.3, fixed.degreeScale(), 1e-12);
        assertEquals(following.vocational(), fixed.vocational(), 0.0);
        assertEquals(following.general(), fixed.general(), 0.0);
        TrackReturns.Seen inFixingMonth = returns.seen(20, 1);
        assertEquals(inFixingMonth.reference(), inFixingMonth.degreeBase(), 0.0, "fixed at the end of the month");
        assertEquals(0.2, returns.seen(50, 12).degreeBase(), 1e-12, "a later change of the lag does not move it");
    }

    @Test
    void nothingIsFixedBeforeAnyLeaverIsSeen() {
        TrackReturns returns = new TrackReturns(60);
        for (int m = 0; m < 60; m++) {
            if (m >= 10) {
                returns.record(m, 0.4 + 0.01 * m, 0.4 + 0.01 * m, 0.4 + 0.01 * m);
            }
            returns.fixDegreeBase(m, 0, 5);
        }
        assertEquals(0.4 + 0.01 * 10, returns.seen(59, 0).degreeBase(), 1e-12,
                "fixed at month 11, the first whose perceived window holds a leaver (month 10 alone)");
    }

    /**
     * Output month 3 of a world whose reference rises by 0.001 a month: the degree's base is the
     * mean of the twelve months that end information_lag_months before the end of output month 2
     * (hand-computed); with the key at 0 it follows the reference.
     */
    @Test
    void theWorldFixesTheBaseAtTheGivenOutputMonth() {
        World w = world("education.degree_reference_month=3");
        int lag = Enrolment.informationLag(w);
        int now = w.month;
        int outputStart = now - w.outputMonth() + 1;
        for (int m = 0; m <= now; m++) {
            w.month = m;
            w.trackReturns.record(m, 0.1 + 0.001 * m, 0.1 + 0.001 * m, 0.1 + 0.001 * m);
            w.trackReturns.fixDegreeBase(m, lag, Enrolment.degreeReferenceFrom(w));
        }
        int fixedAt = outputStart + 2;
        double expected = 0.1 + 0.001 * (fixedAt - 1 - lag - 5.5);
        TrackReturns.Seen seen = Enrolment.seen(w);
        assertEquals(expected, seen.degreeBase(), 1e-12);
        assertTrue(seen.degreeBase() < seen.reference(), "the reference rose after");
        World following = world("education.degree_reference_month=0");
        assertEquals(-1, Enrolment.degreeReferenceFrom(following));
        for (int m = 0; m <= following.month; m++) {
            following.trackReturns.record(m, 0.1 + 0.001 * m, 0.1 + 0.001 * m, 0.1 + 0.001 * m);
            following.trackReturns.fixDegreeBase(m, lag, -1);
        }
        TrackReturns.Seen unfixed = Enrolment.seen(following);
        assertEquals(unfixed.reference(), unfixed.degreeBase(), 0.0);
    }

    /**
     * A general-track leaver out of work (staying on general leavers' earnings G): vocational
     * leavers' earnings rise so that the reference goes from 0.22 to 0.28 with G the same. With the
     * degree's base frozen at 0.22 the chance to study is the same; following the reference it rises.
     */
    @Test
    void aRiseInVocationalEarningsLeavesAGeneralLeaversChoiceAloneWhenFrozen() {
        World w = world();
        YoungPerson person = new YoungPerson(501, w.month - 21 * 12, 0.0);
        person.status = Status.UNEMPLOYED;
        person.track = org.vetsim.metrics.Track.GENERAL;
        double generalEarnings = 0.18;
        TrackReturns.Seen before = new TrackReturns.Seen(1.1, generalEarnings / 0.22, 0.22, 0.22);
        TrackReturns.Seen afterFrozen = new TrackReturns.Seen(1.2, generalEarnings / 0.28, 0.28, 0.22);
        TrackReturns.Seen afterFollowing = new TrackReturns.Seen(1.2, generalEarnings / 0.28, 0.28);
        double p0 = LateHigherEntry.probability(w, person, before);
        double pFrozen = LateHigherEntry.probability(w, person, afterFrozen);
        double pFollowing = LateHigherEntry.probability(w, person, afterFollowing);
        assertEquals(p0, pFrozen, 1e-12);
        assertEquals(LateHigherEntry.degreeValue(w, person, before) * 0.22,
                LateHigherEntry.degreeValue(w, person, afterFrozen) * 0.28, 1e-9,
                "the degree's value in skilled-wage months is the same");
        assertEquals(LateHigherEntry.stayingValue(w, person, before) * 0.22,
                LateHigherEntry.stayingValue(w, person, afterFrozen) * 0.28, 1e-9);
        assertTrue(pFollowing > pFrozen + 0.01, "following: " + pFollowing + " against frozen " + pFrozen);
    }

    /**
     * Where every general pupil is admitted and nearly every leaver is vocational (reference = V),
     * the vocational path's relative earnings are 1 at any V: following the reference, the track
     * choice sees V rise only through apprentice pay and fees; with the degree's base frozen it
     * chooses VET more often.
     */
    @Test
    void theTrackChoiceSeesVocationalEarningsWhereTheyAreTheReference() {
        EducationSettings education = TestScenarios.small().education();
        TrackPaths paths = TrackPaths.beforeAnyIntake(education, 24, 15);
        double low = TrackChoice.vetProbability(education, paths, 0.5, 0.0, new TrackReturns.Seen(1.0, 1.0, 0.4), TrackChoice.CERTAIN_ADMISSION);
        double highFollowing = TrackChoice.vetProbability(education, paths, 0.5, 0.0, new TrackReturns.Seen(1.0, 1.0, 0.5),
                TrackChoice.CERTAIN_ADMISSION);
        double highFrozen = TrackChoice.vetProbability(education, paths, 0.5, 0.0, new TrackReturns.Seen(1.0, 1.0, 0.5, 0.4),
                TrackChoice.CERTAIN_ADMISSION);
        assertTrue(highFrozen > highFollowing + 0.02, "frozen: " + highFrozen + " against " + highFollowing);
        assertTrue(highFrozen > low + 0.02, "frozen: " + highFrozen + " against " + low);
    }

    /**
     * The premium the model pays (degree_earnings_ratio), counted by hand on a settled Korean world:
     * degree holders' mean earnings over non-holders', leavers aged 20 and over out of education, the
     * employed at their wage and the rest at nothing (no informal work in Korea); it is defined and
     * positive there.
     */
    @Test
    void theDegreeEarningsRatioIsGraduatesMeanEarningsOverNonGraduates() {
        World w = TestWorlds.settled(ScenarioLoader.load(Path.of("korea-corporate"), List.of("population.young_people=2000")), 2);
        double[] sums = new double[2];
        int[] counts = new int[2];
        for (YoungPerson person : w.people) {
            if (person.status.inEducation() || !person.status.civilian() || person.age(w.month) < 20
                    || (person.track == org.vetsim.metrics.Track.HIGHER && person.degreeIn == null)) {
                continue;
            }
            assertTrue(person.status != Status.INFORMAL, "no informal work in Korea");
            int group = person.track == org.vetsim.metrics.Track.HIGHER ? 1 : 0;
            sums[group] += person.status == Status.EMPLOYED ? w.wageOf(person) : 0.0;
            counts[group]++;
        }
        assertTrue(counts[0] > 50 && counts[1] > 50, "leavers " + counts[0] + ", graduates " + counts[1]);
        double expected = sums[1] / counts[1] / (sums[0] / counts[0]);
        double ratio = PopulationCounts.of(w).degreeEarningsRatio();
        assertEquals(expected, ratio, 1e-9);
        assertTrue(ratio > 0.5 && ratio < 3, "ratio " + ratio);
        assertTrue(Double.isNaN(PopulationCounts.of(world()).degreeEarningsRatio()), "empty before anyone is seen");
    }

    /** A Korean world (exam admission, late entry) in output month 73, nothing built, with {@code overrides}. */
    private static World world(String... overrides) {
        List<String> all = new ArrayList<>(List.of("population.young_people=2000"));
        all.addAll(List.of(overrides));
        World w = new World(ScenarioLoader.load(Path.of("korea-corporate"), all), 3);
        w.month = w.month - w.outputMonth() + 1 + 72;
        return w;
    }
}
