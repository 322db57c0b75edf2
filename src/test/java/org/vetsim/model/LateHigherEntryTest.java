package org.vetsim.model;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vetsim.io.scenario.ScenarioLoader;
import org.vetsim.metrics.Metric;
import org.vetsim.metrics.MonthReport;
import org.vetsim.scenario.Scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Higher education entered after leaving school ({@link LateHigherEntry}): on hand-built people,
 * who may apply (a qualification that admits, out of education, no degree; a vocational
 * certificate only where {@code vet_admits_to_higher}), how the choice weighs the degree against
 * staying (a high premium draws one out of work, a wage above the degree's value keeps an employee);
 * that late applicants share the year's places with the cohort's general-track pupils in one
 * ranking; that trainees whose training ends at the intake may apply before their exams and enter
 * at graduation (if the certificate that is to admit them is earned); and over runs, that the
 * mechanism switched off changes nothing and switched on raises the education rate at 20-24.
 */
class LateHigherEntryTest {
    private static World world;

    @BeforeAll
    static void settle() {
        world = TestWorlds.settled(ScenarioLoader.load(Path.of("korea-corporate"), List.of("population.young_people=2000")), 1);
    }

    /** An unbuilt world of the Korean preset with {@code overrides}, at month 120. */
    private static World bare(String... overrides) {
        List<String> all = new ArrayList<>(List.of("population.young_people=2000"));
        all.addAll(List.of(overrides));
        World bare = new World(ScenarioLoader.load(Path.of("korea-corporate"), all), 3);
        bare.month = 120;
        return bare;
    }

    /** A hand-built general-track leaver of 21, unemployed, of ability score {@code score}. */
    private static YoungPerson leaver(World w, int id, double score) {
        YoungPerson person = new YoungPerson(id, w.month - 21 * 12, score);
        person.status = Status.UNEMPLOYED;
        person.track = org.vetsim.metrics.Track.GENERAL;
        return person;
    }

    @Test
    void anEligiblePersonOutOfWorkWithAHighPremiumApplies() {
        World w = bare("education.tertiary_earnings_premium=3.0");
        YoungPerson person = leaver(w, 101, 0.0);
        assertTrue(LateHigherEntry.eligible(w, person));
        double p = LateHigherEntry.probability(w, person, new TrackReturns.Seen(1.0, 0.8, 1.0));
        assertTrue(p > 0.75, "most of them apply: probability " + p);
        World low = bare("education.tertiary_earnings_premium=1.0");
        double atLow = LateHigherEntry.probability(low, person, new TrackReturns.Seen(1.0, 0.8, 1.0));
        assertTrue(atLow < p, "premium 1.0: " + atLow + " against " + p);
        w.people.add(person);
        if (LateHigherEntry.taste(w, person) < p) {
            assertTrue(LateHigherEntry.applicants(w).contains(person));
        }
    }

    @Test
    void anEmployeeWhoseWageIsAboveTheDegreesValueDoesNotApply() {
        YoungPerson employee = null;
        for (YoungPerson person : world.people) {
            if (person.status == Status.EMPLOYED && LateHigherEntry.eligible(world, person)) {
                employee = person;
                break;
            }
        }
        assertTrue(employee != null, "no eligible employee");
        TrackReturns.Seen seen = new TrackReturns.Seen(1.0, 1.0, 1.0);
        double floor = employee.wageFloor;
        try {
            employee.wageFloor = 100.0;
            double p = LateHigherEntry.probability(world, employee, seen);
            assertTrue(p < 0.01, "probability " + p);
            assertFalse(LateHigherEntry.applicants(world).contains(employee));
        } finally {
            employee.wageFloor = floor;
        }
    }

    @Test
    void theIneligibleNeverApply() {
        World w = bare();
        YoungPerson graduate = leaver(w, 201, 2.0);
        graduate.degreeIn = w.occupations[0];
        YoungPerson dropout = leaver(w, 202, 2.0);
        dropout.enteredVet = true;
        YoungPerson student = leaver(w, 203, 2.0);
        student.status = Status.SCHOOL_VET;
        YoungPerson preparing = leaver(w, 204, 2.0);
        preparing.preparing = true;
        YoungPerson old = new YoungPerson(205, w.month - w.scenario.population().exitAge() * 12, 2.0);
        old.status = Status.UNEMPLOYED;
        for (YoungPerson person : List.of(graduate, dropout, student, preparing, old)) {
            assertFalse(LateHigherEntry.eligible(w, person), "person " + person.id());
            w.people.add(person);
        }
        assertTrue(LateHigherEntry.applicants(w).isEmpty());
        World off = bare("education.late_higher_entry=false");
        assertFalse(LateHigherEntry.eligible(off, leaver(off, 206, 2.0)), "switched off");
    }

    @Test
    void aVocationalCertificateAdmitsOnlyWhereTheScenarioSaysSo() {
        World on = bare("education.vet_admits_to_higher=true");
        World off = bare("education.vet_admits_to_higher=false");
        for (World w : List.of(on, off)) {
            YoungPerson certified = leaver(w, 301, 0.5);
            certified.enteredVet = true;
            certified.certifiedIn = w.occupations[0];
            assertEquals(w == on, LateHigherEntry.eligible(w, certified));
            YoungPerson generalThenVet = leaver(w, 302, 0.5);
            generalThenVet.certifiedIn = w.occupations[0];
            assertTrue(LateHigherEntry.eligible(w, generalThenVet), "the general track finished admits");
        }
    }

    /** A hand-built trainee of 18 in {@code status} (of the first occupation), whose training ends this month. */
    private static YoungPerson finisher(World w, int id, Status status, boolean enteredVet) {
        YoungPerson person = new YoungPerson(id, w.month - 18 * 12, 0.5);
        person.status = status;
        person.enteredVet = enteredVet;
        person.trainingEnds = w.month;
        person.occupation = w.occupations[0];
        return person;
    }

    @Test
    void traineesWhoseTrainingEndsAtTheIntakeMayApplyBeforeTheirExams() {
        World on = bare("education.vet_admits_to_higher=true");
        World off = bare("education.vet_admits_to_higher=false");
        for (World w : List.of(on, off)) {
            for (Status status : List.of(Status.APPRENTICE, Status.SCHOOL_VET)) {
                YoungPerson fromVetSchool = finisher(w, 401, status, true);
                assertEquals(w == on, LateHigherEntry.eligible(w, fromVetSchool),
                        status + ": the certificate to come admits only where a vocational certificate does");
                YoungPerson afterGeneral = finisher(w, 402, status, false);
                assertTrue(LateHigherEntry.eligible(w, afterGeneral), status + ": the general track finished admits");
                assertTrue(LateHigherEntry.countsAsLate(w, afterGeneral), "they left general school before training");
                afterGeneral.trainingEnds = w.month + 12;
                assertFalse(LateHigherEntry.eligible(w, afterGeneral), "a year of training still to go");
                afterGeneral.trainingEnds = w.month;
                afterGeneral.keepCommitted = true;
                assertFalse(LateHigherEntry.eligible(w, afterGeneral), "committed to stay with the training firm");
            }
        }
        assertFalse(LateHigherEntry.countsAsLate(on, finisher(on, 403, Status.SCHOOL_VET, true)),
                "a vocational-school leaver going straight on has not waited");
        World switchedOff = bare("education.late_higher_entry=false");
        assertFalse(LateHigherEntry.eligible(switchedOff, finisher(switchedOff, 404, Status.APPRENTICE, false)), "switched off");
    }

    @Test
    void onlyTrainingThatEndsAtAnIntakeLetsATraineeApplyBeforeTheExams() {
        World w = bare("education.tertiary_earnings_premium=3.0");
        YoungPerson trainee = finisher(w, 501, Status.APPRENTICE, false);
        trainee.trainingEnds = w.month + 8;
        assertFalse(LateHigherEntry.mayApplyOnFinishing(w, trainee, trainee.trainingEnds), "training ends between intakes");
        assertFalse(LateHigherEntry.wouldApplyOnFinishing(w, trainee));
        trainee.trainingEnds = w.month + 12;
        assertTrue(LateHigherEntry.mayApplyOnFinishing(w, trainee, trainee.trainingEnds), "training ends at the next intake");
    }

    @Test
    void anAdmittedFinishingTraineeIsHeldForGraduationNotEnteredAtOnce() {
        World w = bare("education.tertiary_earnings_premium=3.0", "education.higher_education_entry_rate=0.5",
                "education.higher_admission_noise=0.1");
        for (int i = 0; i < 100; i++) {
            YoungPerson pupil = new YoungPerson(1000 + i, w.month - 15 * 12, -2.0 + 2.0 * i / 99);
            pupil.status = Status.GENERAL_EDUCATION;
            w.entrants.add(pupil);
            w.people.add(pupil);
        }
        List<YoungPerson> trainees = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            YoungPerson trainee = new YoungPerson(3000 + i, w.month - 18 * 12, 3.5);
            trainee.status = i % 2 == 0 ? Status.APPRENTICE : Status.SCHOOL_VET;
            trainee.trainingEnds = w.month;
            trainee.occupation = w.occupations[0];
            trainees.add(trainee);
            w.people.add(trainee);
        }
        List<YoungPerson> applicants = LateHigherEntry.applicants(w);
        assertTrue(applicants.size() >= 20, applicants.size() + " applicants");
        HigherEducation.admit(w);
        for (YoungPerson trainee : trainees) {
            assertEquals(applicants.contains(trainee), trainee.studyAdmitted, "the ablest applicants are all admitted");
            assertTrue(trainee.status == Status.APPRENTICE || trainee.status == Status.SCHOOL_VET, "still in training until the exam");
        }
        assertEquals(0, w.flows.higherEntrantsLate, "nobody entered yet");
        assertEquals(applicants.size(), w.flows.higherApplicantsLate, "trainees after the general track apply as late applicants");
    }

    /** A school-based student of the settled Korean world, in the last month, with no job offer and no host. */
    private static YoungPerson finishingStudent(int skip) {
        int seen = 0;
        for (YoungPerson person : world.people) {
            if (person.status == Status.SCHOOL_VET && person.offerFrom == null && seen++ == skip) {
                person.trainingEnds = world.month;
                person.internAt = null;
                person.intern = false;
                return person;
            }
        }
        throw new AssertionError("no school-based student");
    }

    @Test
    void anAdmittedTraineeSitsTheExamAndEntersAtGraduation() {
        Graduation graduation = new Graduation();
        graduation.begin(world);
        YoungPerson admitted = finishingStudent(0);
        admitted.enteredVet = false;
        admitted.studyAdmitted = true;
        int before = world.flows.higherEntrantsFromTraining;
        int lateBefore = world.flows.higherEntrantsLate;
        graduation.apply(world, admitted);
        assertEquals(Status.HIGHER_EDUCATION, admitted.status);
        assertEquals(org.vetsim.metrics.Track.HIGHER, admitted.track);
        assertTrue(admitted.completedVet, "the exam was sat");
        assertFalse(admitted.studyAdmitted);
        assertEquals(before + 1, world.flows.higherEntrantsFromTraining);
        assertEquals(lateBefore + 1, world.flows.higherEntrantsLate, "after the general track: a late entrant");

        YoungPerson failed = finishingStudent(0);
        failed.enteredVet = true;
        failed.studyAdmitted = true;
        failed.proficiency = 0.0;
        graduation.apply(world, failed);
        assertTrue(failed.certifiedIn == null, "no certificate at proficiency 0");
        assertFalse(failed.status == Status.HIGHER_EDUCATION, "the certificate that was to admit them failed");
        assertFalse(failed.studyAdmitted);
        assertEquals(before + 1, world.flows.higherEntrantsFromTraining);
    }

    @Test
    void lateApplicantsShareTheYearsPlacesWithTheCohortInOneRanking() {
        World w = bare("education.tertiary_earnings_premium=3.0", "education.higher_education_entry_rate=0.5",
                "education.higher_admission_noise=0.1");
        List<YoungPerson> pupils = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            YoungPerson pupil = new YoungPerson(1000 + i, w.month - 15 * 12, -2.0 + 2.0 * i / 99);
            pupil.status = Status.GENERAL_EDUCATION;
            w.entrants.add(pupil);
            w.people.add(pupil);
            pupils.add(pupil);
        }
        for (int i = 0; i < 30; i++) {
            w.people.add(leaver(w, 2000 + i, 3.5));
        }
        List<YoungPerson> applicants = LateHigherEntry.applicants(w);
        assertTrue(applicants.size() >= 20, applicants.size() + " applicants");
        HigherEducation.admit(w);
        long pupilsAdmitted = pupils.stream().filter(p -> p.admittedToHigher).count();
        long lateEntered = applicants.stream().filter(p -> p.status == Status.HIGHER_EDUCATION).count();
        assertEquals(applicants.size(), lateEntered, "the ablest applicants, above every pupil, all enter");
        assertEquals(50, pupilsAdmitted + lateEntered, "one set of places: the entry rate times the cohort");
        assertEquals(lateEntered, w.flows.higherEntrantsLate);
        assertTrue(pupils.get(99).admittedToHigher && !pupils.get(0).admittedToHigher, "the ablest pupils take the rest");
    }

    @Test
    void switchedOffNothingChanges() {
        Scenario off = ScenarioLoader.load(Path.of("korea-corporate"), List.of("population.young_people=1500", "simulation.years=3",
                "education.late_higher_entry=false"));
        Scenario offOtherKeys = ScenarioLoader.load(Path.of("korea-corporate"), List.of("population.young_people=1500",
                "simulation.years=3", "education.late_higher_entry=false", "education.vet_admits_to_higher=false",
                "education.late_entry_living_cost_months=20"));
        List<MonthReport> reports = TestScenarios.run(off, 9);
        TestScenarios.assertSameReports(reports, TestScenarios.run(offOtherKeys, 9));
        for (MonthReport report : reports) {
            assertEquals(0.0, report.value(Metric.HIGHER_ENTRANTS_LATE), "month " + report.month());
            assertEquals(0.0, report.value(Metric.VET_GRADUATES_TO_HIGHER_SHARE), "month " + report.month());
        }
    }

    @Test
    void lateEntryRaisesTheEducationRateAt20To24() {
        double on = 0;
        double off = 0;
        for (long seed = 1; seed <= 3; seed++) {
            List<String> base = List.of("population.young_people=2000", "simulation.years=4");
            List<String> offKeys = new ArrayList<>(base);
            offKeys.add("education.late_higher_entry=false");
            List<MonthReport> withIt = TestScenarios.run(ScenarioLoader.load(Path.of("korea-corporate"), base), seed);
            List<MonthReport> without = TestScenarios.run(ScenarioLoader.load(Path.of("korea-corporate"), offKeys), seed);
            int from = withIt.get(0).month();
            on += TestScenarios.mean(withIt, Metric.EDUCATION_RATE_20_24, from);
            off += TestScenarios.mean(without, Metric.EDUCATION_RATE_20_24, from);
            assertTrue(TestScenarios.mean(withIt, Metric.HIGHER_ENTRANTS_LATE, from) > 0, "seed " + seed + ": nobody entered late");
        }
        assertTrue(on > off + 0.01 * 3, "education rate 20-24 with late entry " + on / 3 + ", without " + off / 3);
    }

    /** The places ration late applicants: no more enter than applied, and some applicants are turned away. */
    @Test
    void noMoreEnterLateThanApplied() {
        List<MonthReport> reports = TestScenarios.run(ScenarioLoader.load(Path.of("korea-corporate"),
                List.of("population.young_people=2000", "simulation.years=4")), 1);
        double applied = 0;
        double entered = 0;
        for (MonthReport report : reports) {
            assertTrue(report.value(Metric.HIGHER_ENTRANTS_LATE) <= report.value(Metric.HIGHER_APPLICANTS_LATE), "month " + report.month());
            applied += report.value(Metric.HIGHER_APPLICANTS_LATE);
            entered += report.value(Metric.HIGHER_ENTRANTS_LATE);
        }
        assertTrue(entered > 0 && applied > entered, "applied " + applied + ", entered " + entered);
        double straightOn = reports.stream().mapToDouble(r -> r.value(Metric.VET_GRADUATES_TO_HIGHER_SHARE)).max().orElse(0);
        assertTrue(straightOn > 0 && straightOn < 1, "share of vocational graduates going straight on " + straightOn);
    }
}
