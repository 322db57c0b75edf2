package org.vetsim.model;

import org.junit.jupiter.api.Test;
import org.vetsim.metrics.Metric;
import org.vetsim.metrics.MonthReport;
import org.vetsim.scenario.Scenario;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public sector of the entry-exam segment (Korea): its share of the jobs goes to large public
 * employers of every occupation, which recruit young entrants by the exam and pay the premium
 * whatever their size; the private size classes share out the rest; without the exams there is
 * no public sector; and a larger public sector draws more young people into preparing over
 * several seeds.
 */
class PublicSectorTest {
    private static Scenario withExams(double publicShare) {
        return TestScenarios.small("labour_market.entry_exams.enabled=true",
                "labour_market.entry_exams.public_job_share=" + publicShare);
    }

    @Test
    void thePublicShareOfJobsGoesToPublicEmployersThatRecruitByTheExam() {
        VetModel model = new VetModel(withExams(0.2), 1);
        model.start();
        World world = model.world();
        long jobs = 0;
        long publicJobs = 0;
        for (Employer employer : world.employers) {
            jobs += employer.baseStaff();
            if (employer.publicSector) {
                publicJobs += employer.baseStaff();
                assertEquals(SizeClass.LARGE, employer.sizeClass(), "public employers are large");
                assertTrue(ExamPreparation.inSegment(world, employer), "a public employer recruits by the exam");
                assertEquals(1 + world.scenario.labourMarket().entryExams().payPremium(), world.payFactor(employer), 1e-12,
                        "and pays the premium");
            }
        }
        assertEquals(0.2, (double) publicJobs / jobs, 0.05, "the public share of the jobs");
        double target = world.scenario.population().youngPeople() * world.scenario.labourMarket().jobsPerYoungPerson();
        assertEquals(target, jobs, 1.0, "the jobs in all stay at the target");
    }

    @Test
    void withoutTheExamsThePublicEmployersExistButRecruitAsAnyEmployerDoes() {
        VetModel model = new VetModel(TestScenarios.small("labour_market.entry_exams.public_job_share=0.2"), 1);
        model.start();
        World world = model.world();
        boolean any = false;
        for (Employer employer : world.employers) {
            any |= employer.publicSector;
            if (employer.publicSector) {
                assertFalse(ExamPreparation.inSegment(world, employer), "no exam segment while the exams are off");
                assertEquals(1.0, world.payFactor(employer), 0.0, "and no premium");
            }
        }
        assertTrue(any, "the public employers are there for a reform that starts the exams");
    }

    @Test
    void aLargerPublicSectorDrawsMoreYoungPeopleIntoPreparingOverSeveralSeeds() {
        for (long seed = 1; seed <= 3; seed++) {
            List<MonthReport> none = TestScenarios.run(withExams(0.0), seed);
            List<MonthReport> some = TestScenarios.run(withExams(0.15), seed);
            double before = TestScenarios.mean(none, Metric.EXAM_PREPARER_RATE, 13);
            double after = TestScenarios.mean(some, Metric.EXAM_PREPARER_RATE, 13);
            assertTrue(after > before, "seed " + seed + ": preparers " + after + " vs " + before);
        }
    }
}
