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
    void theFrozenBaseStaysAsSeenInTheFreezeMonthAndFollowsBeforeIt() {
        TrackReturns returns = history();
        TrackReturns.Seen following = returns.seen(50, 1);
        assertEquals(0.3, following.reference(), 1e-12);
        assertEquals(following.reference(), following.degreeBase(), 0.0);
        assertEquals(1.0, following.degreeScale(), 0.0);
        TrackReturns.Seen frozen = returns.seen(50, 1, 20);
        assertEquals(0.3, frozen.reference(), 1e-12);
        assertEquals(0.2, frozen.degreeBase(), 1e-12, "the reference as seen in month 20");
        assertEquals(0.2 / 0.3, frozen.degreeScale(), 1e-12);
        TrackReturns.Seen beforeFreeze = returns.seen(20, 1, 40);
        assertEquals(beforeFreeze.reference(), beforeFreeze.degreeBase(), 0.0);
        TrackReturns.Seen inFreezeMonth = returns.seen(40, 1, 40);
        assertEquals(inFreezeMonth.reference(), inFreezeMonth.degreeBase(), 0.0);
        assertEquals(returns.seen(50, 1).vocational(), frozen.vocational(), 0.0);
        assertEquals(returns.seen(50, 1).general(), frozen.general(), 0.0);
    }

    @Test
    void theWorldFreezesAtTheGivenOutputMonth() {
        World w = world("education.degree_reference_month=3");
        for (int m = 0; m <= w.month; m++) {
            double reference = w.outputMonth() - (w.month - m) < 3 ? 0.25 : 0.5;
            w.trackReturns.record(m, reference, reference, reference);
        }
        TrackReturns.Seen seen = Enrolment.seen(w);
        int lag = Enrolment.informationLag(w);
        int freezeMonth = w.month - w.outputMonth() + 3;
        assertEquals(w.trackReturns.seen(freezeMonth, lag).reference(), seen.degreeBase(), 0.0);
        assertEquals(w.trackReturns.seen(w.month, lag).reference(), seen.reference(), 0.0);
        assertTrue(seen.degreeBase() < seen.reference(), "the reference rose after the freeze");
        World following = world();
        for (int m = 0; m <= following.month; m++) {
            following.trackReturns.record(m, 0.3, 0.3, m < 200 ? 0.25 : 0.5);
        }
        TrackReturns.Seen unfrozen = Enrolment.seen(following);
        assertEquals(unfrozen.reference(), unfrozen.degreeBase(), 0.0);
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

    /** A Korean world (exam admission, late entry) in output month 73, nothing built, with {@code overrides}. */
    private static World world(String... overrides) {
        List<String> all = new ArrayList<>(List.of("population.young_people=2000"));
        all.addAll(List.of(overrides));
        World w = new World(ScenarioLoader.load(Path.of("korea-corporate"), all), 3);
        w.month = w.month - w.outputMonth() + 1 + 72;
        return w;
    }
}
