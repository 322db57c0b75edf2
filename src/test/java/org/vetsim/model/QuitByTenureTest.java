package org.vetsim.model;

import org.junit.jupiter.api.Test;
import org.vetsim.io.scenario.ScenarioException;
import org.vetsim.io.scenario.ScenarioLoader;
import org.vetsim.metrics.Metric;
import org.vetsim.metrics.MonthReport;
import org.vetsim.scenario.LabourMarketSettings;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Young employees quit more often in their first year with an employer (quit_first_year_ratio),
 * with the mean spell that quit_rate gives; a graduate kept by the training firm is past that year;
 * training firms see kept graduates' survival at one and three years.
 */
class QuitByTenureTest {

    @Test
    void theFirstYearRateKeepsTheMeanSpell() {
        double first = LabourMarketSettings.firstYearQuitRate(0.0386, 3.7);
        double stay = Math.exp(-12 * first);
        double mean = (1 - stay) / first + stay / (first / 3.7);
        assertEquals(1 / 0.0386, mean, 1e-6, "mean spell in months");
        assertEquals(0.079, first, 0.001, "Germany's qualified in their first year (docs/research/young-tenure.md)");
        assertEquals(0.0386, LabourMarketSettings.firstYearQuitRate(0.0386, 1.0), 0.0, "one rate at a ratio of 1");
    }

    @Test
    void aGraduateKeptByTheTrainingFirmIsPastTheFirstYearAndANewHireIsNot() {
        World world = TestWorlds.settled(TestScenarios.small(), 1);
        Employer firm = world.employers.get(0);
        YoungPerson person = new YoungPerson(1, 0, 0.0);
        person.employer = firm;
        person.hiredMonth = world.month - 3;
        assertFalse(Separations.pastFirstYear(world, person), "hired three months ago");
        person.hiredMonth = world.month - 12;
        assertTrue(Separations.pastFirstYear(world, person), "hired twelve months ago");
        person.hiredMonth = world.month;
        person.trainingFirm = firm;
        assertTrue(Separations.pastFirstYear(world, person), "kept on by the firm that trained them");
        person.employer = world.employers.get(1);
        assertFalse(Separations.pastFirstYear(world, person), "gone to another firm after training");
    }

    @Test
    void aNewJobIsWorthItsMeanSpellUndiscountedAndFewerMonthsThanOneHeldPastItsFirstYear() {
        LabourMarketSettings market = TestScenarios.small("labour_market.quit_rate=0.04",
                "labour_market.quit_first_year_ratio=3.7", "labour_market.job_to_job_share=0",
                "labour_market.young_dismissal_rate=0").labourMarket();
        YoungQuitRates rates = new YoungQuitRates(market);
        assertEquals(1 / 0.04, rates.monthsInWork(true, 12, 0.0, 1.0, false), 1e-6, "undiscounted, a new job lasts the mean spell");
        double discount = 0.005;
        double fresh = rates.monthsInWork(true, 12, discount, 1.0, false);
        double halfway = rates.monthsInWork(true, 6, discount, 1.0, false);
        double settled = rates.monthsInWork(true, 0, discount, 1.0, false);
        assertTrue(fresh < halfway && halfway < settled, "the further past the risky first months, the longer the job is expected to last");
        assertEquals(1 / (rates.later(true) + discount), settled, 1e-12, "past the first year, the later rate alone");
        YoungQuitRates flat = new YoungQuitRates(TestScenarios.small("labour_market.quit_rate=0.04",
                "labour_market.quit_first_year_ratio=1", "labour_market.job_to_job_share=0.5",
                "labour_market.young_dismissal_rate=0.01").labourMarket());
        assertEquals(1 / (0.04 * 0.5 + 0.01 + discount), flat.monthsInWork(true, 12, discount, 1.0, false), 1e-12,
                "one rate at every tenure: quits into unemployment and dismissals end the job");
        assertEquals(1 / (0.04 * 0.12 * 0.5 + discount), flat.monthsInWork(true, 12, discount, 0.12, true), 1e-12,
                "an open-ended post at a twelfth of the quits: no dismissals end it");
        YoungQuitRates mobile = new YoungQuitRates(TestScenarios.small("labour_market.quit_rate=0.04",
                "labour_market.quit_first_year_ratio=3.7", "labour_market.job_to_job_share=1").labourMarket());
        assertEquals(1 / discount, mobile.monthsInWork(true, 12, discount, 1.0, true), 1e-6,
                "every quit job to job, an open-ended post: only the discount ends its worth");
        assertEquals(Double.POSITIVE_INFINITY, mobile.monthsInWork(true, 12, 0.0, 1.0, true),
                "and undiscounted it never ends (a number, not NaN)");
    }

    @Test
    void anEmployeeInTheFirstYearHasWhatIsLeftOfItToGoAndAJobSeekerAllOfIt() {
        World world = TestWorlds.settled(TestScenarios.small(), 1);
        YoungPerson seeker = TestWorlds.outOfWork(world);
        assertEquals(12, YoungQuitRates.firstYearMonthsLeft(world, seeker), "a job seeker would start a new job");
        YoungPerson person = new YoungPerson(1, 0, 0.0);
        person.status = Status.EMPLOYED;
        person.employer = world.employers.get(0);
        person.hiredMonth = world.month - 4;
        assertEquals(8, YoungQuitRates.firstYearMonthsLeft(world, person));
        person.hiredMonth = world.month - 30;
        assertEquals(0, YoungQuitRates.firstYearMonthsLeft(world, person));
    }

    @Test
    void expectedTenureIntegratesTheSurvivalTheFollowUpsShow() {
        double h = 0.03;
        assertEquals((1 - Math.exp(-120 * h)) / h, RetentionMarket.expectedTenure(h, h), 1e-9, "one hazard, within ten years");
        assertTrue(RetentionMarket.expectedTenure(h, h / 3.7) > RetentionMarket.expectedTenure(h, h), "a falling hazard: longer");
        assertEquals(120.0, RetentionMarket.expectedTenure(0.0, 0.0), 1e-9, "nobody leaves: ten years");
    }

    @Test
    void withTheSameMeanSpellAFallingHazardMakesMoreGermanFirmsTrain() {
        double falling = 0;
        double flat = 0;
        for (long seed = 1; seed <= 3; seed++) {
            falling += trainingFirms("labour_market.quit_first_year_ratio=3.7", seed);
            flat += trainingFirms("labour_market.quit_first_year_ratio=1", seed);
        }
        assertTrue(falling > flat, "training-firm share with a falling hazard " + falling / 3 + ", with one rate " + flat / 3);
    }

    private static double trainingFirms(String ratio, long seed) {
        List<MonthReport> reports = TestScenarios.run(ScenarioLoader.load(Path.of("germany-dual"),
                List.of("population.young_people=4000", "simulation.years=4", ratio)), seed);
        return TestScenarios.mean(reports, Metric.TRAINING_FIRM_SHARE, reports.get(0).month());
    }

    @Test
    void aRatioBelowOneIsRejected() {
        String message = assertThrows(ScenarioException.class, () -> ScenarioLoader.loadDefault(
                List.of("labour_market.quit_first_year_ratio=0.5"))).getMessage();
        assertTrue(message.contains("quit_first_year_ratio"), message);
    }
}
