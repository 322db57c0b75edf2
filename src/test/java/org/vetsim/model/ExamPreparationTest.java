package org.vetsim.model;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vetsim.io.scenario.ScenarioLoader;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The choice to prepare for the primary segment's entry exam, on young people of a settled Korean
 * economy: the chance of passing rises with general skill and months of preparation and falls
 * with the pass mark people expect; a person prepares when that is worth more a month than
 * searching and more than nothing, and not when they wait for a post they won or owe service.
 */
class ExamPreparationTest {
    private static World world;

    @BeforeAll
    static void settle() {
        world = TestWorlds.settled(ScenarioLoader.load(Path.of("korea-corporate"), List.of("population.young_people=3000")), 1);
    }

    /** The first person out of work who is available for work (a job at the expected wage beats time outside work). */
    private static YoungPerson outOfWork() {
        for (YoungPerson person : world.people) {
            if ((person.status == Status.UNEMPLOYED || person.status == Status.INACTIVE) && person.appointedTo == null
                    && person.offerFrom == null && !MilitaryService.owes(world, person)
                    && ParticipationChoice.searchValue(world, person) > Double.NEGATIVE_INFINITY) {
                return person;
            }
        }
        throw new AssertionError("nobody out of work");
    }

    @Test
    void theChanceOfPassingRisesWithSkillAndPreparationAndFallsWithThePassMark() {
        YoungPerson person = outOfWork();
        double skill = person.generalSkill;
        double mark = world.examPassMark;
        try {
            world.examPassMark = skill + 0.05;
            double base = ExamPreparation.passChance(world, person, 0);
            assertTrue(ExamPreparation.passChance(world, person, 12) > base, "preparation raises the chance");
            assertEquals(ExamPreparation.passChance(world, person, 24), ExamPreparation.passChance(world, person, 60), 1e-12,
                    "beyond the cap more preparation adds nothing");
            person.generalSkill = skill + 0.05;
            assertEquals(0.5, ExamPreparation.passChance(world, person, 0), 1e-9, "a score expected at the mark passes half the time");
            world.examPassMark = skill + 0.5;
            assertTrue(ExamPreparation.passChance(world, person, 0) < base, "a higher mark, a lower chance");
        } finally {
            person.generalSkill = skill;
            world.examPassMark = mark;
        }
    }

    @Test
    void aPersonPreparesJustWhenPreparingIsWorthMoreThanSearchingAndThanNothing() {
        YoungPerson person = outOfWork();
        double mark = world.examPassMark;
        int places = world.examPlaces;
        try {
            world.examPlaces = Math.max(1, places);
            world.examPassMark = -10;
            assertTrue(ExamPreparation.monthlyValue(world, person) > ExamPreparation.searchGain(world, person));
            assertTrue(Preparations.forEntryExam(world, person), "a sure pass into a better-paid job is worth preparing for");
            world.examPassMark = 10;
            assertFalse(Preparations.forEntryExam(world, person), "an exam no one can pass is not");
            world.examPassMark = mark;
            double threshold = ExamPreparation.searchGain(world, person);
            double low = -10;
            double high = 10;
            for (int i = 0; i < 60; i++) {
                world.examPassMark = (low + high) / 2;
                if (ExamPreparation.monthlyValue(world, person) > threshold) {
                    low = world.examPassMark;
                } else {
                    high = world.examPassMark;
                }
            }
            world.examPassMark = low;
            assertTrue(Preparations.forEntryExam(world, person), "just below the mark at which preparing stops paying more than search or nothing");
            world.examPassMark = high + 1e-9;
            assertFalse(Preparations.forEntryExam(world, person), "just above it the person does not prepare");
        } finally {
            world.examPassMark = mark;
            world.examPlaces = places;
        }
    }

    /**
     * Search is weighed as what it adds to a month out of work, with the job's surplus capitalised
     * as the value of being out of work counts it (the chance of another job shortens it), the
     * same value the exam's prize is a surplus over; so it is worth less than a month of search
     * counted over the job's whole expected length.
     */
    @Test
    void searchIsWeighedAsItsGainOverAMonthOutOfWork() {
        YoungPerson person = outOfWork();
        var saved = world.scenario;
        double factor = person.nonMarketFactor;
        int failed = person.failedSearchMonths;
        try {
            person.nonMarketFactor = 0.5;
            person.failedSearchMonths = 0;
            double gain = ExamPreparation.searchGain(world, person);
            assertEquals(ParticipationChoice.outOfWorkFlow(world, person) - ParticipationChoice.reservationValue(world, person), gain, 1e-12);
            double flow = ParticipationChoice.searchValue(world, person);
            assertTrue(flow > 0, "search pays for someone who values time outside work at half the usual: " + flow);
            assertTrue(gain > 0 && gain < flow, () -> "the capitalised gain " + gain + " is below the uncapitalised " + flow);

            world.scenario = world.scenario.withLabourMarket(ScenarioLoader.load(Path.of("korea-corporate"),
                    List.of("population.young_people=3000", "labour_market.participation.job_seeker_allowance=0.5")).labourMarket());
            assertTrue(ExamPreparation.searchGain(world, person) > gain, "an allowance paid to job seekers adds to search");
            person.nonMarketFactor = 1000;
            assertEquals(0.0, ExamPreparation.searchGain(world, person), 0.0,
                    "someone to whom no job beats time outside work is not available: no search, no allowance");
        } finally {
            world.scenario = saved;
            person.nonMarketFactor = factor;
            person.failedSearchMonths = failed;
        }
    }

    @Test
    void neitherAPasserWaitingForAPostNorAConscriptPrepares() {
        YoungPerson person = outOfWork();
        double mark = world.examPassMark;
        try {
            world.examPassMark = -10;
            person.appointedTo = world.employers.get(0);
            assertFalse(Preparations.forEntryExam(world, person), "a passer waits for the post");
            person.appointedTo = null;
            boolean owed = person.serviceOwed;
            person.serviceOwed = true;
            assertFalse(Preparations.forEntryExam(world, person), "one who leaves for service does not prepare");
            person.serviceOwed = owed;
        } finally {
            world.examPassMark = mark;
            person.appointedTo = null;
        }
    }

    @Test
    void theNextExamIsOneToTwelveMonthsAwayAndTheExamMonthItselfCounts() {
        int month = world.month;
        int examMonth = world.scenario.labourMarket().entryExams().examMonth();
        try {
            for (int m = 0; m < 24; m++) {
                world.month = month + m;
                int months = ExamPreparation.monthsToExam(world);
                assertTrue(months >= 1 && months <= 12);
                assertEquals(examMonth, Math.floorMod(world.month + months - 1, 12), "the last month of preparation is the exam month");
            }
        } finally {
            world.month = month;
        }
    }

    @Test
    void someoneWhoPreparesTheMonthBeforeTheExamStillPreparesInTheExamMonthAndSitsIt() {
        YoungPerson person = outOfWork();
        int month = world.month;
        double mark = world.examPassMark;
        int places = world.examPlaces;
        int examMonth = world.scenario.labourMarket().entryExams().examMonth();
        try {
            world.examPlaces = Math.max(1, places);
            world.month = month + Math.floorMod(examMonth - 1 - month, 12);
            world.examPassMark = person.generalSkill + 0.1;
            double search = ParticipationChoice.searchValue(world, person);
            while (!Preparations.forEntryExam(world, person) && world.examPassMark > -1) {
                world.examPassMark -= 0.01;
            }
            assertTrue(Preparations.forEntryExam(world, person), "prepares the month before (search worth " + search + ")");
            person.monthsPrepared++;
            world.month++;
            assertEquals(1, ExamPreparation.monthsToExam(world));
            assertTrue(Preparations.forEntryExam(world, person), "and in the exam month, when the exam is nearer at the same chance");
        } finally {
            world.month = month;
            world.examPassMark = mark;
            world.examPlaces = places;
            person.monthsPrepared = 0;
        }
    }

    @Test
    void onlyLargeEmployersRecruitByExamAndTheyPayThePremium() {
        Employer large = world.employers.stream().filter(e -> e.sizeClass() == SizeClass.LARGE).findFirst().orElseThrow();
        Employer small = world.employers.stream().filter(e -> e.sizeClass() == SizeClass.MICRO).findFirst().orElseThrow();
        assertTrue(ExamPreparation.inSegment(world, large));
        assertFalse(ExamPreparation.inSegment(world, small));
        YoungPerson person = world.people.stream().filter(p -> p.status == Status.EMPLOYED && p.employer == large).findFirst().orElseThrow();
        double floor = person.wageFloor;
        boolean regular = person.regularPost;
        try {
            person.wageFloor = 0;
            double paid = world.paidProductivity(person, world.skills.specificSkill(person, person.occupation));
            double premium = world.scenario.labourMarket().entryExams().payPremium();
            person.regularPost = true;
            assertEquals(world.wage(paid, person.occupation.index()) * (1 + premium), world.wageOf(person), 1e-12,
                    "a regular post pays the premium");
            person.regularPost = false;
            assertEquals(world.wage(paid, person.occupation.index()), world.wageOf(person), 1e-12,
                    "a non-regular post pays the pay rule without it");
        } finally {
            person.wageFloor = floor;
            person.regularPost = regular;
        }
    }
}
