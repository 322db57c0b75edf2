package org.vetsim.model;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vetsim.io.scenario.ScenarioLoader;
import org.vetsim.metrics.Metric;
import org.vetsim.metrics.MonthReport;
import org.vetsim.scenario.Scenario;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The choice to study for the occupation's qualification exam as an external candidate, on
 * hand-built young people in a settled Korean economy: who may, the chance of passing, what the
 * certificate is worth (the job-finding rates of certified and uncertified young seekers like
 * the person), a month of study, and that switched off it changes nothing.
 */
class LicencePreparationTest {
    private static World world;

    @BeforeAll
    static void settle() {
        world = TestWorlds.settled(ScenarioLoader.load(Path.of("korea-corporate"), List.of("population.young_people=3000")), 1);
    }

    /** A young man out of work who has worked in an occupation and holds no certificate, with a fresh belief in his chance. */
    private static YoungPerson uncertifiedWorker() {
        YoungPerson person = new YoungPerson(999_999, world.month - 12 * 24, 0.0);
        person.status = Status.UNEMPLOYED;
        person.generalSkill = 0.5;
        person.occupation = world.occupations[0];
        person.proficiency = 0.2;
        person.vintage = person.occupation.requirement();
        person.hadJob = true;
        person.leftEducation = world.month - 36;
        person.monthsInOccupation = 24;
        person.serviceDecided = true;
        return person;
    }

    /**
     * Sets the job-finding windows by certificate: {@code certified} and {@code uncertified} rates
     * for those with a job before, and the young job seekers' finding rate, on which beliefs rest,
     * to the mean of the groups, so that the tests do not depend on the settled market's rate
     * (which is not restored: every test that reads a belief sets it here).
     */
    private static TrailingWindow[] rates(double certified, double uncertified) {
        TrailingWindow[] saved = world.findingByCertificate.clone();
        for (int group = 0; group < 4; group++) {
            world.findingByCertificate[group] = new TrailingWindow(12);
        }
        world.findingByCertificate[LicencePreparation.group(true, true)].push(1000 * certified, 1000);
        world.findingByCertificate[LicencePreparation.group(false, true)].push(1000 * uncertified, 1000);
        world.findingByCertificate[LicencePreparation.group(false, false)].push(100, 1000);
        for (int month = 0; month < 12; month++) {
            world.jobFindingWindow.push(1000 * certified + 1000 * uncertified + 100, 3000);
        }
        return saved;
    }

    private static void restore(TrailingWindow[] saved) {
        System.arraycopy(saved, 0, world.findingByCertificate, 0, saved.length);
    }

    /** The entry exam young people expect: the recent pass mark, whether one was held, its places. */
    private record ExpectedExam(double passMark, boolean held, int places) {
        static ExpectedExam of(World world) {
            return new ExpectedExam(world.examPassMark, world.examHeld, world.examPlaces);
        }

        void setIn(World world) {
            world.examPassMark = passMark;
            world.examHeld = held;
            world.examPlaces = places;
        }
    }

    /**
     * Sets the entry exam young people expect, as a test's premise: the pass mark of the recent
     * exams and places on offer (the settled world's last exam otherwise decides); returns what it
     * replaced.
     */
    private static ExpectedExam examExpected(double passMark) {
        ExpectedExam saved = ExpectedExam.of(world);
        new ExpectedExam(passMark, true, Math.max(1, world.examPlaces)).setIn(world);
        return saved;
    }

    @Test
    void onlyThoseWithoutACertificateWhoMaySitTheExamMayStudy() {
        YoungPerson person = uncertifiedWorker();
        assertTrue(LicencePreparation.eligible(world, person));
        person.certifiedIn = person.occupation;
        assertFalse(LicencePreparation.eligible(world, person), "certified already");
        person.certifiedIn = null;
        person.serviceOwed = true;
        assertFalse(LicencePreparation.eligible(world, person), "owes military service");
        person.serviceOwed = false;
        person.appointedTo = world.employers.get(0);
        assertFalse(LicencePreparation.eligible(world, person), "waits for a post won at the entry exam");
        person.appointedTo = null;
        World german = TestWorlds.settled(ScenarioLoader.load(Path.of("germany-dual"), List.of("population.young_people=1000")), 1);
        person.occupation = german.occupations[0];
        person.vintage = person.occupation.requirement();
        assertFalse(LicencePreparation.eligible(german, person), "in Germany 24 months of work do not admit to the exam (54 needed)");
        person.monthsInOccupation = 54;
        assertTrue(LicencePreparation.eligible(german, person), "54 do");
        person.monthsInOccupation = 0;
        person.completedVet = true;
        assertTrue(LicencePreparation.eligible(german, person), "a graduate who failed may sit it again");
    }

    @Test
    void theChanceOfPassingRisesWithMonthsOfStudyAndAbility() {
        YoungPerson person = uncertifiedWorker();
        double now = LicencePreparation.passChance(world, person, 0);
        double sixMonths = LicencePreparation.passChance(world, person, 6);
        assertTrue(sixMonths > now, "study raises the chance: " + now + " to " + sixMonths);
        YoungPerson abler = new YoungPerson(999_998, person.birthMonth, 1.5);
        abler.occupation = person.occupation;
        abler.proficiency = person.proficiency;
        abler.vintage = person.vintage;
        assertTrue(LicencePreparation.passChance(world, abler, 6) > sixMonths, "the abler learn faster");
        YoungPerson general = uncertifiedWorker();
        general.occupation = null;
        general.proficiency = 0.0;
        assertEquals(LicencePreparation.field(world, general), LicencePreparation.field(world, general), "the field is drawn once");
        assertTrue(LicencePreparation.passChance(world, general, 1) < LicencePreparation.passChance(world, general, 12),
                "a general-track leaver starts from nothing");
    }

    /** What {@code person} chooses this month if the entry exam were not among the options. */
    private OutOfPostChoice.Option withoutEntryExam(YoungPerson person) {
        double[] values = OutOfPostChoice.values(world, person);
        values[OutOfPostChoice.Option.ENTRY_EXAM.ordinal()] = Double.NEGATIVE_INFINITY;
        return OutOfPostChoice.best(values);
    }

    @Test
    void aPersonStudiesWhenCertifiedSeekersLikeThemFindWorkFasterAndNotWhenTheyDoNot() {
        YoungPerson person = uncertifiedWorker();
        TrailingWindow[] saved = rates(0.30, 0.05);
        try {
            assertTrue(LicencePreparation.monthlyGain(world, person) > 0, "a certificate that sextuples the chance pays");
            assertEquals(OutOfPostChoice.Option.LICENCE, withoutEntryExam(person), "so he studies");
            rates(0.10, 0.10);
            assertTrue(LicencePreparation.monthlyGain(world, person) < 0, "a certificate that changes nothing does not pay its cost");
            assertNotEquals(OutOfPostChoice.Option.LICENCE, withoutEntryExam(person));
            rates(0.05, 0.30);
            assertNotEquals(OutOfPostChoice.Option.LICENCE, withoutEntryExam(person), "nor one that the market values less");
        } finally {
            restore(saved);
        }
    }

    @Test
    void aLargerCertifiedPremiumIsWorthMore() {
        YoungPerson person = uncertifiedWorker();
        TrailingWindow[] saved = rates(0.15, 0.05);
        try {
            double small = LicencePreparation.monthlyGain(world, person);
            rates(0.30, 0.05);
            double large = LicencePreparation.monthlyGain(world, person);
            assertTrue(large > small, small + " then " + large);
        } finally {
            restore(saved);
        }
    }

    @Test
    void aMonthOfStudyEndsWithTheExamAndAPassCertifies() {
        YoungPerson person = uncertifiedWorker();
        person.proficiency = 1.0;
        int takers = world.flows.licenceTakers;
        LicencePreparation.study(world, person);
        assertEquals(takers + 1, world.flows.licenceTakers);
        assertEquals(person.occupation, person.certifiedIn, "full proficiency passes");
        YoungPerson general = uncertifiedWorker();
        general.occupation = null;
        general.proficiency = 0.0;
        Occupation field = LicencePreparation.field(world, general);
        LicencePreparation.study(world, general);
        assertEquals(field, general.occupation, "studying makes the field their occupation");
        assertTrue(general.proficiency > 0, "and they learn");
        assertEquals(null, general.certifiedIn, "a month from nothing does not pass");
    }

    @Test
    void studyingTakesThePersonOutOfSearchIntoInactivity() {
        YoungPerson person = uncertifiedWorker();
        person.generalSkill = 0.3;
        TrailingWindow[] saved = rates(0.30, 0.05);
        ExpectedExam exam0 = examExpected(2.3);
        try {
            double exam = ExamPreparation.monthlyValue(world, person);
            assertTrue(Double.isFinite(exam), "the entry exam has a value to him: " + exam);
            assertTrue(LicencePreparation.monthlyGain(world, person) + ExamPreparation.searchGain(world, person)
                    > exam, "a licence is worth more to him than the entry exam");
            ParticipationChoice.decide(world, person, false);
            assertTrue(person.studying);
            assertEquals(Status.INACTIVE, person.status, "exam preparers are outside the labour force");
            assertFalse(person.preparing, "not for the entry exam at the same time");
        } finally {
            restore(saved);
            exam0.setIn(world);
        }
    }

    @Test
    void whoPrefersTheEntryExamStudiesForALicenceOnlyWhereTheLicenceBeatsTheExam() {
        YoungPerson person = uncertifiedWorker();
        person.generalSkill = 2.0;
        TrailingWindow[] saved = rates(0.30, 0.05);
        ExpectedExam exam0 = examExpected(0.0);
        try {
            double gain = LicencePreparation.monthlyGain(world, person);
            double exam = ExamPreparation.monthlyValue(world, person);
            double search = ExamPreparation.searchGain(world, person);
            assertTrue(gain > 0, "a licence pays over searching: " + gain);
            assertTrue(Double.isFinite(exam) && exam > search + gain, "the exam pays more: " + exam + " against " + (search + gain));
            assertEquals(OutOfPostChoice.Option.LICENCE, withoutEntryExam(person), "without the exam in view he studies");
            assertEquals(OutOfPostChoice.Option.ENTRY_EXAM, OutOfPostChoice.choose(world, person),
                    "with it he prepares for the exam instead");
        } finally {
            restore(saved);
            exam0.setIn(world);
        }
    }

    @Test
    void switchedOffNothingChangesAndNobodyStudies() {
        List<String> base = List.of("population.young_people=1500", "simulation.years=3",
                "labour_market.participation.licences.enabled=false");
        Scenario off = ScenarioLoader.load(Path.of("korea-corporate"), base);
        Scenario offOtherKeys = ScenarioLoader.load(Path.of("korea-corporate"), List.of("population.young_people=1500",
                "simulation.years=3", "labour_market.participation.licences.enabled=false",
                "labour_market.participation.licences.study_cost=0", "labour_market.participation.licences.study_gain=0.5"));
        List<MonthReport> reports = TestScenarios.run(off, 5);
        TestScenarios.assertSameReports(reports, TestScenarios.run(offOtherKeys, 5));
        for (MonthReport report : reports) {
            assertEquals(0.0, report.value(Metric.LICENCE_STUDENTS), "month " + report.month());
            assertEquals(report.value(Metric.EXAM_PREPARER_RATE), report.value(Metric.ALL_EXAM_PREPARER_RATE), 1e-12);
        }
    }

    @Test
    void theNeetSplitAddsUp() {
        List<MonthReport> reports = TestScenarios.run(ScenarioLoader.load(Path.of("korea-corporate"),
                List.of("population.young_people=1500", "simulation.years=2")), 3);
        for (MonthReport report : reports) {
            if (report.value(Metric.NEET_RATE) > 0) {
                assertEquals(1.0, report.value(Metric.NEET_SEARCHING_SHARE) + report.value(Metric.NEET_PREPARING_SHARE)
                        + report.value(Metric.NEET_OTHER_INACTIVE_SHARE), 1e-9, "month " + report.month());
            }
        }
    }

    @Test
    void cheaperStudyDrawsMoreStudentsAndStudyTakesYoungJobSeekersOutOfTheLabourForceOverSeveralSeeds() {
        double cheap = 0;
        double dear = 0;
        double leavingOn = 0;
        double leavingOff = 0;
        for (long seed = 1; seed <= 3; seed++) {
            List<String> base = List.of("population.young_people=3000", "simulation.years=4");
            List<MonthReport> on = TestScenarios.run(ScenarioLoader.load(Path.of("usa-partnership"), base), seed);
            List<MonthReport> free = TestScenarios.run(ScenarioLoader.load(Path.of("usa-partnership"),
                    with(base, "labour_market.participation.licences.study_cost=0")), seed);
            List<MonthReport> off = TestScenarios.run(ScenarioLoader.load(Path.of("usa-partnership"),
                    with(base, "labour_market.participation.licences.enabled=false")), seed);
            int from = on.get(0).month();
            cheap += TestScenarios.mean(free, Metric.LICENCE_STUDENTS, from);
            dear += TestScenarios.mean(on, Metric.LICENCE_STUDENTS, from);
            leavingOn += TestScenarios.mean(on, Metric.FLOW_U_TO_N_15_24, from);
            leavingOff += TestScenarios.mean(off, Metric.FLOW_U_TO_N_15_24, from);
        }
        assertTrue(cheap > dear, "licence students at no study cost " + cheap / 3 + ", at the preset's " + dear / 3);
        assertTrue(leavingOn > leavingOff, "U->N 15-24 with licence study " + leavingOn / 3 + ", without " + leavingOff / 3);
    }

    private static List<String> with(List<String> base, String override) {
        List<String> all = new java.util.ArrayList<>(base);
        all.add(override);
        return all;
    }
}
