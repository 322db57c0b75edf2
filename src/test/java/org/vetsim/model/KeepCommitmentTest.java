package org.vetsim.model;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vetsim.io.scenario.ScenarioLoader;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The training firm's offer to keep an apprentice at the start of their last months, on
 * apprentices of a settled German economy: who commits (the firm would keep them and the job,
 * with its fit, pays at least what outside employers would), that the committed stop searching,
 * are kept at graduation, and are free again if the apprenticeship ends early; and that one who means
 * to go on to higher education when training ends does not commit, and goes on if admitted.
 */
class KeepCommitmentTest {
    private static World world;

    @BeforeAll
    static void settle() {
        world = TestWorlds.settled(ScenarioLoader.load(Path.of("germany-dual"), List.of("population.young_people=3000")), 1);
    }

    /**
     * An apprentice whose firm would keep them now and who is available for work, with their last
     * months starting this month: made proficient and valuing time outside work at half the usual,
     * so that the settled world's emergent values decide less of who qualifies.
     */
    private static YoungPerson wanted() {
        return wanted(Double.POSITIVE_INFINITY);
    }

    /**
     * {@link #wanted()}, among apprentices whose value of time outside work is below the wage the
     * firm would pay them plus {@code fit}: those to whom a job of that fit would suit.
     */
    private static YoungPerson wanted(double fit) {
        int window = world.scenario.labourMarket().searchBeforeLeavingMonths();
        for (YoungPerson person : world.people) {
            if (person.status != Status.APPRENTICE || person.keepCommitted || person.offerFrom != null) {
                continue;
            }
            double factor = person.nonMarketFactor;
            double proficiency = person.proficiency;
            double vintage = person.vintage;
            // the premises: a proficient apprentice who values time outside work at half the usual
            person.nonMarketFactor = 0.5;
            person.proficiency = 1.0;
            person.vintage = person.occupation.examStandard();
            if (!LateHigherEntry.wouldApplyOnFinishing(world, person)
                    && ParticipationChoice.appliesBeforeLeaving(world, person)
                    && TrainedGraduateValue.offers(world, person.employer, person)
                    && ParticipationChoice.takes(world, person, world.employeeWage(person,
                            world.skills.specificSkill(person, person.employer.occupation())), fit)) {
                person.trainingEnds = world.month + window;
                return person;
            }
            person.nonMarketFactor = factor;
            person.proficiency = proficiency;
            person.vintage = vintage;
        }
        throw new AssertionError("no apprentice the firm would keep");
    }

    @Test
    void anApprenticeTheFirmWouldKeepCommitsWhenTheJobSuitsThem() {
        YoungPerson apprentice = wanted(0.5);
        double fit = apprentice.jobFit;
        apprentice.jobFit = 0.5;
        assertTrue(KeepCommitment.due(world, apprentice));
        assertTrue(KeepCommitment.offer(world, apprentice));
        assertFalse(KeepCommitment.due(world, apprentice), "asked once");
        assertFalse(JobOffers.searchesBeforeLeaving(world, apprentice), "a committed apprentice looks for no other job");
        apprentice.keepCommitted = false;
        apprentice.jobFit = fit;
    }

    /**
     * An apprentice the firm would keep, admitted by the general track finished before training,
     * who would apply to higher education when training ends at the intake of {@code intake}.
     */
    private static YoungPerson meansToStudy(int intake) {
        for (YoungPerson person : world.people) {
            if (person.status == Status.APPRENTICE && !person.keepCommitted && person.offerFrom == null
                    && TrainedGraduateValue.offers(world, person.employer, person)) {
                boolean entered = person.enteredVet;
                int ends = person.trainingEnds;
                person.enteredVet = false;
                person.trainingEnds = intake;
                if (LateHigherEntry.wouldApplyOnFinishing(world, person)) {
                    return person;
                }
                person.enteredVet = entered;
                person.trainingEnds = ends;
            }
        }
        throw new AssertionError("no apprentice who would apply to higher education");
    }

    /** The first intake month whose last months before it begin now or later. */
    private static int nextIntakeAfterLastMonthsBegin() {
        int window = world.scenario.labourMarket().searchBeforeLeavingMonths();
        int intake = (world.month + window + 11) / 12 * 12;
        return intake;
    }

    @Test
    void anApprenticeWhoMeansToStudyDoesNotCommitAndGoesOnIfAdmitted() {
        int now = world.month;
        int intake = nextIntakeAfterLastMonthsBegin();
        YoungPerson apprentice = meansToStudy(intake);
        double fit = apprentice.jobFit;
        apprentice.jobFit = 5.0;
        world.month = intake - world.scenario.labourMarket().searchBeforeLeavingMonths();
        try {
            assertTrue(KeepCommitment.due(world, apprentice), "their last months begin");
            assertFalse(KeepCommitment.offer(world, apprentice), "however well the job suits them, they mean to study");
            assertFalse(apprentice.keepCommitted);
            assertFalse(JobOffers.searchesBeforeLeaving(world, apprentice), "they look for no job in their last months");
            apprentice.enteredVet = true;
            assertFalse(LateHigherEntry.wouldApplyOnFinishing(world, apprentice), "a German vocational certificate alone does not admit");
            assertEquals(ParticipationChoice.appliesBeforeLeaving(world, apprentice), JobOffers.searchesBeforeLeaving(world, apprentice),
                    "without the plan to study they search as other leavers do");
        } finally {
            world.month = now;
        }
        assertTrue(KeepCommitment.offer(world, apprentice), "without the plan to study, a job that suits them this well is taken");
        apprentice.keepCommitted = false;
        apprentice.enteredVet = false;
        apprentice.jobFit = fit;
        Employer firm = apprentice.employer;
        apprentice.trainingEnds = world.month;
        apprentice.studyAdmitted = true;
        Graduation graduation = new Graduation();
        graduation.begin(world);
        int graduates = world.flows.apprenticeGraduates;
        int leavers = world.flows.educationLeavers;
        int straightOn = world.flows.higherEntrantsFromTraining;
        int left = apprentice.leftEducation;
        graduation.apply(world, apprentice);
        assertEquals(Status.HIGHER_EDUCATION, apprentice.status);
        assertFalse(firm.apprentices.contains(apprentice), "the training firm loses them");
        assertTrue(apprentice.employer == null && apprentice.firmSkill == 0.0);
        assertEquals(graduates + 1, world.flows.apprenticeGraduates, "a graduate of the firm");
        assertEquals(straightOn + 1, world.flows.higherEntrantsFromTraining);
        assertEquals(leavers, world.flows.educationLeavers, "still in education");
        assertEquals(left, apprentice.leftEducation, "still in education");
    }

    @Test
    void anApprenticeWhoMeantToStudyButWasNotAdmittedLeavesTrainingAsOthersDo() {
        YoungPerson apprentice = meansToStudy(nextIntakeAfterLastMonthsBegin());
        apprentice.trainingEnds = world.month;
        apprentice.proficiency = 1.0;
        apprentice.vintage = apprentice.occupation.examStandard();
        Graduation graduation = new Graduation();
        graduation.begin(world);
        graduation.apply(world, apprentice);
        assertFalse(apprentice.status == Status.HIGHER_EDUCATION, "not admitted at the intake");
        assertEquals(world.month, apprentice.leftEducation, "they leave education at graduation");
        assertTrue(apprentice.status == Status.UNEMPLOYED || apprentice.status == Status.EMPLOYED, "status " + apprentice.status);
    }

    @Test
    void anApprenticeDeclinesAJobThatSuitsThemBadly() {
        YoungPerson apprentice = wanted();
        double fit = apprentice.jobFit;
        apprentice.jobFit = -1.0;
        assertFalse(KeepCommitment.offer(world, apprentice), "the wage there less a poor fit is below an outside wage");
        assertTrue(JobOffers.searchesBeforeLeaving(world, apprentice), "they look for work in their last months");
        apprentice.jobFit = fit;
    }

    @Test
    void onlyAtTheStartOfTheLastMonths() {
        YoungPerson apprentice = wanted();
        apprentice.trainingEnds = world.month + world.scenario.labourMarket().searchBeforeLeavingMonths() + 1;
        assertFalse(KeepCommitment.due(world, apprentice));
    }

    @Test
    void aCommittedApprenticeWhoPassesIsKeptAtGraduation() {
        YoungPerson apprentice = wanted();
        Employer firm = apprentice.employer;
        apprentice.keepCommitted = true;
        apprentice.proficiency = 1.0;
        apprentice.vintage = apprentice.occupation.examStandard();
        apprentice.trainingEnds = world.month;
        Graduation graduation = new Graduation();
        graduation.begin(world);
        graduation.apply(world, apprentice);
        assertEquals(Status.EMPLOYED, apprentice.status);
        assertSame(firm, apprentice.employer);
        assertFalse(apprentice.keepCommitted);
    }

    @Test
    void aCommitmentEndsWithTheApprenticeship() {
        YoungPerson apprentice = wanted();
        apprentice.keepCommitted = true;
        world.separate(apprentice);
        assertFalse(apprentice.keepCommitted);
    }
}
