package org.vetsim.model;

import org.junit.jupiter.api.Test;
import org.vetsim.io.scenario.ScenarioLoader;
import org.vetsim.scenario.EntryExams;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The primary segment's entry exam on a settled Korean economy: the best candidates pass, as many
 * as the places offered; their scores set the pass mark people expect; the segment's vacancies go
 * to the passers first, who start the next month; and, opening no vacancy to young entrants
 * outside the exam, the segment hires no young person without work through the month's hiring.
 */
class EntryExamTest {

    private static World korea(String... overrides) {
        List<String> all = new ArrayList<>(List.of("population.young_people=3000", "labour_market.entry_exams.score_noise=0.001"));
        all.addAll(List.of(overrides));
        return TestWorlds.settled(ScenarioLoader.load(Path.of("korea-corporate"), all), 1);
    }

    private static List<YoungPerson> outOfWork(World world) {
        List<YoungPerson> people = new ArrayList<>();
        for (YoungPerson person : world.people) {
            if ((person.status == Status.UNEMPLOYED || person.status == Status.INACTIVE) && person.appointedTo == null
                    && person.offerFrom == null) {
                people.add(person);
            }
        }
        return people;
    }

    @Test
    void theBestCandidatesPassAsManyAsThePlacesAndSetThePassMark() {
        World world = korea();
        EntryExams exams = world.scenario.labourMarket().entryExams();
        for (YoungPerson person : world.people) {
            person.preparing = false;
        }
        List<YoungPerson> candidates = outOfWork(world);
        for (YoungPerson person : candidates) {
            person.preparing = true;
            person.status = Status.INACTIVE;
            person.monthsPrepared = 6;
        }
        double mark = world.examPassMark;
        EntryExam.hold(world, exams, world.random(Stream.ENTRY_EXAMS), world.random(Stream.ENTRY_EXAM_SCORES));
        List<YoungPerson> passed = candidates.stream().filter(p -> p.appointedTo != null).toList();
        assertEquals(passed.size(), world.examPasses);
        assertEquals(candidates.size(), world.examCandidates);
        assertTrue(passed.size() > 0 && passed.size() < candidates.size(), "places are scarce: " + passed.size() + " of " + candidates.size());
        double lowestPassed = passed.stream().mapToDouble(p -> p.generalSkill).min().orElseThrow();
        double highestFailed = candidates.stream().filter(p -> p.appointedTo == null).mapToDouble(p -> p.generalSkill).max().orElseThrow();
        assertTrue(lowestPassed >= highestFailed - 0.01, "with next to no noise the most skilled pass");
        double expected = (1 - EntryExam.PASS_MARK_WEIGHT) * mark + EntryExam.PASS_MARK_WEIGHT
                * (lowestPassed + exams.preparationGain() * 6);
        assertEquals(expected, world.examPassMark, 0.01, "the pass mark moves halfway to the lowest passing score");
        for (YoungPerson person : passed) {
            assertTrue(ExamPreparation.inSegment(world, person.appointedTo), "passers go to the segment's employers");
            assertTrue(person.appointedTo.appointees.contains(person));
            assertEquals(0, person.monthsPrepared);
        }
    }

    @Test
    void anExamNobodySitsLowersThePassMarkAndOneWithoutPlacesLeavesNoChance() {
        World world = korea();
        for (YoungPerson person : world.people) {
            person.preparing = false;
        }
        double mark = world.examPassMark;
        EntryExams exams = world.scenario.labourMarket().entryExams();
        EntryExam.hold(world, exams, world.random(Stream.ENTRY_EXAMS), world.random(Stream.ENTRY_EXAM_SCORES));
        assertEquals(0, world.examCandidates);
        assertEquals((1 - EntryExam.PASS_MARK_WEIGHT) * mark, world.examPassMark, 1e-12, "nobody sat: anyone would have passed");
        World none = korea("labour_market.entry_exams.entrant_share=0");
        YoungPerson person = outOfWork(none).get(0);
        assertEquals(0, none.examPlaces, "no places offered");
        assertEquals(0.0, ExamPreparation.passChance(none, person, 24), "no chance where there are no places");
        assertTrue(!Preparations.forEntryExam(none, person), "so nobody prepares");
    }

    @Test
    void aPassersWaitLapsesAtTheNextExam() {
        World world = korea();
        Employer employer = world.employers.stream().filter(e -> ExamPreparation.inSegment(world, e)).findFirst().orElseThrow();
        YoungPerson passer = outOfWork(world).get(0);
        passer.status = Status.INACTIVE;
        passer.preparing = false;
        passer.appointedTo = employer;
        employer.appointees.add(passer);
        EntryExam.hold(world, world.scenario.labourMarket().entryExams(), world.random(Stream.ENTRY_EXAMS), world.random(Stream.ENTRY_EXAM_SCORES));
        assertNull(passer.appointedTo, "free to choose again");
        assertTrue(!employer.appointees.contains(passer));
    }

    @Test
    void theSegmentsVacanciesGoToThePassersFirstWhoStartNextMonth() {
        World world = korea();
        Employer employer = world.employers.stream().filter(e -> ExamPreparation.inSegment(world, e)).findFirst().orElseThrow();
        employer.appointees.clear();
        YoungPerson passer = outOfWork(world).stream()
                .min(java.util.Comparator.comparingDouble(p -> ParticipationChoice.reservationValue(world, p))).orElseThrow();
        passer.status = Status.INACTIVE;
        passer.appointedTo = employer;
        employer.appointees.add(passer);
        employer.vacancies = 1;
        int promised = employer.promisedHires;
        EntryExam.appoint(world, world.random(Stream.ENTRY_EXAMS));
        assertEquals(0, employer.vacancies, "the passer who values time outside work least takes the post");
        assertEquals(promised + 1, employer.promisedHires, "the post is held for the passer");
        assertSame(employer, passer.offerFrom);
        assertEquals(Status.UNEMPLOYED, passer.status, "a future starter");
        assertNull(passer.appointedTo);
        JobStarts starts = new JobStarts();
        starts.begin(world);
        starts.apply(world, passer);
        assertEquals(Status.EMPLOYED, passer.status);
        assertSame(employer, passer.employer);
    }

    /**
     * With no regular post open to young entrants outside the exam (open_hiring_share 0;
     * SegmentOpenHiringTest has the others), the segment takes young people without work in the
     * month's hiring into its non-regular posts only.
     */
    @Test
    void theSegmentHiresYoungPeopleWithoutWorkIntoNonRegularPostsOnly() {
        VetModel model = new VetModel(ScenarioLoader.load(Path.of("korea-corporate"), List.of("population.young_people=3000",
                "labour_market.entry_exams.open_hiring_share=0")).withYears(3), 4);
        model.start();
        while (model.world().month < model.totalMonths() - 24) {
            model.schedule.step(model);
        }
        World world = model.world();
        List<Phase> phases = MonthlyCycle.phases(List.of());
        int appointed = 0;
        int hired = 0;
        int nonRegular = 0;
        for (int month = 0; month < 24; month++) {
            for (Phase phase : phases) {
                if (phase instanceof EntryExam) {
                    List<YoungPerson> waiting = world.people.stream().filter(p -> p.offerFrom == null).toList();
                    phase.run(world);
                    appointed += (int) waiting.stream().filter(p -> p.offerFrom != null).count();
                } else if (phase instanceof Matching) {
                    List<YoungPerson> withoutWork = world.people.stream()
                            .filter(p -> !p.status.employed() && p.offerFrom == null).toList();
                    phase.run(world);
                    for (YoungPerson person : withoutWork) {
                        if (person.offerFrom != null && ExamPreparation.inSegment(world, person.offerFrom)) {
                            nonRegular++;
                            assertTrue(!person.offerRegular, "a young person without work was hired into a regular post outside the exam");
                        } else if (person.offerFrom != null) {
                            hired++;
                        }
                    }
                } else {
                    phase.run(world);
                }
            }
        }
        assertTrue(appointed > 0, "passers were appointed to the segment's posts");
        assertTrue(hired > 0, "others were hired outside it");
        assertTrue(nonRegular > 0, "and some into the segment's non-regular posts");
    }
}
