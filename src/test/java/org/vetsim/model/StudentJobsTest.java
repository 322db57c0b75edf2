package org.vetsim.model;

import org.junit.jupiter.api.Test;
import org.vetsim.io.scenario.ScenarioLoader;
import org.vetsim.metrics.Metric;
import org.vetsim.metrics.MonthReport;
import org.vetsim.scenario.Scenario;
import org.vetsim.scenario.StudentJobs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Students' side jobs as a choice, decided by hand on students of a settled economy (the baseline,
 * where no student works until the tests put side jobs in force): a student keeps or takes a side
 * job only when its pay beats the value of the time it takes, looks for one when the believed chance
 * times the surplus beats the cost of search and gives up after months in vain, loses it on leaving
 * education, and is hired only while the pool has openings; a working student is employed and a
 * searching one unemployed in every counter, and neither is NEET. Whole runs: switched off it
 * changes nothing; switched on it raises youth employment, the side jobs students hold, taken from
 * employers' demand, raise adult unemployment, and students who value their time more work less,
 * over several seeds.
 */
class StudentJobsTest {
    private static World settled() {
        return TestWorlds.settled(ScenarioLoader.load(Path.of("baseline"),
                List.of("population.young_people=3000", "labour_market.participation.circumstance_change_rate=0")), 1);
    }

    private static void inForce(World world, double posts, double studyTimeValue) {
        inForce(world, posts, studyTimeValue, 1.0);
    }

    private static void use(World world, StudentJobs jobs) {
        world.scenario = world.scenario.withLabourMarket(world.scenario.labourMarket().withStudentJobs(jobs));
    }

    private static void inForce(World world, double posts, double studyTimeValue, double payShare) {
        use(world, new StudentJobs(posts, 0.3, 0.105, 0.6, 15, studyTimeValue, payShare, 9, 0, 9, 0, 1.0, 1.0, 1.0, 0, 1.0, 1.0));
    }

    /** A student of at least 15 who is not in the months before leaving, with no side job and no failed search. */
    private static YoungPerson student(World world) {
        for (YoungPerson person : world.people) {
            if (org.vetsim.model.StudentJobs.isStudent(person) && person.age(world.month) >= 15
                    && !JobOffers.leavingSoon(world, person)) {
                person.sideJob = false;
                person.sideSearch = false;
                person.failedSideSearchMonths = 0;
                return person;
            }
        }
        throw new AssertionError("no student");
    }

    private static void step(World world, YoungPerson person) {
        org.vetsim.model.StudentJobs choice = new org.vetsim.model.StudentJobs();
        choice.begin(world);
        choice.apply(world, person);
    }

    /** The study-time value at which the side job's pay equals the value of the time it takes. */
    private static double breakEvenTimeValue(World world, YoungPerson person) {
        return org.vetsim.model.StudentJobs.fullTimeWage(world, person) / ParticipationChoice.nonMarketValue(world, person);
    }

    @Test
    void aStudentKeepsASideJobOnlyWhileItsPayBeatsTheValueOfTheTimeItTakes() {
        World world = settled();
        YoungPerson person = student(world);
        double breakEven = breakEvenTimeValue(world, person);
        inForce(world, 0.1, breakEven * 0.98);
        assertTrue(org.vetsim.model.StudentJobs.surplus(world, person) > 0);
        assertTrue(org.vetsim.model.StudentJobs.keeps(world, person), "pay a little above the time's value: kept");
        inForce(world, 0.1, breakEven * 1.02);
        assertTrue(org.vetsim.model.StudentJobs.surplus(world, person) < 0);
        assertFalse(org.vetsim.model.StudentJobs.keeps(world, person), "a little below: not worth it");
        assertFalse(org.vetsim.model.StudentJobs.searches(world, person), "and not worth looking for");

        person.sideJob = true;
        world.month++;
        step(world, person);
        assertFalse(person.sideJob, "a holder for whom it no longer pays gives it up");
        assertFalse(person.sideSearch, "and does not look for another");
    }

    @Test
    void aSideJobPayingLessAnHourThanAFullTimeJobIsWorthItToFewerStudents() {
        World world = settled();
        YoungPerson person = student(world);
        inForce(world, 0.1, 1.0, 1.0);
        double fullPay = org.vetsim.model.StudentJobs.fullTimeWage(world, person);
        double breakEven = breakEvenTimeValue(world, person);
        inForce(world, 0.1, breakEven * 0.9, 0.8);
        assertEquals(0.8 * fullPay, org.vetsim.model.StudentJobs.fullTimeWage(world, person), 1e-12, "the pay share scales the pay");
        assertFalse(org.vetsim.model.StudentJobs.keeps(world, person),
                "worth taking at the young full-time wage, not at 0.8 of it");
        inForce(world, 0.1, breakEven * 0.9, 1.0);
        assertTrue(org.vetsim.model.StudentJobs.keeps(world, person));
    }

    @Test
    void aStudentLooksForASideJobWhenTheBelievedChanceTimesTheSurplusBeatsTheCostAndGivesUpAfterMonthsInVain() {
        World world = settled();
        YoungPerson person = student(world);
        inForce(world, 0.1, 0.5 * breakEvenTimeValue(world, person));
        assertTrue(org.vetsim.model.StudentJobs.searches(world, person), "the market's chance and a large surplus: they look");
        double belief = org.vetsim.model.StudentJobs.perceivedChance(world, person);
        person.failedSideSearchMonths = 6;
        assertEquals(belief / 2, org.vetsim.model.StudentJobs.perceivedChance(world, person), 1e-12,
                "six months in vain halve the belief (belief_prior_months 6)");
        person.failedSideSearchMonths = 10_000;
        assertFalse(org.vetsim.model.StudentJobs.searches(world, person), "after very many months in vain they give up");

        person.failedSideSearchMonths = 0;
        inForce(world, 0.1, 0.999 * breakEvenTimeValue(world, person));
        assertFalse(org.vetsim.model.StudentJobs.searches(world, person), "a surplus near zero does not pay the cost of search");
    }

    @Test
    void aSideJobEndsWhenTheStudentLeavesEducationAndNoOneIsTouchedWhileItIsOff() {
        World world = settled();
        YoungPerson person = student(world);
        person.sideJob = true;
        step(world, person);
        assertTrue(person.sideJob, "switched off, the step touches no one");

        inForce(world, 0.1, 0.5 * breakEvenTimeValue(world, person));
        person.setStatus(Status.UNEMPLOYED);
        step(world, person);
        assertFalse(person.sideJob, "out of education: no side job");
        assertFalse(person.sideSearch);
        assertFalse(org.vetsim.model.StudentJobs.isStudent(person));

        YoungPerson apprentice = null;
        for (YoungPerson candidate : world.people) {
            if (candidate.status == Status.APPRENTICE) {
                apprentice = candidate;
                break;
            }
        }
        if (apprentice != null) {
            assertFalse(org.vetsim.model.StudentJobs.isStudent(apprentice), "apprentices already work: no side job");
        }
    }

    @Test
    void theSideJobsStudentsHoldAreTakenFromEmployersAndThoseNoStudentWantsStayWithThem() {
        World world = TestWorlds.settled(ScenarioLoader.load(Path.of("baseline"), List.of("population.young_people=3000",
                "labour_market.participation.circumstance_change_rate=0", "labour_market.cycle_shock_spread=0",
                "labour_market.demand_shock_spread=0")), 1);
        StudentJobPool pool = world.studentJobPool;
        for (int k = 0; k < 100; k++) {
            pool.kept(StudentJobPool.TERM);
        }
        assertEquals(1.0, pool.employerShare(world), "side jobs off: employers keep every job, whatever the count says");

        inForce(world, 0.05, 0.5);
        pool.setBasePosts(150);
        pool.beginMonth(world);
        assertEquals(1.0, pool.employerShare(world), "no student works: employers keep every job, however large the pool");
        int withoutStudents = targetStaffAfterDemand(world);
        int held = world.trendJobs / 20;
        pool.beginMonth(world);
        for (int k = 0; k < held; k++) {
            pool.kept(StudentJobPool.TERM);
        }
        assertEquals(1.0 - held / (world.trendJobs * world.demandIndex), pool.employerShare(world), 1e-12);
        int withStudents = targetStaffAfterDemand(world);
        assertEquals(held, withoutStudents - withStudents, 0.1 * held,
                "employers' demand falls by the side jobs students hold, no more and no less");
    }

    @Test
    void aSearchersChanceIsTheSideJobsOwnFindingRateWhileOpeningsAbound_andTheOpeningsOverTheSearchersWhenTheyAreScarce() {
        World world = settled();
        use(world, new StudentJobs(0.05, 0.3, 0.105, 0.72, 15, 0.5, 1.0, 9, 0, 9, 0, 1.0, 1.0, 1.0, 0, 1.0, 1.0));
        world.demandIndex = 1.0;
        StudentJobPool pool = world.studentJobPool;
        assertEquals(0.72, chanceWith(world, pool, 1000, 0, 10), 1e-12, "a thousand openings for ten searchers: the side "
                + "job's own finding rate, not the young's rate for career posts (" + ParticipationChoice.marketFindingRate(world) + ")");
        assertEquals(0.72, chanceWith(world, pool, 100, 20, 100), 1e-12,
                "eighty openings for a hundred searchers: still the finding rate, which is lower");
        assertEquals(0.20, chanceWith(world, pool, 40, 20, 100), 1e-12, "twenty openings for a hundred searchers: a fifth hired");
    }

    /** The pool's chance this month with {@code posts} side jobs, of which last month {@code held} were held and {@code searchers} looked. */
    private static double chanceWith(World world, StudentJobPool pool, int posts, int held, int searchers) {
        pool.setBasePosts(posts);
        pool.beginMonth(world);
        for (int k = 0; k < held; k++) {
            pool.kept(StudentJobPool.TERM);
        }
        for (int k = 0; k < searchers; k++) {
            pool.searched();
        }
        pool.beginMonth(world);
        return pool.chance();
    }

    /** Runs the month's labour demand with the shocks at 0 and returns the employers' target staff summed. */
    private static int targetStaffAfterDemand(World world) {
        world.cycleShock = 0;
        for (Occupation occupation : world.occupations) {
            occupation.setDemandShock(0);
        }
        new LabourDemand().run(world);
        int total = 0;
        for (Employer employer : world.employers) {
            total += employer.targetStaff;
        }
        return total;
    }

    @Test
    void hiresNeverExceedThePoolsOpeningsAndFewerLookAsTheyLearnHowFewAreHired() {
        World world = settled();
        int posts = 7;
        inForce(world, 0.0001, 0.3);
        world.studentJobPool.setBasePosts(posts);
        int firstSearchers = 0;
        int lastSearchers = 0;
        for (int month = 0; month < 24; month++) {
            world.month++;
            org.vetsim.model.StudentJobs step = new org.vetsim.model.StudentJobs();
            step.begin(world);
            int open = world.studentJobPool.capacity(world);
            for (YoungPerson person : world.people) {
                step.apply(world, person);
            }
            int holders = 0;
            int searchers = 0;
            for (YoungPerson person : world.people) {
                holders += person.sideJob ? 1 : 0;
                searchers += person.sideSearch ? 1 : 0;
                assertFalse(person.sideJob && person.sideSearch, "a holder does not search");
            }
            assertTrue(holders <= open, "month " + month + ": " + holders + " side jobs in a pool of " + open);
            if (month == 0) {
                firstSearchers = searchers;
                assertTrue(searchers > 10 * posts, "at first many students look for one of so few side jobs: " + searchers);
            }
            lastSearchers = searchers;
        }
        assertTrue(lastSearchers < firstSearchers / 2, "as they find that few are hired, fewer look: " + lastSearchers + " of " + firstSearchers);
    }

    @Test
    void aWorkingStudentIsEmployedAndASearchingStudentUnemployedInEveryCounterAndNeitherIsNeet() {
        World world = settled();
        YoungPerson person = student(world);
        GroupObservation.Group none = new GroupObservation.Group();
        none.add(person, 0.0);
        assertEquals(LabourForceFlows.OUTSIDE, LabourForceFlows.stateOf(person), "a student without a side job is outside the labour force");

        person.sideJob = true;
        GroupObservation.Group working = new GroupObservation.Group();
        working.add(person, 0.0);
        assertEquals(1.0, working.employmentRate());
        assertEquals(0.0, working.neetRate());
        assertEquals(1.0, working.studentShareOfEmployment());
        assertTrue(Double.isNaN(working.leaverEmploymentRate()), "not a leaver: no leavers, so the rate is undefined");
        assertEquals(LabourForceFlows.EMPLOYED, LabourForceFlows.stateOf(person));
        assertTrue(person.surveyEmployed() && !person.surveyUnemployed());

        person.sideJob = false;
        person.sideSearch = true;
        GroupObservation.Group searching = new GroupObservation.Group();
        searching.add(person, 0.0);
        assertEquals(1.0, searching.unemploymentRate());
        assertEquals(0.0, searching.neetRate(), "a student looking for a side job is not NEET");
        assertEquals(1.0, searching.studentShareOfUnemployment());
        assertEquals(LabourForceFlows.UNEMPLOYED, LabourForceFlows.stateOf(person));
        assertEquals(1.0, searching.educationRate(), "still enrolled");
    }

    @Test
    void switchedOffItChangesNothing() {
        long seed = 5;
        List<MonthReport> a = TestScenarios.run(TestScenarios.small(), seed);
        List<MonthReport> b = TestScenarios.run(TestScenarios.small("labour_market.student_jobs.hours_share=0.9",
                "labour_market.student_jobs.study_time_value=0.1"), seed);
        TestScenarios.assertSameReports(a, b);
        for (MonthReport report : b) {
            assertEquals(0.0, report.value(Metric.WORKING_STUDENTS));
        }
    }

    @Test
    void sameSeedSameReportsWithSideJobsOn() {
        Scenario on = TestScenarios.small("labour_market.student_jobs.posts_per_young_person=0.1");
        TestScenarios.assertSameReports(TestScenarios.run(on, 3), TestScenarios.run(on, 3));
    }

    @Test
    void sideJobsRaiseYouthEmploymentTheirPostsRaiseAdultUnemploymentAndStudentsWhoValueTheirTimeMoreWorkLessOverSeveralSeeds() {
        for (long seed = 1; seed <= 3; seed++) {
            List<MonthReport> off = TestScenarios.run(usa(0.0, 1.0), seed);
            List<MonthReport> on = TestScenarios.run(usa(0.114, 1.0), seed);
            List<MonthReport> dearTime = TestScenarios.run(usa(0.114, 2.5), seed);
            double employmentOff = TestScenarios.mean(off, Metric.YOUTH_EMPLOYMENT_RATE_15_24, 13);
            double employmentOn = TestScenarios.mean(on, Metric.YOUTH_EMPLOYMENT_RATE_15_24, 13);
            assertTrue(employmentOn > employmentOff + 0.05, "seed " + seed + ": youth employment 15-24 " + employmentOn + " vs " + employmentOff);
            double adultsOff = TestScenarios.mean(off, Metric.ADULT_UNEMPLOYMENT_RATE, 13);
            double adultsOn = TestScenarios.mean(on, Metric.ADULT_UNEMPLOYMENT_RATE, 13);
            assertTrue(adultsOn > adultsOff, "seed " + seed + ": adult unemployment " + adultsOn + " vs " + adultsOff);
            double working = TestScenarios.mean(on, Metric.STUDENT_EMPLOYMENT_RATE, 13);
            double workingDear = TestScenarios.mean(dearTime, Metric.STUDENT_EMPLOYMENT_RATE, 13);
            assertTrue(working > 0.1 && workingDear < working, "seed " + seed + ": students working " + workingDear + " vs " + working);
            assertEquals(0.0, TestScenarios.mean(off, Metric.WORKING_STUDENTS, 1));
            for (MonthReport report : on) {
                assertTrue(report.value(Metric.STUDENT_POSTS_FILLED_SHARE) <= 1.0);
            }
        }
    }

    private static Scenario usa(double posts, double studyTimeValue) {
        return ScenarioLoader.load(Path.of("usa-partnership"), new ArrayList<>(List.of("population.young_people=2000", "simulation.years=3",
                "labour_market.student_jobs.posts_per_young_person=" + posts, "labour_market.student_jobs.study_time_value=" + studyTimeValue)));
    }

    @Test
    void inTheVacationAStudentsTimeIsWorthLessTheJobLongerAndThePoolLarger_andWhenClassesResumeTheJobNoLongerPays() {
        World world = settled();
        YoungPerson person = student(world);
        double breakEven = breakEvenTimeValue(world, person);
        world.month = 12 * (world.month / 12 + 1) + 9;
        use(world, new StudentJobs(0.1, 0.3, 0.0, 0.6, 15, breakEven * 1.5, 1.0, 9, 3, 8, 4, breakEven * 0.8, 1.5, 1.2, 0, 1.0, 1.0));
        boolean higher = person.status == Status.HIGHER_EDUCATION;
        assertTrue(org.vetsim.model.StudentJobs.onVacation(world, person), "month 9 of the school year is in both vacations");
        assertEquals(0.45, org.vetsim.model.StudentJobs.hoursShare(world, person), 1e-12, "half as many hours again");
        double vacation = org.vetsim.model.StudentJobs.surplus(world, person);
        assertTrue(vacation > 0, "no study: the job pays for the time it takes");
        world.studentJobPool.setBasePosts(100);
        world.demandIndex = 1.0;
        assertEquals(120, world.studentJobPool.capacity(world), "seasonal posts open in the vacation");
        person.sideJob = true;
        world.month += 3;
        assertFalse(org.vetsim.model.StudentJobs.onVacation(world, person), (higher ? "students" : "pupils") + " are back in class");
        assertEquals(100, world.studentJobPool.capacity(world), "the seasonal posts are gone");
        assertTrue(org.vetsim.model.StudentJobs.surplus(world, person) < 0, "with study the time is worth more than the pay");
        step(world, person);
        assertFalse(person.sideJob, "so the summer job is given up when classes resume");
        assertFalse(person.sideSearch, "and no other is looked for");
    }

    @Test
    void aVacationOfNoMonthsChangesNothing() {
        assertFalse(new StudentJobs(0.1, 0.3, 0.1, 0.6, 15, 1.0, 1.0, 9, 0, 9, 0, 0.5, 2.0, 2.0, 0, 1.0, 1.0).schoolVacation(9));
        World world = settled();
        YoungPerson person = student(world);
        use(world, new StudentJobs(0.1, 0.3, 0.1, 0.6, 15, 1.0, 1.0, 9, 0, 9, 0, 0.5, 2.0, 2.0, 4, 1.0, 1.0));
        assertEquals(0, org.vetsim.model.StudentJobs.monthsToVacation(world, person));
        assertFalse(org.vetsim.model.StudentJobs.searchesAhead(world, person), "no vacation, nothing to look ahead for");
        assertTrue(StudentJobs.inVacation(0, 10, 3), "a vacation may run over the turn of the school year");
        assertFalse(StudentJobs.inVacation(1, 10, 3));
    }

    @Test
    void seasonalPostsAddToEmployersJobsAndJobsHeldOnlyForTheVacationOpenWhenClassesResume() {
        World world = lastVacationMonth(3);
        StudentJobPool pool = world.studentJobPool;
        for (int k = 0; k < 120; k++) {
            pool.kept(k >= 90 ? StudentJobPool.SCHOOL : StudentJobPool.TERM);
        }
        double jobs = world.trendJobs * world.demandIndex;
        assertEquals(1.0 - 100 / jobs, pool.employerShare(world), 1e-12,
                "in the vacation the 20 seasonal posts are the employers' extra summer work, not taken from them");
        world.month++;
        assertEquals(1.0 - 90 / jobs, pool.employerShare(world), 1e-12,
                "when classes resume the 30 held only for the vacation are given up: employers' demand counts the 90 others");
        pool.beginMonth(world);
        int hires = hiresOfTenSearchers(pool);
        assertEquals(10, hires, "the term pool of 100 less the 90 who keep their jobs: 10 open in the first term month");
    }

    @Test
    void aJobFoundInTheVacationThatWouldNotPayInTermIsWorthOnlyTheVacationsMonthsLeft() {
        World world = settled();
        YoungPerson person = student(world);
        double breakEven = breakEvenTimeValue(world, person);
        world.month = 12 * (world.month / 12 + 1) + 10;
        use(world, new StudentJobs(0.1, 0.3, 0.105, 0.6, 15, breakEven * 1.5, 1.0, 9, 3, 9, 3, breakEven * 0.8, 1.5, 1.2, 0, 1.0, 1.0));
        assertTrue(org.vetsim.model.StudentJobs.vacationOnly(world, person));
        assertEquals(2.0, org.vetsim.model.StudentJobs.expectedMonths(world, person), 1e-12, "August and this month: two left");
        use(world, new StudentJobs(0.1, 0.3, 0.105, 0.6, 15, breakEven * 0.5, 1.0, 9, 3, 9, 3, breakEven * 0.4, 1.5, 1.2, 0, 1.0, 1.0));
        assertFalse(org.vetsim.model.StudentJobs.vacationOnly(world, person), "a job that pays in term too");
        assertTrue(org.vetsim.model.StudentJobs.expectedMonths(world, person) > 5, "is worth its usual length");
    }

    @Test
    void whenThePupilsVacationEndsBeforeTheStudentsTheirSummerPostsOpenWhileTheStudentsKeepTheirs() {
        World world = lastVacationMonth(4);
        StudentJobPool pool = world.studentJobPool;
        for (int k = 0; k < 135; k++) {
            pool.kept(k < 100 ? StudentJobPool.TERM : k < 120 ? StudentJobPool.SCHOOL : StudentJobPool.HIGHER);
        }
        world.month++;
        double jobs = world.trendJobs * world.demandIndex;
        assertEquals(1.0 - 100 / jobs, pool.employerShare(world), 1e-12,
                "pupils are back in class, students still on vacation: at most the 100 term posts are taken from employers");
        pool.beginMonth(world);
        int hires = hiresOfTenSearchers(pool);
        assertEquals(5, hires, "120 posts in the students' vacation less the 115 still held (the pupils' 20 summer jobs given up)");
    }

    @Test
    void aStudentWhoWantsAJobForTheVacationAloneLinesOneUpInTheLeadMonthsOutOfTheLabourForceUntilItStarts() {
        World world = settled();
        world.month = 12 * (world.month / 12 + 1) + 7;
        YoungPerson person = student(world);
        double breakEven = breakEvenTimeValue(world, person);
        use(world, new StudentJobs(0.1, 0.3, 0.0, 1.0, 15, breakEven * 1.5, 1.0, 9, 3, 9, 3, breakEven * 0.8, 1.5, 1.2, 2, 1.0, 1.0));
        assertEquals(2, org.vetsim.model.StudentJobs.monthsToVacation(world, person));
        assertFalse(org.vetsim.model.StudentJobs.searches(world, person), "a side job would not pay in term");
        assertTrue(org.vetsim.model.StudentJobs.searchesAhead(world, person), "but one for the vacation does: looked for two months ahead");
        use(world, new StudentJobs(0.1, 0.3, 0.0, 1.0, 15, breakEven * 1.5, 1.0, 9, 3, 9, 3, breakEven * 0.8, 1.5, 1.2, 1, 1.0, 1.0));
        assertFalse(org.vetsim.model.StudentJobs.searchesAhead(world, person), "with a lead of one month, not yet");
        use(world, new StudentJobs(0.1, 0.3, 0.0, 1.0, 15, breakEven * 0.5, 1.0, 9, 3, 9, 3, breakEven * 0.4, 1.5, 1.2, 2, 1.0, 1.0));
        assertFalse(org.vetsim.model.StudentJobs.searchesAhead(world, person), "one whom a term job pays looks for it in term instead");
        use(world, new StudentJobs(0.1, 0.3, 0.0, 1.0, 15, breakEven * 1.5, 1.0, 9, 3, 9, 3, breakEven * 0.8, 1.5, 1.2, 2, 1.0, 1.0));
        world.studentJobPool.setBasePosts(100);
        world.demandIndex = 1.0;
        world.studentJobPool.beginMonth(world);
        step(world, person);
        assertEquals(world.month + 2, person.vacationJobStarts, "lined up for the vacation's first month");
        assertFalse(person.sideJob || person.sideSearch, "a student with a job lined up is out of the labour force");
        world.month++;
        world.studentJobPool.beginMonth(world);
        step(world, person);
        assertFalse(person.sideJob || person.sideSearch, "and looks for nothing while waiting");
        world.month++;
        world.studentJobPool.beginMonth(world);
        step(world, person);
        assertTrue(person.sideJob, "the job starts when the vacation begins");
        assertEquals(-1, person.vacationJobStarts);
    }

    @Test
    void schoolsThatForbidSideJobsKeepTheirPupilsOutOfThemInTermOrAllYear() {
        World world = settled();
        use(world, new StudentJobs(0.1, 0.3, 0.105, 0.6, 15, 1.0, 1.0, 9, 3, 9, 3, 1.0, 1.0, 1.0, 0, 0.3, 0.7));
        int pupils = 0;
        int term = 0;
        int vacation = 0;
        for (YoungPerson person : world.people) {
            if (person.status == Status.GENERAL_EDUCATION || person.status == Status.SCHOOL_VET) {
                pupils++;
                boolean inTerm = SchoolWorkRule.allows(world, person, false);
                boolean inVacation = SchoolWorkRule.allows(world, person, true);
                assertTrue(!inTerm || inVacation, "a school that allows work in term allows it in the vacation");
                term += inTerm ? 1 : 0;
                vacation += inVacation ? 1 : 0;
            } else if (person.status == Status.HIGHER_EDUCATION) {
                assertTrue(SchoolWorkRule.allows(world, person, false), "no school rule binds a student of higher education");
            }
        }
        assertEquals(0.3, (double) term / pupils, 0.05);
        assertEquals(0.7, (double) vacation / pupils, 0.05);
    }

    @Test
    void aPupilWhoseSchoolForbidsTermWorkGivesUpTheJobInTermAndLooksAheadForOneInTheVacation() {
        World world = settled();
        world.month = 12 * (world.month / 12 + 1) + 7;
        YoungPerson allowed = null;
        YoungPerson vacationOnly = null;
        use(world, new StudentJobs(0.1, 0.3, 0.0, 1.0, 15, 1.0, 1.0, 9, 3, 9, 3, 1.0, 1.0, 1.0, 2, 0.3, 0.7));
        for (YoungPerson person : world.people) {
            if (person.status == Status.GENERAL_EDUCATION && person.age(world.month) >= 15 && !JobOffers.leavingSoon(world, person)) {
                boolean inTerm = SchoolWorkRule.allows(world, person, false);
                boolean inVacation = SchoolWorkRule.allows(world, person, true);
                if (inTerm && allowed == null) {
                    allowed = person;
                } else if (!inTerm && inVacation && vacationOnly == null) {
                    vacationOnly = person;
                }
            }
        }
        assertTrue(allowed != null && vacationOnly != null);
        for (YoungPerson pupil : List.of(allowed, vacationOnly)) {
            double breakEven = breakEvenTimeValue(world, pupil);
            use(world, new StudentJobs(0.1, 0.3, 0.0, 1.0, 15, breakEven * 0.5, 1.0, 9, 3, 9, 3, breakEven * 0.5, 1.0, 1.0, 2, 0.3, 0.7));
            assertTrue(org.vetsim.model.StudentJobs.keeps(world, pupil) && org.vetsim.model.StudentJobs.searches(world, pupil),
                    "a side job pays this pupil in term");
            world.studentJobPool.setBasePosts(100);
            world.studentJobPool.beginMonth(world);
            pupil.sideJob = true;
            pupil.vacationJobStarts = -1;
            step(world, pupil);
            if (pupil == allowed) {
                assertTrue(pupil.sideJob, "a pupil whose school allows it keeps the job");
                assertFalse(org.vetsim.model.StudentJobs.searchesAhead(world, pupil), "and looks for no vacation job apart");
            } else {
                assertFalse(pupil.sideJob || pupil.sideSearch, "a pupil whose school forbids term work gives the job up and looks for none");
                assertFalse(org.vetsim.model.StudentJobs.paysInTerm(world, pupil));
                assertTrue(org.vetsim.model.StudentJobs.searchesAhead(world, pupil), "but looks ahead for one in the vacation, which the school allows");
            }
        }
    }

    @Test
    void jobsLinedUpForTheVacationComeOutOfItsPostsAndAreReservedInItsFirstMonth() {
        World world = settled();
        use(world, new StudentJobs(0.05, 0.3, 0.105, 0.6, 15, 1.5, 1.0, 9, 3, 9, 3, 1.1, 1.5, 1.2, 2, 1.0, 1.0));
        world.demandIndex = 1.0;
        StudentJobPool pool = world.studentJobPool;
        pool.setBasePosts(100);
        world.month = 12 * (world.month / 12 + 1) + 7;
        pool.beginMonth(world);
        for (int k = 0; k < 90; k++) {
            pool.kept(StudentJobPool.TERM);
        }
        for (int k = 0; k < 5; k++) {
            pool.searchedAhead();
            pool.linedUp(StudentJobPool.SCHOOL);
        }
        world.month++;
        pool.beginMonth(world);
        for (int k = 0; k < 90; k++) {
            pool.kept(StudentJobPool.TERM);
        }
        int linedUp = 0;
        while (pool.hasAheadOpening()) {
            pool.linedUp(StudentJobPool.HIGHER);
            linedUp++;
        }
        assertEquals(25, linedUp, "the vacation's 120 posts less the 90 term holders and the 5 already lined up");
        pool.cancelLinedUp(StudentJobPool.SCHOOL);
        pool.cancelLinedUp(StudentJobPool.SCHOOL);
        world.month++;
        pool.beginMonth(world);
        assertEquals(2, hiresOfTenSearchers(pool), "in the vacation's first month the 28 still lined up take 28 of the 30 posts left");
    }

    /**
     * A settled economy in the last month of the pupils' three-month vacation (school-year month 11),
     * students on vacation for {@code higherMonths} from month 9, a pool of 100 term posts and 20
     * seasonal ones, the month begun.
     */
    private static World lastVacationMonth(int higherMonths) {
        World world = TestWorlds.settled(ScenarioLoader.load(Path.of("baseline"), List.of("population.young_people=3000",
                "labour_market.participation.circumstance_change_rate=0", "labour_market.cycle_shock_spread=0",
                "labour_market.demand_shock_spread=0")), 1);
        use(world, new StudentJobs(0.05, 0.3, 0.105, 0.6, 15, 1.5, 1.0, 9, 3, 9, higherMonths, 1.1, 1.5, 1.2, 0, 1.0, 1.0));
        world.demandIndex = 1.0;
        world.studentJobPool.setBasePosts(100);
        world.month = 12 * (world.month / 12 + 1) + 11;
        world.studentJobPool.beginMonth(world);
        return world;
    }

    /** Ten searchers this month: how many the pool hires before its openings run out. */
    private static int hiresOfTenSearchers(StudentJobPool pool) {
        for (int k = 0; k < 10; k++) {
            pool.searched();
        }
        int hires = 0;
        while (pool.hasOpening()) {
            pool.hired(StudentJobPool.TERM);
            hires++;
        }
        return hires;
    }
}
