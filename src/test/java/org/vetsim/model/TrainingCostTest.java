package org.vetsim.model;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vetsim.io.scenario.ScenarioLoader;
import org.vetsim.metrics.Metric;
import org.vetsim.metrics.SizeClassMetric;
import org.vetsim.scenario.Engagement;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cost of an apprentice as the surveys measure it and as employers weigh it, on firms of a
 * settled German economy: pay is the same at every firm of an occupation while the costs of
 * organising training vary with the firm; an intake bears the fixed cost of being a training
 * firm only for months in which the firm would otherwise train no one (and its apprentice is
 * still expected to train); the reported cost spreads
 * that fixed cost over the firm's apprentices.
 */
class TrainingCostTest {
    private static World world;

    @BeforeAll
    static void settle() {
        world = TestWorlds.settled(ScenarioLoader.load(Path.of("germany-dual"), List.of("population.young_people=3000")), 1);
    }

    @Test
    void payIsAlikeAtEveryFirmWhileTheCostsOfOrganisingTrainingScaleWithTheFirm() {
        ApprenticeshipEconomics economics = world.apprenticeshipEconomics(false);
        for (int month = 0; month < economics.months(); month += 12) {
            double cheap = economics.gross(0.5, month);
            double dear = economics.gross(2.0, month);
            assertEquals(1.5 * economics.otherCosts(), dear - cheap, 1e-12, "only trainers', equipment and other costs differ");
            assertEquals(economics.pay(month), cheap - 0.5 * economics.otherCosts(), 1e-12, "pay does not depend on the firm");
        }
        assertTrue(economics.pay(24) > economics.pay(0), "pay rises with the training year");
    }

    @Test
    void anIntakeBearsTheFixedCostOnlyForMonthsWithoutOtherApprentices() {
        YoungPerson apprentice = world.people.stream().filter(p -> p.status == Status.APPRENTICE).findFirst().orElseThrow();
        Employer firm = apprentice.employer;
        ApprenticeshipEconomics economics = world.apprenticeshipEconomics(false);
        double yearly = world.engagement.workBasedLearning().fixedCostMonths();
        int months = economics.months();
        List<YoungPerson> before = List.copyOf(firm.apprentices);
        int ends = apprentice.trainingEnds;
        try {
            firm.apprentices.clear();
            assertEquals(yearly / 12.0 * stillTraining(economics, 0, months), ApprenticePlaces.fixedCost(world, firm, economics), 1e-12,
                    "a firm with no apprentice pays the fixed cost for every month its apprentice is expected to train");
            assertTrue(ApprenticePlaces.fixedCost(world, firm, economics) < yearly * months / 12.0, "dropout ends it early");
            firm.apprentices.add(apprentice);
            apprentice.trainingEnds = world.month + 12;
            assertEquals(yearly / 12.0 * stillTraining(economics, 12, months), ApprenticePlaces.fixedCost(world, firm, economics), 1e-12,
                    "an apprentice with a year left covers that year");
            apprentice.trainingEnds = world.month + months;
            assertEquals(0.0, ApprenticePlaces.fixedCost(world, firm, economics), 1e-12,
                    "a firm already training for the whole span adds no fixed cost");
        } finally {
            apprentice.trainingEnds = ends;
            firm.apprentices.clear();
            firm.apprentices.addAll(before);
        }
    }

    @Test
    void theReportedCostSpreadsEachTrainingFirmsFixedCostOverTheApprentices() {
        double[] withFixed = reportedCosts(world.engagement);
        Engagement free = ScenarioLoader.load(Path.of("germany-dual"),
                List.of("engagement.work_based_learning.fixed_cost_months=0")).engagement();
        double[] withoutFixed = reportedCosts(free);
        long trainingFirms = world.employers.stream().filter(e -> !e.apprentices.isEmpty()).count();
        long apprentices = world.employers.stream().mapToLong(e -> e.apprentices.size()).sum();
        assertTrue(trainingFirms > 0 && apprentices > trainingFirms, "firms train, some more than one apprentice");
        double perApprenticeYear = world.engagement.workBasedLearning().fixedCostMonths() * trainingFirms / apprentices;
        assertEquals(perApprenticeYear, withFixed[0] - withoutFixed[0], 1e-9, "gross cost");
        assertEquals(perApprenticeYear, withFixed[1] - withoutFixed[1], 1e-9, "net cost");
    }

    @Test
    void theShareWithANetReturnCountsApprenticesWhoseReturnsExceedTheirWholeCost() {
        double fixed = world.engagement.workBasedLearning().fixedCostMonths() / 12.0;
        int apprentices = 0;
        int netReturn = 0;
        for (Employer employer : world.employers) {
            ApprenticeshipEconomics economics = world.apprenticeshipEconomics(employer.mentors);
            for (YoungPerson apprentice : employer.apprentices) {
                double gross = economics.gross(employer.trainingCostFactor(), world.trainingMonth(apprentice))
                        + fixed / employer.apprentices.size();
                netReturn += economics.returns(employer.productiveUse(), apprentice.proficiency) > gross ? 1 : 0;
                apprentices++;
            }
        }
        assertTrue(netReturn > 0 && netReturn < apprentices, "some but not all: " + netReturn + " of " + apprentices);
        double[] v = new double[Metric.values().length];
        new TrainingBudget().fill(world, v, new double[SizeClass.values().length][SizeClassMetric.values().length]);
        assertEquals((double) netReturn / apprentices, v[Metric.APPRENTICES_WITH_NET_RETURNS.ordinal()], 1e-12);
    }

    @Test
    void theSurveysProductiveTimeAndPerformanceLevelAreMeansOverTheApprentices() {
        double productiveShare = world.engagement.workBasedLearning().productiveShare();
        double start = world.engagement.workBasedLearning().apprenticeProductivity();
        double time = 0;
        double performance = 0;
        int apprentices = 0;
        for (Employer employer : world.employers) {
            for (YoungPerson apprentice : employer.apprentices) {
                time += Math.min(1.0, employer.productiveUse() * productiveShare);
                performance += start + (1 - start) * apprentice.proficiency;
                apprentices++;
            }
        }
        assertTrue(apprentices > 0, "the German economy trains");
        double[] v = new double[Metric.values().length];
        new TrainingBudget().fill(world, v, new double[SizeClass.values().length][SizeClassMetric.values().length]);
        assertEquals(time / apprentices, v[Metric.APPRENTICE_PRODUCTIVE_TIME_SHARE.ordinal()], 1e-12);
        assertEquals(performance / apprentices, v[Metric.APPRENTICE_RELATIVE_PRODUCTIVITY.ordinal()], 1e-12);
        assertTrue(v[Metric.APPRENTICE_RELATIVE_PRODUCTIVITY.ordinal()] > start && v[Metric.APPRENTICE_RELATIVE_PRODUCTIVITY.ordinal()] < 1,
                "apprentices in training are between their starting productivity and a skilled worker's");
        ApprenticeshipEconomics economics = world.apprenticeshipEconomics(false);
        assertEquals(economics.productiveTimeShare(1.3) * economics.relativeProductivity(0.6) * world.engagement.workBasedLearning().firmTimeShare(),
                economics.returns(1.3, 0.6), 1e-12, "returns are the firm time's productive share at the relative productivity");
    }

    @Test
    void firmsWeighOnlyTheTrainersOutputLostWhileTheReportedCostKeepsTheSurveysFullValuation() {
        Engagement half = ScenarioLoader.load(Path.of("germany-dual"),
                List.of("engagement.work_based_learning.trainer_output_loss=0.5")).engagement();
        ApprenticeshipEconomics full = world.apprenticeshipEconomics(false);
        ApprenticeshipEconomics partial = new ApprenticeshipEconomics(half, world.scenario.colleges(), false, 0.5, 0.0);
        ApprenticeshipEconomics whole = new ApprenticeshipEconomics(world.engagement, world.scenario.colleges(), false, 0.5, 0.0);
        double trainers = world.engagement.workBasedLearning().trainerCostRatio();
        assertEquals(whole.gross(1.5, 0), whole.forgone(1.5, 0), "at the default every trainer hour is output lost");
        assertEquals(whole.otherCosts(), whole.forgoneOtherCosts(), "exactly, so the default changes no decision");
        assertEquals(whole.gross(1.5, 12), partial.gross(1.5, 12), 1e-12, "the cost the surveys report does not change");
        assertEquals(1.5 * 0.5 * trainers, partial.gross(1.5, 12) - partial.forgone(1.5, 12), 1e-12,
                "a firm forgoes half the trainers' time at a loss of one half, in proportion to its cost factor");
        assertTrue(partial.expectedNetCost(1.0, 1.0) < whole.expectedNetCost(1.0, 1.0), "a place then costs the firm less");
        assertEquals(whole.expectedReturnsAndSupport(1.0, 1.0), partial.expectedReturnsAndSupport(1.0, 1.0), 1e-12,
                "returns and support (a tax credit is on the reported cost) do not change");
        assertEquals(full.gross(1.0, 0), whole.gross(1.0, 0));
        Employer host = world.employers.get(0);
        double months = world.engagement.workBasedLearning().internshipMonths();
        double other = world.engagement.workBasedLearning().otherCostRatio();
        Engagement before = world.engagement;
        try {
            world.engagement = half;
            assertEquals(2 * months * host.trainingCostFactor() * (0.5 * trainers + other), new InternHosting().cost(world, host, 2), 1e-12,
                    "a host weighs an intern's supervision at the trainers' output lost");
        } finally {
            world.engagement = before;
        }
    }

    @Test
    void trainersTimeHeldReadyForAPlaceIsWeighedAtTheOutputLost() {
        Engagement whole = ScenarioLoader.load(Path.of("germany-dual"),
                List.of("engagement.work_based_learning.reserved_trainer_months=2")).engagement();
        Engagement half = ScenarioLoader.load(Path.of("germany-dual"), List.of("engagement.work_based_learning.reserved_trainer_months=2",
                "engagement.work_based_learning.trainer_output_loss=0.5")).engagement();
        Employer firm = world.employers.get(0);
        double trainers = whole.workBasedLearning().trainerCostRatio();
        Engagement before = world.engagement;
        try {
            world.engagement = whole;
            double full = ApprenticePlaces.offerCost(world, firm, 0.25);
            world.engagement = half;
            double partial = ApprenticePlaces.offerCost(world, firm, 0.25);
            assertEquals(0.75 * 2 * 0.5 * trainers * firm.trainingCostFactor(), full - partial, 1e-12,
                    "an empty place loses half the trainers' time held ready at a loss of one half");
        } finally {
            world.engagement = before;
        }
    }

    @Test
    void noFirmPutsTraineesToProductiveWorkMoreThanAllTheirTime() {
        ApprenticeshipEconomics economics = world.apprenticeshipEconomics(false);
        double firmTime = world.engagement.workBasedLearning().firmTimeShare();
        assertEquals(firmTime, economics.returns(100.0, 1.0), 1e-12, "a fully proficient apprentice at most earns the firm time");
        assertTrue(economics.returns(1.0, 1.0) < firmTime, "at the mean use, less");
    }

    private static double stillTraining(ApprenticeshipEconomics economics, int from, int to) {
        double months = 0;
        for (int t = from; t < to; t++) {
            months += economics.stillTraining(t);
        }
        return months;
    }

    private static double[] reportedCosts(Engagement engagement) {
        Engagement before = world.engagement;
        world.engagement = engagement;
        try {
            double[] v = new double[Metric.values().length];
            double[][] bySize = new double[SizeClass.values().length][SizeClassMetric.values().length];
            new TrainingBudget().fill(world, v, bySize);
            return new double[] {v[Metric.EMPLOYER_GROSS_TRAINING_COST.ordinal()], v[Metric.EMPLOYER_NET_TRAINING_COST.ordinal()]};
        } finally {
            world.engagement = before;
        }
    }
}
