package org.vetsim.model;

import org.junit.jupiter.api.Test;
import org.vetsim.io.scenario.ScenarioLoader;
import org.vetsim.scenario.Scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reservation value at each place a person out of work is offered a job, through the model's
 * own month: a training firm keeping its graduate, an internship host keeping its intern, and an
 * employer's offer to a job seeker in the month's hiring. Those who value time outside work above
 * any job decline; with no value of time outside work the same offers are taken.
 */
class ReservationValueAtOffersTest {
    private static VetModel settledModel(String preset, String... overrides) {
        return settledModel(preset, 11, overrides);
    }

    private static VetModel settledModel(String preset, long seed, String... overrides) {
        List<String> all = new ArrayList<>(List.of("population.young_people=3000", "labour_market.participation.circumstance_change_rate=0"));
        all.addAll(List.of(overrides));
        Scenario scenario = ScenarioLoader.load(Path.of(preset), all).withYears(2);
        VetModel model = new VetModel(scenario, seed);
        model.start();
        while (model.world().month < model.totalMonths() - 13) {
            model.schedule.step(model);
        }
        return model;
    }

    /**
     * Over the next twelve months, how many of those finishing training each month start work with
     * {@code keeper}, summed over three seeds.
     */
    private static int keptOverAYear(String preset, double factor, Predicate<YoungPerson> finishing,
                                     java.util.function.Function<YoungPerson, Employer> keeper, String... overrides) {
        int kept = 0;
        for (long seed = 11; seed <= 13; seed++) {
            kept += keptOverAYear(settledModel(preset, seed, overrides), factor, finishing, keeper);
        }
        return kept;
    }

    private static int keptOverAYear(VetModel model, double factor, Predicate<YoungPerson> finishing,
                                     java.util.function.Function<YoungPerson, Employer> keeper) {
        World world = model.world();
        int kept = 0;
        for (int m = 0; m < 12; m++) {
            List<YoungPerson> leavers = new ArrayList<>();
            List<Employer> keepers = new ArrayList<>();
            for (YoungPerson person : world.people) {
                if (person.trainingEnds == world.month && person.offerFrom == null && finishing.test(person)) {
                    person.nonMarketFactor = factor;
                    leavers.add(person);
                    keepers.add(keeper.apply(person));
                }
            }
            model.schedule.step(model);
            for (int i = 0; i < leavers.size(); i++) {
                YoungPerson person = leavers.get(i);
                if (person.status == Status.EMPLOYED && person.employer == keepers.get(i)) {
                    kept++;
                }
            }
        }
        return kept;
    }

    @Test
    void aGraduateWhoValuesTimeOutsideWorkAboveTheJobDeclinesTheTrainingFirmsOffer() {
        Predicate<YoungPerson> apprentice = p -> p.status == Status.APPRENTICE;
        assertEquals(0, keptOverAYear("germany-dual", 1e6, apprentice, p -> p.employer));
        assertTrue(keptOverAYear("germany-dual", 0.0, apprentice, p -> p.employer) > 0, "the same graduates are kept otherwise");
    }

    @Test
    void anInternWhoValuesTimeOutsideWorkAboveTheJobDeclinesTheHostsOffer() {
        Predicate<YoungPerson> intern = p -> p.status == Status.SCHOOL_VET && p.internAt != null;
        String size = "population.young_people=6000";
        assertEquals(0, keptOverAYear("usa-partnership", 1e6, intern, p -> p.internAt, size));
        assertTrue(keptOverAYear("usa-partnership", 0.0, intern, p -> p.internAt, size) > 0, "hosts keep interns otherwise");
    }

    /** Runs the month's steps up to the hiring, sets the job seekers' value of time outside work, then hires. */
    private static List<YoungPerson> seekersThroughHiring(double factor) {
        VetModel model = settledModel("baseline");
        World world = model.world();
        List<Phase> phases = MonthlyCycle.phases(List.of());
        List<YoungPerson> seekers = new ArrayList<>();
        for (Phase phase : phases) {
            if (phase instanceof Matching) {
                for (YoungPerson person : world.jobSeekers.all.people()) {
                    if (person.status == Status.UNEMPLOYED) {
                        person.nonMarketFactor = factor;
                        seekers.add(person);
                    }
                }
                int[] failedBefore = seekers.stream().mapToInt(p -> p.failedSearchMonths).toArray();
                phase.run(world);
                for (int i = 0; i < seekers.size(); i++) {
                    YoungPerson person = seekers.get(i);
                    int counted = person.failedSearchMonths - failedBefore[i];
                    boolean offered = person.lastOfferMonth == world.month;
                    if (person.offerFrom == null) {
                        assertEquals(offered ? 0 : 1, counted, "a month with an offer is no failure; one without is");
                    }
                }
                return seekers;
            }
            phase.run(world);
        }
        throw new AssertionError("no hiring step");
    }

    @Test
    void aJobSeekerWhoValuesTimeOutsideWorkAboveTheJobDeclinesTheOfferInTheMonthsHiring() {
        List<YoungPerson> declining = seekersThroughHiring(1e6);
        assertTrue(declining.stream().noneMatch(p -> p.offerFrom != null), "no one takes a job worth less than time outside work");
        long offered = declining.stream().filter(p -> p.lastOfferMonth >= 0 && p.offerFrom == null).count();
        assertTrue(offered > 0, "offers were made and declined");
        List<YoungPerson> taking = seekersThroughHiring(0.0);
        assertTrue(taking.stream().anyMatch(p -> p.offerFrom != null), "the same offers are taken otherwise");
    }

    /** Over a year, how many apprentices with {@code factor} commit to stay, and how many leave for an outside job. */
    private static int[] apprenticesCommittingAndLeaving(double factor) {
        VetModel model = settledModel("germany-dual", "engagement.cooperation_contracts.training_contracts=false");
        World world = model.world();
        int committed = 0;
        int left = 0;
        for (int m = 0; m < 12; m++) {
            List<YoungPerson> apprentices = new ArrayList<>();
            for (YoungPerson person : world.people) {
                if (person.status == Status.APPRENTICE) {
                    person.nonMarketFactor = factor;
                    if (!person.keepCommitted && person.offerFrom == null) {
                        apprentices.add(person);
                    }
                }
            }
            model.schedule.step(model);
            for (YoungPerson person : apprentices) {
                committed += person.keepCommitted ? 1 : 0;
                boolean outside = person.offerFrom != null || person.employer != null && person.employer != person.trainingFirm;
                left += outside ? 1 : 0;
            }
        }
        return new int[] {committed, left};
    }

    @Test
    void anApprenticeWhoValuesTimeOutsideWorkAboveTheJobNeitherCommitsToStayNorLeavesForAnOutsideJob() {
        int[] declining = apprenticesCommittingAndLeaving(1e6);
        assertEquals(0, declining[0], "no commitment to a job worth less than time outside work");
        assertEquals(0, declining[1], "no outside job taken that is worth less than time outside work");
        int[] taking = apprenticesCommittingAndLeaving(0.0);
        assertTrue(taking[0] > 0, "the same apprentices commit otherwise");
        assertTrue(taking[1] > 0, "and some take outside jobs");
    }
}
