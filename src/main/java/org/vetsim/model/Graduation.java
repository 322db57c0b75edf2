package org.vetsim.model;

import ec.util.MersenneTwisterFast;
import org.vetsim.scenario.ExamSettings;

/**
 * The end of vocational training. Each graduate sits the qualification exam, which measures
 * proficiency valued at the exam standard's requirement level, with noise; reaching the pass mark
 * gives a certificate in the occupation. The training firm decides whether to offer its
 * graduating apprentice a job ({@link TrainedGraduateValue#offers}); a graduate with an offer
 * starts work there but looks around in the same month and leaves if another employer offers a
 * higher wage ({@link Matching}), so retention is chosen by both sides. A school graduate who
 * accepted a job before finishing starts it ({@link JobOffers}); otherwise the internship host
 * decides as a training firm does. Everyone else starts looking for work.
 */
final class Graduation implements PersonStep {
    private MersenneTwisterFast random;
    private ExamSettings exams;

    @Override
    public void begin(World world) {
        random = world.random(Stream.EXAMS);
        exams = world.scenario.exams();
    }

    @Override
    public void apply(World world, YoungPerson person) {
        boolean inTraining = person.status == Status.SCHOOL_VET || person.status == Status.APPRENTICE;
        if (!inTraining || person.trainingEnds != world.month) {
            return;
        }
        Occupation occupation = person.occupation;
        person.intern = false;
        double measured = person.proficiency * world.skills.match(occupation.examStandard(), person.vintage)
                + exams.measurementNoise() * random.nextGaussian();
        boolean passed = measured >= exams.passMark();
        world.flows.graduates++;
        person.completedVet = true;
        world.flows.examTakers++;
        if (passed) {
            world.flows.examPasses++;
            world.flows.certifiedGapSum += 1 - world.skills.specificSkill(person, occupation);
            person.certifiedIn = occupation;
        }
        if (person.status == Status.SCHOOL_VET) {
            person.programme.addEnrolled(-1);
            person.graduatedFrom = person.programme;
            world.leaveEducation(person);
            if (!JobOffers.startOnLeaving(world, person) && person.internAt != null
                    && TrainedGraduateValue.offers(world, person.internAt, person)) {
                startFirstJob(world, person, person.internAt);
                world.flows.leaversStartingWork++;
            }
        } else {
            finishApprenticeship(world, person);
        }
    }

    private static void finishApprenticeship(World world, YoungPerson person) {
        Employer firm = person.employer;
        firm.apprentices.remove(person);
        world.flows.apprenticeGraduates++;
        world.flows.apprenticeGraduatesBySize[firm.sizeClass().ordinal()]++;
        double productivity = world.skills.productivity(person, firm.occupation(), true);
        world.graduateProductivity = 0.9 * world.graduateProductivity + 0.1 * productivity;
        person.programme = null;
        person.leftEducation = world.month;
        world.flows.educationLeavers++;
        if (TrainedGraduateValue.offers(world, firm, person)) {
            world.flows.leaversStartingWork++;
            double firmSkill = person.firmSkill;
            person.employer = null;
            startFirstJob(world, person, firm);
            person.firmSkill = firmSkill;
            person.searchingOnJob = true;
            world.retention.offered(person);
        } else {
            person.employer = null;
            person.firmSkill = 0;
            person.setStatus(Status.UNEMPLOYED);
        }
    }

    private static void startFirstJob(World world, YoungPerson person, Employer firm) {
        world.hire(person, firm);
        world.recordFirstJob(person, 0);
    }
}
