package org.vetsim.model;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.junit.jupiter.api.Test;
import org.vetsim.metrics.Metric;
import org.vetsim.metrics.MonthReport;
import org.vetsim.scenario.EducationSettings;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * When young people are in education: months enrolled in higher education drawn around the
 * country's mean, and vocational training that begins after further school years; on hand-set
 * draws, the track choice's formula and small runs.
 */
class EducationTimingTest {
    private static EducationSettings education(String... overrides) {
        return TestScenarios.small(overrides).education();
    }

    @Test
    void monthsEnrolledAverageTheCountrysMeanWithTheGivenSpread() {
        EducationSettings education = education("education.higher_education_months=60",
                "education.higher_education_months_spread=0.3");
        MersenneTwisterFast random = new MersenneTwisterFast(3);
        SummaryStatistics months = new SummaryStatistics();
        for (int i = 0; i < 20_000; i++) {
            months.addValue(HigherEducation.monthsEnrolled(education, random, education.higherEducationMonths()));
        }
        assertEquals(60, months.getMean(), 0.5);
        assertEquals(0.3, months.getStandardDeviation() / months.getMean(), 0.02);
        assertTrue(months.getMin() >= 12);
        EducationSettings fixed = education("education.higher_education_months=60", "education.higher_education_months_spread=0");
        assertEquals(60, HigherEducation.monthsEnrolled(fixed, random, HigherEducation.graduatesMeanMonths(fixed)),
                "no spread and no one leaving without a degree: everyone stays the mean");
    }

    @Test
    void gammaDrawsHaveTheirMeanAndVarianceForSmallAndLargeShapes() {
        MersenneTwisterFast random = new MersenneTwisterFast(9);
        for (double shape : new double[] {0.5, 2.0, 11.1}) {
            SummaryStatistics draws = new SummaryStatistics();
            for (int i = 0; i < 40_000; i++) {
                draws.addValue(Draws.gamma(random, shape, 3.0));
            }
            assertEquals(shape * 3.0, draws.getMean(), 0.03 * shape * 3.0 + 0.02, "mean at shape " + shape);
            assertEquals(shape * 9.0, draws.getVariance(), 0.06 * shape * 9.0, "variance at shape " + shape);
        }
    }

    @Test
    void vocationalTrainingBeginsAfterTheFurtherSchoolYears() {
        assertTrue(earliestVetStart(0) < 12, "without further school years some start in their first year");
        assertTrue(earliestVetStart(12) >= 12, "with one, nobody does");
    }

    /**
     * The fewest months, over everyone in vocational training at the end of a short run with
     * {@code delay}, from reaching the entry age to the start of their programme; checks on the
     * way that pupils bound for VET are at school without a place in higher education.
     */
    private static int earliestVetStart(int delay) {
        World world = TestWorlds.settled(TestScenarios.small("education.vet_start_delay_months=" + delay,
                "engagement.work_based_learning.apprenticeships=true"), 1);
        int entryAge = world.scenario.population().entryAge();
        int earliest = Integer.MAX_VALUE;
        int bound = 0;
        for (YoungPerson person : world.people) {
            int length = switch (person.status) {
                case APPRENTICE -> world.engagement.workBasedLearning().apprenticeshipMonths();
                case SCHOOL_VET -> world.scenario.colleges().programmeMonths();
                default -> -1;
            };
            if (length > 0) {
                earliest = Math.min(earliest, person.trainingEnds - length - (person.birthMonth + 12 * entryAge));
            }
            if (person.vetBound) {
                bound++;
                assertEquals(Status.GENERAL_EDUCATION, person.status);
                assertFalse(person.admittedToHigher, "a pupil bound for VET holds no place in higher education");
            }
        }
        assertEquals(delay > 0, bound > 0, "this year's VET choosers are still at school only with a delay");
        return earliest;
    }

    @Test
    void laterStartsLowerThePathsTheyDelay() {
        TrackReturns.Seen seen = new TrackReturns.Seen(1.0, 1.0, 0.5);
        EducationSettings atOnce = education();
        EducationSettings schoolFirst = education("education.vet_start_delay_months=12");
        TrackPaths now = TrackPaths.beforeAnyIntake(atOnce, 24, 15);
        TrackPaths later = TrackPaths.beforeAnyIntake(schoolFirst, 24, 15);
        assertTrue(TrackChoice.vetProbability(schoolFirst, later, 0.5, 0.0, seen, TrackChoice.NO_ADMISSION)
                < TrackChoice.vetProbability(atOnce, now, 0.5, 0.0, seen, TrackChoice.NO_ADMISSION), "VET pays a year later");
        EducationSettings longer = education("education.higher_education_months=72");
        assertTrue(TrackChoice.vetProbability(longer, now, 0.5, 0.0, seen, TrackChoice.CERTAIN_ADMISSION)
                > TrackChoice.vetProbability(atOnce, now, 0.5, 0.0, seen, TrackChoice.CERTAIN_ADMISSION),
                "more months enrolled put a degree's earnings later");
    }

    @Test
    void longerStudiesKeepMoreTwentyToTwentyFourYearOldsInEducation() {
        double[] shortStudies = new double[3];
        double[] longStudies = new double[3];
        for (int seed = 0; seed < 3; seed++) {
            List<MonthReport> a = TestScenarios.run(TestScenarios.small("education.higher_education_months=36"), seed + 1);
            List<MonthReport> b = TestScenarios.run(TestScenarios.small("education.higher_education_months=72"), seed + 1);
            shortStudies[seed] = TestScenarios.mean(a, Metric.EDUCATION_RATE_20_24, 13);
            longStudies[seed] = TestScenarios.mean(b, Metric.EDUCATION_RATE_20_24, 13);
            assertTrue(longStudies[seed] > shortStudies[seed] + 0.02, "seed " + seed + ": " + longStudies[seed] + " vs " + shortStudies[seed]);
            double shortOlder = TestScenarios.mean(a, Metric.EDUCATION_RATE_25_29, 13);
            double longOlder = TestScenarios.mean(b, Metric.EDUCATION_RATE_25_29, 13);
            assertTrue(longOlder > shortOlder, "seed " + seed + ", ages 25-29: " + longOlder + " vs " + shortOlder);
        }
    }
}
