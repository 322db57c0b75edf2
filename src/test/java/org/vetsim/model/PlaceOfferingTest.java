package org.vetsim.model;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vetsim.io.scenario.ScenarioLoader;
import org.vetsim.scenario.Engagement;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The cost of offering an apprenticeship place and the fill chance firms expect
 * ({@link ApprenticePlaces}, {@link FillExpectation}), on the employers of a settled German economy
 * whose last intake and mechanisms the tests set by hand: a firm that expects no applicants offers
 * no place, a dearer place to offer means fewer places, and firms learn the fill chance from their
 * own last intake and their occupation's.
 */
class PlaceOfferingTest {
    private static final String FREE = "engagement.work_based_learning.place_recruitment_cost_months=0";
    private static World world;

    @BeforeAll
    static void settle() {
        world = TestWorlds.settled(ScenarioLoader.load(Path.of("germany-dual"), List.of("population.young_people=3000")), 2);
        assertTrue(world.engagement.workBasedLearning().offeringCosts(), "the German preset has a sourced cost of offering");
    }

    private static void withEngagement(String overrides, Runnable check) {
        Engagement before = world.engagement;
        world.engagement = ScenarioLoader.load(Path.of("germany-dual"), List.of(overrides.split(","))).engagement();
        try {
            check.run();
        } finally {
            world.engagement = before;
        }
    }

    /** Runs {@code check} as if {@code firm}'s fill experience were the places given, its occupation at {@code rate}. */
    private static void withIntake(Employer firm, int offered, int filled, double rate, Runnable check) {
        int o = firm.occupation().index();
        double offeredBefore = firm.experiencedOffered;
        double filledBefore = firm.experiencedFilled;
        double rateBefore = world.occupationFillRate[o];
        firm.experiencedOffered = offered;
        firm.experiencedFilled = filled;
        world.occupationFillRate[o] = rate;
        try {
            check.run();
        } finally {
            firm.experiencedOffered = offeredBefore;
            firm.experiencedFilled = filledBefore;
            world.occupationFillRate[o] = rateBefore;
        }
    }

    @Test
    void anEmployerThatExpectsNoApplicantsOffersNoPlace() {
        ApprenticePlaces places = new ApprenticePlaces();
        int wouldOffer = 0;
        for (Employer firm : world.employers) {
            int[] chosen = new int[3];
            withIntake(firm, 4, 0, 0.0, () -> {
                assertEquals(0.0, FillExpectation.chance(world, firm), "no place filled, none in the occupation");
                chosen[0] = places.choose(world, firm);
                withEngagement(FREE, () -> chosen[1] = places.choose(world, firm));
            });
            withIntake(firm, 4, 4, 1.0, () -> withEngagement(FREE, () -> chosen[2] = places.choose(world, firm)));
            assertEquals(0, chosen[0], "employer " + firm.id() + " expects no applicant but offers places");
            assertEquals(chosen[2], chosen[1], "employer " + firm.id() + ": when offering costs nothing, what it "
                    + "expects to fill does not matter (today's rule)");
            wouldOffer += chosen[1] > 0 ? 1 : 0;
        }
        assertTrue(wouldOffer > 0, "some of these employers offer places when offering costs nothing");
    }

    @Test
    void withoutACostOfOfferingAPlaceIsValuedAsIfFilled() {
        Employer firm = world.employers.get(0);
        withEngagement(FREE, () -> withIntake(firm, 4, 1, 0.2, () -> {
            assertEquals(1.0, FillExpectation.chance(world, firm));
            assertEquals(0.0, ApprenticePlaces.offerCost(world, firm, 0.2));
        }));
    }

    @Test
    void aDearerPlaceToOfferMeansFewerPlaces() {
        ApprenticePlaces places = new ApprenticePlaces();
        int n = world.employers.size();
        int[] sourced = new int[n];
        int[] dear = new int[n];
        int[] reserved = new int[n];
        for (int i = 0; i < n; i++) {
            Employer firm = world.employers.get(i);
            int k = i;
            withIntake(firm, 4, 2, 0.5, () -> {
                sourced[k] = places.choose(world, firm);
                withEngagement("engagement.work_based_learning.place_recruitment_cost_months=2", () -> dear[k] = places.choose(world, firm));
                withEngagement("engagement.work_based_learning.reserved_trainer_months=12", () -> {
                    assertTrue(ApprenticePlaces.offerCost(world, firm, 0.5) > ApprenticePlaces.offerCost(world, firm, 0.9),
                            "trainers held ready for a place cost more, the likelier it stays empty");
                    reserved[k] = places.choose(world, firm);
                });
            });
            assertTrue(dear[i] <= sourced[i] && reserved[i] <= sourced[i], "employer " + firm.id() + ": places at the sourced cost "
                    + sourced[i] + ", dearer recruitment " + dear[i] + ", trainers held ready " + reserved[i]);
        }
        int total = java.util.Arrays.stream(sourced).sum();
        assertTrue(total > 0, "places are offered at the sourced cost");
        assertTrue(java.util.Arrays.stream(dear).sum() < total, "dearer recruitment, fewer places");
        assertTrue(java.util.Arrays.stream(reserved).sum() < total, "trainers' time held ready, fewer places");
    }

    /**
     * At a fill chance f below 1, places are filled independently in value() as in cost() and
     * choose(): the firm offers the number of places with the greatest value net of cost, and the
     * second place's apprentice is the second with chance f squared (both filled), so two places
     * are worth twice one place plus f² times the difference between a second apprentice and a first
     * (the difference read off at f = 1, where every place is filled), not f times it.
     */
    @Test
    void atAFillChanceBelowOneTheFirmValuesPlacesFilledIndependently() {
        ApprenticePlaces places = new ApprenticePlaces();
        int offering = 0;
        int differing = 0;
        for (Employer firm : world.employers) {
            double[] v = new double[5];
            withIntake(firm, 4, 1, 0.3, () -> {
                double fill = FillExpectation.chance(world, firm);
                assertTrue(fill > 0 && fill < 1, "fill chance " + fill);
                v[0] = fill;
                v[1] = places.value(world, firm, 1);
                v[2] = places.value(world, firm, 2);
                int chosen = places.choose(world, firm);
                double chosenNet = places.value(world, firm, chosen) - places.cost(world, firm, chosen);
                for (int level = 0; level <= Math.min(places.mostLevel(world, firm), 40); level++) {
                    double net = places.value(world, firm, level) - places.cost(world, firm, level);
                    assertTrue(net <= chosenNet + 1e-9 && (level >= chosen || net < chosenNet),
                            "employer " + firm.id() + ": " + level + " places net " + net + ", the chosen " + chosen + " net " + chosenNet);
                }
                v[4] = chosen;
            });
            withEngagement(FREE, () -> v[3] = places.value(world, firm, 2) - 2 * places.value(world, firm, 1));
            double secondLessFirst = v[3];
            assertEquals(v[0] * v[0] * secondLessFirst, v[2] - 2 * v[1], 1e-9 * (1 + Math.abs(v[1])),
                    "employer " + firm.id() + " at fill chance " + v[0]);
            differing += Math.abs(secondLessFirst) > 1e-3 ? 1 : 0;
            offering += v[4] > 0 ? 1 : 0;
        }
        assertTrue(offering > 0, "some employers offer places");
        assertTrue(differing > 0, "for some employers a second apprentice is worth less than a first");
    }

    @Test
    void firmsLearnTheFillChanceFromTheirOwnLastIntakeAndTheirOccupations() {
        Employer firm = world.employers.get(0);
        double prior = world.engagement.workBasedLearning().fillPriorPlaces();
        withIntake(firm, 4, 0, 0.5, () -> assertEquals(0.5 * prior / (4 + prior), FillExpectation.chance(world, firm), 1e-12));
        withIntake(firm, 4, 4, 0.5, () -> assertEquals((4 + 0.5 * prior) / (4 + prior), FillExpectation.chance(world, firm), 1e-12));
        withIntake(firm, 0, 0, 0.5, () -> assertEquals(0.5, FillExpectation.chance(world, firm), 1e-12, "no place offered: the occupation's rate"));
        ApprenticePlaces places = new ApprenticePlaces();
        int more = 0;
        for (Employer employer : world.employers) {
            int[] chosen = new int[2];
            withIntake(employer, 4, 1, 0.3, () -> chosen[0] = places.choose(world, employer));
            withIntake(employer, 4, 4, 0.3, () -> chosen[1] = places.choose(world, employer));
            assertTrue(chosen[1] >= chosen[0], "employer " + employer.id() + ": places after filling one of four "
                    + chosen[0] + ", after filling all " + chosen[1]);
            more += chosen[1] > chosen[0] ? 1 : 0;
        }
        assertTrue(more > 0, "some employers offer more places after an intake that filled them all");
    }

    /**
     * The occupation's rate and each firm's experience are adaptive: an intake enters with the
     * weight the earlier experience does not keep; an intake without applicants teaches nothing.
     */
    @Test
    void theOccupationsRateAndTheFirmsExperienceMoveHalfWayToTheLastIntake() {
        int n = world.employers.size();
        int[] offered = new int[n];
        int[] filled = new int[n];
        double[] experiencedOffered = new double[n];
        double[] experiencedFilled = new double[n];
        double[] rates = world.occupationFillRate.clone();
        int applicants = world.intakeApplicants;
        for (int i = 0; i < n; i++) {
            Employer employer = world.employers.get(i);
            offered[i] = employer.placesOffered;
            filled[i] = employer.placesFilled;
            experiencedOffered[i] = employer.experiencedOffered;
            experiencedFilled[i] = employer.experiencedFilled;
        }
        try {
            int allOffered = 0;
            int allFilled = 0;
            for (Employer employer : world.employers) {
                int o = employer.occupation().index();
                employer.placesOffered = o == 1 ? 0 : 4;
                employer.placesFilled = o == 1 ? 0 : (o == 0 ? 1 : 3);
                employer.experiencedOffered = 2;
                employer.experiencedFilled = 2;
                allOffered += employer.placesOffered;
                allFilled += employer.placesFilled;
            }
            java.util.Arrays.fill(world.occupationFillRate, 1.0);
            world.intakeApplicants = 0;
            FillExpectation.observeIntake(world);
            assertEquals(1.0, world.occupationFillRate[0], 0.0, "an intake without applicants teaches the occupation nothing");
            assertEquals(2.0, world.employers.get(0).experiencedOffered, 0.0, "nor the firm");
            world.intakeApplicants = 100;
            FillExpectation.observeIntake(world);
            assertEquals(0.5 * 1.0 + 0.5 * 0.25, world.occupationFillRate[0], 1e-12);
            assertEquals(0.5 + 0.5 * (double) allFilled / allOffered, world.occupationFillRate[1], 1e-12, "no place offered: the market's rate");
            assertEquals(0.5 + 0.5 * 0.75, world.occupationFillRate[2], 1e-12);
            Employer first = world.employers.get(0);
            assertEquals(0.5 * 2 + first.placesOffered, first.experiencedOffered, 1e-12);
            assertEquals(0.5 * 2 + first.placesFilled, first.experiencedFilled, 1e-12);
        } finally {
            for (int i = 0; i < n; i++) {
                Employer employer = world.employers.get(i);
                employer.placesOffered = offered[i];
                employer.placesFilled = filled[i];
                employer.experiencedOffered = experiencedOffered[i];
                employer.experiencedFilled = experiencedFilled[i];
            }
            System.arraycopy(rates, 0, world.occupationFillRate, 0, rates.length);
            world.intakeApplicants = applicants;
        }
    }
}
