package org.vetsim.model;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vetsim.io.scenario.ScenarioLoader;
import org.vetsim.scenario.Engagement;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Employers' decisions on hand-built firms, each in the direction a textbook predicts: the firms
 * are real employers of a settled German economy whose staff, demand and mechanisms the tests set
 * by hand, so the only thing that differs between two calls is what the test changed.
 */
class EmployerDecisionsTest {
    private static World world;
    private static Engagement german;

    @BeforeAll
    static void settle() {
        world = TestWorlds.settled(ScenarioLoader.load(Path.of("germany-dual"),
                List.of("population.young_people=3000", "engagement.work_based_learning.internships=true")), 2);
        german = world.engagement;
    }

    private static Employer largest() {
        return world.employers.stream().max(Comparator.comparingInt(Employer::baseStaff)).orElseThrow();
    }

    /** Of the employers training apprentices now, the one that would offer the most places today. */
    private static Employer trainer() {
        ApprenticePlaces places = new ApprenticePlaces();
        return world.employers.stream().filter(e -> !e.apprentices.isEmpty())
                .max(Comparator.comparingInt((Employer e) -> places.choose(world, e))
                .thenComparingInt(Employer::baseStaff)).orElseThrow();
    }

    private static Employer smallest() {
        return world.employers.stream().min(Comparator.comparingInt(Employer::baseStaff)).orElseThrow();
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

    private static void withAdults(Employer employer, int adults, Runnable check) {
        int before = employer.adultStaff;
        employer.adultStaff = adults;
        employer.openingsMonth = Integer.MIN_VALUE;
        try {
            check.run();
        } finally {
            employer.adultStaff = before;
            employer.openingsMonth = Integer.MIN_VALUE;
        }
    }

    @Test
    void moreOpeningsMeanMorePlaces() {
        ApprenticePlaces places = new ApprenticePlaces();
        int more = 0;
        for (Employer firm : world.employers) {
            int[] chosen = new int[2];
            withAdults(firm, firm.baseStaff() / 10, () -> chosen[0] = places.choose(world, firm));
            withAdults(firm, firm.baseStaff(), () -> chosen[1] = places.choose(world, firm));
            assertTrue(chosen[1] >= chosen[0], "employer " + firm.id() + ": places with few adults (few openings) "
                    + chosen[0] + " but with many " + chosen[1]);
            more += chosen[1] > chosen[0] ? 1 : 0;
        }
        assertTrue(more > 0, "some employers offer more places when they expect more openings");
    }

    @Test
    void dearerTrainingMeansFewerPlacesAndAFirmWithoutOpeningsDoesNotInvest() {
        ApprenticePlaces places = new ApprenticePlaces();
        int[] atGermanPay = world.employers.stream().mapToInt(e -> places.choose(world, e)).toArray();
        int[] dear = new int[atGermanPay.length];
        withEngagement("engagement.work_based_learning.apprentice_pay_ratio=0.6",
                () -> world.employers.forEach(e -> dear[e.id()] = places.choose(world, e)));
        for (Employer e : world.employers) {
            assertTrue(dear[e.id()] <= atGermanPay[e.id()], "employer " + e.id() + ": places at German pay "
                    + atGermanPay[e.id()] + ", at double pay " + dear[e.id()]);
        }
        int germanTotal = Arrays.stream(atGermanPay).sum();
        int dearTotal = Arrays.stream(dear).sum();
        assertTrue(germanTotal > 0 && dearTotal < germanTotal, "places at German pay " + germanTotal + ", at double pay " + dearTotal);
        Employer micro = smallest();
        int[] none = new int[1];
        List<YoungPerson> staff = List.copyOf(micro.youngStaff);
        micro.youngStaff.clear();
        withAdults(micro, 0, () -> none[0] = places.choose(world, micro));
        micro.youngStaff.addAll(staff);
        assertEquals(0, none[0], "no openings, no investment in training");
    }

    @Test
    void trainingThatPaysDuringTheApprenticeshipFillsTheCap() {
        ApprenticePlaces places = new ApprenticePlaces();
        Employer firm = largest();
        withEngagement("engagement.work_based_learning.apprentice_pay_ratio=0.05,engagement.work_based_learning.apprentice_pay_rise=0,"
                + "engagement.work_based_learning.productive_share=1,engagement.work_based_learning.apprentice_productivity=0.9", () -> {
                    assertTrue(world.apprenticeshipEconomics(firm.mentors).expectedNetCost(firm.trainingCostFactor(), firm.productiveUse()) < 0, "a net benefit");
                    assertEquals(places.mostLevel(world, firm), places.choose(world, firm), "a production motive fills the cap");
                });
    }

    @Test
    void aFirmThatUsesTraineesBetterTrainsAtLeastAsMuchAtALowerNetCost() {
        ApprenticePlaces places = new ApprenticePlaces();
        Employer firm = trainer();
        double use = firm.productiveUse();
        try {
            firm.setProductiveUse(0.5);
            double costly = world.apprenticeshipEconomics(firm.mentors).expectedNetCost(firm.trainingCostFactor(), firm.productiveUse());
            int few = places.choose(world, firm);
            firm.setProductiveUse(2.0);
            double cheap = world.apprenticeshipEconomics(firm.mentors).expectedNetCost(firm.trainingCostFactor(), firm.productiveUse());
            int many = places.choose(world, firm);
            assertTrue(cheap < costly, "more productive trainees, a lower net cost");
            assertTrue(many >= few, "and at least as many places: " + few + " -> " + many);
            assertTrue(many > 0, "a firm whose trainees bring a net return offers places");
        } finally {
            firm.setProductiveUse(use);
        }
    }

    @Test
    void firmsDifferInTheirUseOfTraineesOnlyWhenTheSpreadSaysSo() {
        assertTrue(world.employers.stream().mapToDouble(Employer::productiveUse).distinct().count() > 1, "a spread in the German preset");
        VetModel model = new VetModel(ScenarioLoader.load(Path.of("germany-dual"),
                List.of("population.young_people=1000", "labour_market.productive_use_spread=0")), 3);
        model.start();
        World uniform = model.world();
        assertTrue(uniform.employers.stream().allMatch(e -> e.productiveUse() == 1.0), "no spread: every firm at the mean");
        VetModel spread = new VetModel(ScenarioLoader.load(Path.of("germany-dual"), List.of("population.young_people=1000")), 3);
        spread.start();
        List<Employer> withSpread = spread.world().employers;
        assertEquals(uniform.employers.size(), withSpread.size(), "the spread has its own random stream: the same firms");
        for (int i = 0; i < withSpread.size(); i++) {
            assertEquals(uniform.employers.get(i).baseStaff(), withSpread.get(i).baseStaff());
            assertEquals(uniform.employers.get(i).trainingCostFactor(), withSpread.get(i).trainingCostFactor());
        }
    }

    @Test
    void aFirmKeepsAGraduateItHasRoomForAndNotOneItCannotUse() {
        Employer firm = trainer();
        YoungPerson graduate = world.people.stream().filter(p -> p.status == Status.APPRENTICE && p.employer == firm)
                .findFirst().orElseThrow();
        int target = firm.targetStaff;
        int promised = firm.promisedHires;
        double openings = firm.openingsPerYear;
        int openingsMonth = firm.openingsMonth;
        double proficiency0 = graduate.proficiency;
        double vintage0 = graduate.vintage;
        double general0 = graduate.generalSkill;
        double firmSkill0 = graduate.firmSkill;
        try {
            graduate.proficiency = 1.0;
            graduate.vintage = firm.occupation().examStandard();
            firm.promisedHires = 0;
            firm.openingsPerYear = 120;
            firm.openingsMonth = world.month;
            firm.targetStaff = firm.staff() + 1;
            assertTrue(TrainedGraduateValue.offers(world, firm, graduate), "a vacancy now: kept");
            double perMonth = EmployerDecisions.expectedOpeningsPerYear(world, firm) / 12.0;
            double specific = world.skills.specificSkill(graduate, firm.occupation());
            double window = TrainedGraduateValue.keepWindowMonths(world, firm, world.skills.productivity(graduate, specific, true),
                    world.paidProductivity(graduate, specific));
            int beyond = (int) Math.floor(window * perMonth) + 5;
            firm.targetStaff = firm.staff() - beyond;
            assertFalse(TrainedGraduateValue.offers(world, firm, graduate), "its next " + beyond + " openings are already taken: not kept");
            firm.targetStaff = firm.staff();
            assertTrue(TrainedGraduateValue.offers(world, firm, graduate), "the next opening comes within the window: kept");
            graduate.proficiency = 0;
            graduate.generalSkill = 0;
            graduate.firmSkill = 0;
            assertFalse(TrainedGraduateValue.offers(world, firm, graduate), "below the hiring threshold: not kept");
        } finally {
            firm.targetStaff = target;
            firm.promisedHires = promised;
            firm.openingsPerYear = openings;
            firm.openingsMonth = openingsMonth;
            graduate.proficiency = proficiency0;
            graduate.vintage = vintage0;
            graduate.generalSkill = general0;
            graduate.firmSkill = firmSkill0;
        }
    }

    /**
     * The wage of a kept graduate passes on only a share of what their firm-specific skill adds,
     * so the firm can pay them longer while they wait for an opening than if it paid all of it.
     */
    @Test
    void aGraduatePaidOnlyPartOfTheirFirmSkillIsWorthWaitingLongerFor() {
        Employer firm = trainer();
        YoungPerson graduate = world.people.stream().filter(p -> p.status == Status.APPRENTICE && p.employer == firm)
                .findFirst().orElseThrow();
        double specific = world.skills.specificSkill(graduate, firm.occupation());
        double productivity = world.skills.productivity(graduate, specific, true);
        double paid = world.paidProductivity(graduate, specific);
        assertTrue(paid < productivity, "firm skill paid in part: " + paid + " < " + productivity);
        assertTrue(TrainedGraduateValue.keepWindowMonths(world, firm, productivity, paid)
                > TrainedGraduateValue.keepWindowMonths(world, firm, productivity, productivity), "a longer keep window");
    }

    /**
     * Becker and Hashimoto: the employer pays a worker the pay rule on what they would produce at
     * another firm plus only a share of what its firm-specific skill adds, and keeps the rest; a
     * matched outside offer is a floor.
     */
    @Test
    void theEmployerKeepsMostOfWhatFirmSpecificSkillAdds() {
        YoungPerson worker = world.people.stream().filter(p -> p.status == Status.EMPLOYED && p.wageFloor < 0.05)
                .findFirst().orElseThrow();
        double firmSkill = worker.firmSkill;
        double floor = worker.wageFloor;
        var market = world.scenario.labourMarket();
        try {
            worker.firmSkill = 0;
            double newcomer = world.wageOf(worker);
            double newcomerOutput = world.skills.productivity(worker, worker.occupation, true);
            worker.firmSkill = 1;
            double seasoned = world.wageOf(worker);
            double added = world.skills.productivity(worker, worker.occupation, true) - newcomerOutput;
            double paid = (1 - market.wageCompression()) * market.firmSkillWageShare() * added;
            assertEquals(paid, seasoned - newcomer, 1e-12, "the wage rises by the share passed on");
            assertTrue(paid < added / 2, "the employer keeps most of what firm skill adds: " + paid + " of " + added);
            worker.wageFloor = seasoned + 0.1;
            assertEquals(seasoned + 0.1, world.wageOf(worker), 1e-12, "a matched outside offer is a floor");
        } finally {
            worker.firmSkill = firmSkill;
            worker.wageFloor = floor;
        }
    }

    /**
     * Each occupation's pay scale starts at its entry grade: the mean paid productivity of its
     * young employees who joined their employer in the last twelve months (as of the month the
     * observation closed).
     */
    @Test
    void thePayScaleStartsAtWhatTheYearsHiresProduce() {
        int closed = world.month - 1;
        int anchored = 0;
        for (Occupation occupation : world.occupations) {
            double sum = 0;
            int n = 0;
            for (YoungPerson person : world.people) {
                if (person.status == Status.EMPLOYED && person.occupation == occupation && closed - person.hiredMonth < 12) {
                    sum += world.paidProductivity(person, world.skills.specificSkill(person, occupation));
                    n++;
                }
            }
            if (n == 0) {
                continue;
            }
            anchored++;
            assertEquals(sum / n, world.payScaleAnchor[occupation.index()], 1e-9, occupation.name());
        }
        assertTrue(anchored >= world.occupations.length - 1, "young hires in the year in all occupations but at most one: " + anchored);
    }

    @Test
    void aWorkerLeavesOnlyForAnOfferTheEmployerCannotMatch() {
        assertEquals(WageAuction.DECLINED, WageAuction.of(0.5, 0.0, 0.6, 0.5, 0.0), "no higher than the wage");
        assertEquals(WageAuction.MATCHED, WageAuction.of(0.5, 0.0, 0.6, 0.55, 0.0), "matched below productivity");
        assertEquals(WageAuction.MATCHED, WageAuction.of(0.5, 0.0, 0.6, 0.6, 0.0), "matched up to productivity");
        assertEquals(WageAuction.LEAVES, WageAuction.of(0.5, 0.0, 0.6, 0.61, 0.0), "beyond productivity: leaves");
    }

    @Test
    void aWorkerWeighsTheFitOfJobsBesideTheirWages() {
        assertEquals(WageAuction.DECLINED, WageAuction.of(0.5, 0.1, 0.6, 0.55, 0.0), "a higher wage in a job that suits less");
        assertEquals(WageAuction.MATCHED, WageAuction.of(0.5, 0.0, 0.6, 0.45, 0.1), "a lower wage in a better job, matched");
        assertEquals(0.55, WageAuction.retainingWage(0.0, 0.45, 0.1), 1e-12, "the employer pays the difference in fit");
        assertEquals(WageAuction.LEAVES, WageAuction.of(0.5, -0.1, 0.6, 0.55, 0.1), "a better-suited job the employer cannot outbid");
    }

    @Test
    void internPlacesFollowOpeningsAndSupervisionCost() {
        InternHosting interns = new InternHosting();
        Employer firm = largest();
        int[] few = new int[1];
        withAdults(firm, firm.baseStaff() / 20, () -> few[0] = interns.choose(world, firm));
        int usual = interns.choose(world, firm);
        assertTrue(usual >= few[0] && usual > 0, "intern places with more openings " + usual + " vs fewer " + few[0]);
        int[] usualByFirm = world.employers.stream().mapToInt(e -> interns.choose(world, e)).toArray();
        withEngagement("engagement.work_based_learning.internships=true,engagement.work_based_learning.trainer_cost_ratio=1,"
                + "engagement.work_based_learning.other_cost_ratio=1,engagement.work_based_learning.internship_months=12", () -> {
                    int[] dear = world.employers.stream().mapToInt(e -> interns.choose(world, e)).toArray();
                    for (int i = 0; i < dear.length; i++) {
                        assertTrue(dear[i] <= usualByFirm[i], "dear supervision, no more interns at employer " + i);
                    }
                    assertTrue(java.util.Arrays.stream(dear).sum() < java.util.Arrays.stream(usualByFirm).sum(),
                            "dear supervision, fewer interns in all");
                });
    }

    @Test
    void mentorsArePaidForOnlyWhenTheyAreWorthIt() {
        MentoringChoice mentoring = new MentoringChoice();
        Employer firm = largest();
        withEngagement("engagement.mentoring.mentor_cost_ratio=0", () -> assertEquals(1, mentoring.choose(world, firm), "free mentors"));
        withEngagement("engagement.mentoring.mentor_cost_ratio=1,engagement.mentoring.mentor_ratio=1",
                () -> assertEquals(0, mentoring.choose(world, firm), "a mentor per apprentice at a full wage"));
    }

    @Test
    void smallFirmsFreeRideOnBoardsUnlessCouncilsCoordinate() {
        BoardSeat board = new BoardSeat();
        Employer large = largest();
        Employer micro = world.employers.stream().filter(e -> e.staff() > 0)
                .min(Comparator.comparingInt(Employer::baseStaff)).orElseThrow();
        withEngagement("engagement.industry_councils.enabled=false", () -> {
            double microGain = board.value(world, micro, 1) / Math.max(1e-9, EmployerDecisions.expectedOpeningsPerYear(world, micro));
            double largeGain = board.value(world, large, 1) / Math.max(1e-9, EmployerDecisions.expectedOpeningsPerYear(world, large));
            assertTrue(largeGain > 10 * microGain, "per hire, a large firm's seat moves curricula far more: " + largeGain + " vs " + microGain);
        });
        double[] councils = new double[1];
        double[] alone = new double[1];
        withEngagement("engagement.industry_councils.enabled=true", () -> councils[0] = board.value(world, micro, 1));
        withEngagement("engagement.industry_councils.enabled=false", () -> alone[0] = board.value(world, micro, 1));
        assertTrue(councils[0] > alone[0], "a council makes the small firm's seat count for the whole effect");
    }

    @Test
    void onlyFirmsWithManyHiresRunATrainingCentre() {
        TrainingCentre centre = new TrainingCentre();
        withEngagement("engagement.corporate_training_centres.enabled=true", () -> {
            assertEquals(0, centre.choose(world, smallest()), "a micro firm cannot spread the fixed cost");
            Employer large = largest();
            withAdults(large, large.baseStaff(), () -> assertTrue(
                    centre.value(world, large, 1) > centre.value(world, smallest(), 1) * 10, "the value grows with hires"));
        });
        withEngagement("engagement.corporate_training_centres.enabled=true,engagement.corporate_training_centres.fixed_cost_months=0,"
                + "engagement.corporate_training_centres.cost_ratio=0", () ->
                assertEquals(1, centre.choose(world, largest()), "a free centre is always worth running"));
    }

    @Test
    void aPartnershipIsWorthNoMoreThanTheGraduatesItCanSupply() {
        CollegePartnership partnership = new CollegePartnership();
        Employer firm = world.employers.stream().filter(e -> e.occupation().schoolBased())
                .max(Comparator.comparingInt(Employer::baseStaff)).orElseThrow();
        withEngagement("engagement.cooperation_contracts.partnerships=true", () -> {
            double value = partnership.value(world, firm, 1);
            double hires = EmployerDecisions.expectedOpeningsPerYear(world, firm) * EmployerDecisions.youngShareOfHires(world);
            assertTrue(value > 0 && value <= hires * TrainedGraduateValue.recruitmentCost(world) + 1e-9, "value " + value);
        });
    }
}
