package org.vetsim.model;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;
import org.vetsim.metrics.Metric;
import org.vetsim.metrics.MonthReport;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The adult labour force holds the published share without a vocational certificate or a degree
 * (labour_market.adult_unqualified_share): the adults' records are drawn with weights that give it,
 * the unqualified keeping their own skills; without the share the draws are those of the records
 * as kept.
 */
class AdultUnqualifiedShareTest {
    private static final SkillModel SKILLS = new SkillModel(TestScenarios.small());

    /** 900 qualified records (general skill 1.0) and 100 unqualified ones (0.2). */
    private static AdultSkills adults(double share) {
        AdultSkills skills = new AdultSkills(10, share);
        for (int k = 0; k < 1000; k++) {
            boolean unqualified = k % 10 == 0;
            skills.add(unqualified ? 0.2 : 1.0, unqualified ? 0.1 : 0.7, unqualified ? AdultQualification.NONE : AdultQualification.STATE);
        }
        return skills;
    }

    @Test
    void weightsGiveTheShareFromTheRecordsKept() {
        QualificationWeights weights = QualificationWeights.of(0.3, 100, 1000);
        assertEquals(3.0, weights.unqualified(), 1e-12, "0.3 over the records' 0.1");
        assertEquals(0.7 / 0.9, weights.qualified(), 1e-12);
        assertSame(QualificationWeights.EVEN, QualificationWeights.of(-1, 100, 1000), "no share given");
        assertSame(QualificationWeights.EVEN, QualificationWeights.of(0.3, 0, 1000), "no unqualified record to weigh");
        assertSame(QualificationWeights.EVEN, QualificationWeights.of(0.3, 1000, 1000), "no qualified record to weigh");
    }

    @Test
    void theAdultsHoldTheGivenShareAndTheirMeanSkillFollows() {
        AdultSkills kept = adults(-1);
        assertEquals(0.1, kept.unqualifiedShare(), 1e-12);
        assertEquals(0.1 * 0.2 + 0.9 * 1.0, kept.meanGeneral(), 1e-12);
        AdultSkills weighted = adults(0.3);
        assertEquals(0.3, weighted.unqualifiedShare(), 1e-12);
        assertEquals(0.3 * 0.2 + 0.7 * 1.0, weighted.meanGeneral(), 1e-12, "hand-computed: 0.76");
        AdultSkills fewer = adults(0.05);
        assertEquals(0.05, fewer.unqualifiedShare(), 1e-12, "a share below the records' weighs the qualified up");
    }

    @Test
    void drawnAdultsAndLeaversCarryTheWeights() {
        AdultSkills weighted = adults(0.3);
        MersenneTwisterFast random = new MersenneTwisterFast(11);
        int draws = 100_000;
        int unqualified = 0;
        int leaving = 0;
        for (int k = 0; k < draws; k++) {
            unqualified += weighted.profile(random, SKILLS)[0] == 0.2 ? 1 : 0;
            leaving += weighted.leaverProfile(random, SKILLS, 2.0)[2] == AdultQualification.NONE ? 1 : 0;
        }
        assertEquals(0.3, unqualified / (double) draws, 0.005, "an adult at random");
        assertEquals(2 * 0.3 / (2 * 0.3 + 0.7), leaving / (double) draws, 0.005, "twice the risk on 0.3 of the adults: 0.46 of the leavers");
    }

    @Test
    void theEmployersPriorOfAdultsIsTheWeightedOne() {
        AdultSkills kept = adults(-1);
        AdultSkills weighted = adults(0.3);
        double[] before = kept.moments(SKILLS, 0.0, 12);
        double[] after = weighted.moments(SKILLS, 0.0, 12);
        double low = SKILLS.expectedProductivity(0.2, 0.1, 12);
        double high = SKILLS.expectedProductivity(1.0, 0.7, 12);
        assertEquals(0.1 * low + 0.9 * high, before[0], 1e-9);
        assertEquals(0.3 * low + 0.7 * high, after[0], 1e-9, "more unqualified adults, a lower mean");
        assertEquals(0.3 * 0.7 * (high - low) * (high - low), after[1], 1e-9, "the variance of a two-point mixture");
    }

    @Test
    void withoutAShareTheDrawsAreThoseOfTheRecordsAsBefore() {
        AdultSkills unset = new AdultSkills(10, -1);
        for (int k = 0; k < 1000; k++) {
            unset.add(k / 1000.0, 0.5, k % 10 == 0 ? AdultQualification.NONE : AdultQualification.STATE);
        }
        MersenneTwisterFast model = new MersenneTwisterFast(3);
        MersenneTwisterFast reference = new MersenneTwisterFast(3);
        for (int k = 0; k < 2000; k++) {
            double ratio = k % 2 == 0 ? 2.6 : 1.0;
            assertEquals(leaverBefore(reference, ratio) / 1000.0, unset.leaverProfile(model, SKILLS, ratio)[0], 0.0,
                    "the record the unweighted draw took before the weights existed");
            assertEquals(reference.nextInt(1000) / 1000.0, unset.profile(model, SKILLS)[0], 0.0);
        }
    }

    /**
     * The index a leaver was drawn at before the weights: a record at random, kept by rejection with
     * weight {@code ratio} on the unqualified (every tenth record) and 1 on the others.
     */
    private static int leaverBefore(MersenneTwisterFast random, double ratio) {
        int i = random.nextInt(1000);
        double most = Math.max(1.0, ratio);
        while (ratio != 1.0) {
            double weight = i % 10 == 0 ? ratio : 1.0;
            if (weight >= most || random.nextDouble() * most < weight) {
                break;
            }
            i = random.nextInt(1000);
        }
        return i;
    }

    @Test
    void aYoungEmployeeLeavingForHigherEducationCountsAsABreak() {
        VetModel model = new VetModel(TestScenarios.small(), 4);
        model.start();
        World world = model.world();
        while (world.people.stream().noneMatch(person -> person.status == Status.EMPLOYED)) {
            model.schedule.step(model);
        }
        YoungPerson employee = world.people.stream().filter(person -> person.status == Status.EMPLOYED).findFirst().orElseThrow();
        int before = world.flows.quitsToEducationServiceOrAbroad;
        LateHigherEntry.enter(world, employee);
        assertEquals(before + 1, world.flows.quitsToEducationServiceOrAbroad, "counted in the job-to-job share's separations");
        assertEquals(Status.HIGHER_EDUCATION, employee.status);
    }

    @Test
    void inASwissEconomyMoreUnqualifiedAdultsMeanMoreOfThemOutOfWork() {
        List<List<MonthReport>> kept = TestScenarios.runs(TestScenarios.smallPreset("switzerland-dual",
                "labour_market.adult_unqualified_share=-1"), 3);
        List<List<MonthReport>> published = TestScenarios.runs(TestScenarios.smallPreset("switzerland-dual",
                "labour_market.adult_unqualified_share=0.18"), 3);
        double before = TestScenarios.meanOverRuns(kept, Metric.ADULT_UNQUALIFIED_UNEMPLOYED_SHARE, 13);
        double after = TestScenarios.meanOverRuns(published, Metric.ADULT_UNQUALIFIED_UNEMPLOYED_SHARE, 13);
        assertEquals(0.18, TestScenarios.meanOverRuns(published, Metric.ADULT_UNQUALIFIED_SHARE, 13), 1e-9, "the adults hold the share");
        assertTrue(TestScenarios.meanOverRuns(kept, Metric.ADULT_UNQUALIFIED_SHARE, 13) < 0.15, "the model's own cohorts hold less");
        assertTrue(after > before + 0.05, "the unqualified among the adults out of work follow their share: " + before + " -> " + after);
    }

    @Test
    void aShareOutsideZeroToOneOtherThanMinusOneIsRefused() {
        RuntimeException error = assertThrows(RuntimeException.class, () -> TestScenarios.small("labour_market.adult_unqualified_share=-0.5"));
        assertTrue(error.getMessage().contains("or -1"), error.getMessage());
        assertEquals(0.2, TestScenarios.small("labour_market.adult_unqualified_share=0.2").labourMarket().adultUnqualifiedShare(), 0.0);
    }
}
