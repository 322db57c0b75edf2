package org.vetsim.model;

import org.junit.jupiter.api.Test;
import org.vetsim.metrics.Metric;
import org.vetsim.metrics.MonthReport;
import org.vetsim.scenario.Scenario;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Births over whole runs: only women have children, at about their age groups' rates; dearer
 * childcare keeps more mothers out of work over several seeds; and with every fertility rate 0
 * the other parenthood settings change nothing and the births stream is never drawn, while the
 * new streams come after every stream that existed before them.
 */
class BirthsTest {
    private static final String[] FERTILE = {"parenthood.fertility_15_19=20", "parenthood.fertility_20_24=100",
        "parenthood.fertility_25_29=120", "parenthood.care_value=0"};

    private static Scenario withBirths(String... more) {
        return TestScenarios.small(FERTILE, more);
    }

    @Test
    void onlyWomenHaveChildrenAtAboutTheirAgeGroupsRates() {
        VetModel model = new VetModel(withBirths(), 3);
        List<MonthReport> reports = new ArrayList<>();
        model.addListener(reports::add);
        model.runToEnd();
        int women = 0;
        int men = 0;
        for (YoungPerson person : model.world().people) {
            if (person.female) {
                women++;
            } else {
                men++;
                assertEquals(YoungPerson.NO_CHILD, person.youngestChildBorn, "a man with a child: person " + person.id());
            }
        }
        assertEquals(Demography.FEMALE_SHARE, (double) women / (women + men), 0.03, "share of women");
        double birthsPerMonth = TestScenarios.mean(reports, Metric.BIRTHS, 1);
        double expected = women * (20 + 100 + 120) / 3.0 / 12_000;
        assertEquals(expected, birthsPerMonth, 0.2 * expected, "births a month against the rates (age groups about equally large)");
        assertTrue(TestScenarios.mean(reports, Metric.YOUNG_MOTHERS_SHARE, 1) > 0.05, "mothers of young children");
    }

    @Test
    void dearerChildcareKeepsMoreMothersOutOfWorkOverSeveralSeeds() {
        for (long seed = 1; seed <= 3; seed++) {
            List<MonthReport> cheap = TestScenarios.run(withBirths("parenthood.childcare_cost=0"), seed);
            List<MonthReport> dear = TestScenarios.run(withBirths("parenthood.childcare_cost=0.3"), seed);
            double cheapWork = TestScenarios.mean(cheap, Metric.YOUNG_MOTHERS_EMPLOYMENT_RATE, 1);
            double dearWork = TestScenarios.mean(dear, Metric.YOUNG_MOTHERS_EMPLOYMENT_RATE, 1);
            assertTrue(dearWork < cheapWork, "seed " + seed + ": mothers' employment " + dearWork + " vs " + cheapWork);
            double cheapNeet = TestScenarios.mean(cheap, Metric.NEET_RATE, 1);
            double dearNeet = TestScenarios.mean(dear, Metric.NEET_RATE, 1);
            assertTrue(dearNeet > cheapNeet, "seed " + seed + ": NEET " + dearNeet + " vs " + cheapNeet);
            double cheapCaring = TestScenarios.mean(cheap, Metric.NEET_CARING_SHARE, 1);
            double dearCaring = TestScenarios.mean(dear, Metric.NEET_CARING_SHARE, 1);
            assertTrue(dearCaring > cheapCaring, "seed " + seed + ": caring share of NEET " + dearCaring + " vs " + cheapCaring);
        }
    }

    @Test
    void withoutBirthsTheOtherSettingsChangeNothingAndTheBirthsStreamIsNeverDrawn() {
        long seed = 4;
        VetModel off = new VetModel(TestScenarios.small(), seed);
        VetModel extreme = new VetModel(TestScenarios.small("parenthood.childcare_cost=3", "parenthood.care_value=3",
                "parenthood.paid_leave_months=24", "parenthood.care_access=0", "parenthood.care_age_months=120"), seed);
        List<MonthReport> a = new ArrayList<>();
        List<MonthReport> b = new ArrayList<>();
        off.addListener(a::add);
        extreme.addListener(b::add);
        off.runToEnd();
        extreme.runToEnd();
        TestScenarios.assertSameReports(a, b);
        assertEquals(0.0, TestScenarios.mean(a, Metric.BIRTHS, 1), 0.0);
        assertFalse(off.world().people.stream().anyMatch(p -> p.youngestChildBorn != YoungPerson.NO_CHILD), "nobody has a child");
        assertEquals(new RandomStreams(seed).get(Stream.BIRTHS).nextLong(), extreme.world().random(Stream.BIRTHS).nextLong(),
                "the births stream was not drawn");
    }

    /**
     * The streams that existed before parenthood keep their places (each stream's seed depends on
     * its place), so the sex drawn at entry and the births leave every other process's draws as
     * they were.
     */
    @Test
    void theNewStreamsComeAfterEveryStreamThatExistedBefore() {
        List<String> before = List.of("SETUP", "COHORTS", "CHOICE", "LEARNING", "EXAMS", "DEMAND", "TECHNOLOGY", "STAFFING",
                "ADULTS", "ADULT_APPLICANTS", "LAYOFFS", "PLACEMENTS", "MATCHING", "SEPARATIONS", "MILITARY_SERVICE",
                "TRAINEE_USE", "PARTICIPATION", "CIRCUMSTANCES", "ENTRY_EXAMS", "ENTRY_EXAM_SCORES");
        for (int i = 0; i < before.size(); i++) {
            assertEquals(before.get(i), Stream.values()[i].name(), "stream at place " + i);
        }
        assertEquals(before.size(), Stream.SEX.ordinal(), "sex appended after every older stream");
        assertEquals(before.size() + 1, Stream.BIRTHS.ordinal(), "births after it");
    }
}
