package org.vetsim.model;

import ec.util.MersenneTwisterFast;
import org.vetsim.scenario.ExamSettings;

/**
 * The end of vocational training. Each graduate sits the qualification exam, which measures
 * proficiency valued at the exam standard's requirement level, with noise; reaching the pass mark
 * gives a certificate in the occupation. School-based graduates start looking for work. A
 * training firm keeps its graduating apprentice when the graduate is productive enough to hire
 * and the firm has room for them within its keep horizon (the need it trained for); otherwise the graduate searches too. A school graduate's
 * internship host makes the same decision.
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
            if (person.internAt != null && keeps(world, person.internAt, person)) {
                startFirstJob(world, person, person.internAt);
            }
        } else {
            finishApprenticeship(world, person);
        }
    }

    private static void finishApprenticeship(World world, YoungPerson person) {
        Employer firm = person.employer;
        firm.apprentices.remove(person);
        world.flows.apprenticeGraduates++;
        firm.trainedGraduates++;
        double productivity = world.skills.productivity(person, firm.occupation(), true);
        world.graduateProductivity = 0.9 * world.graduateProductivity + 0.1 * productivity;
        person.programme = null;
        person.leftEducation = world.month;
        if (keeps(world, firm, person)) {
            double firmSkill = person.firmSkill;
            person.employer = null;
            startFirstJob(world, person, firm);
            person.firmSkill = firmSkill;
            world.flows.apprenticesRetained++;
        } else {
            person.employer = null;
            person.firmSkill = 0;
            person.setStatus(Status.UNEMPLOYED);
        }
    }

    /**
     * Whether a firm that knows the graduate (as apprentice or intern) offers a job: the graduate
     * is productive enough to hire and the firm has room for them: target staff plus the openings
     * it expects over the keep horizon, minus its staff, is at least one (below one but above
     * zero, the graduate is kept with that probability).
     */
    private static boolean keeps(World world, Employer firm, YoungPerson graduate) {
        double productivity = world.skills.productivity(graduate, firm.occupation(), firm == graduate.employer);
        if (productivity < world.scenario.labourMarket().hiringThreshold()) {
            return false;
        }
        double horizon = world.scenario.labourMarket().keepHorizonMonths() / 12.0;
        double room = firm.targetStaff() + EmployerDecisions.expectedOpeningsPerYear(world, firm) * horizon - firm.staff();
        if (room >= 1) {
            return true;
        }
        return room > 0 && world.random(Stream.PLACEMENTS).nextDouble() < room;
    }

    private static void startFirstJob(World world, YoungPerson person, Employer firm) {
        world.hire(person, firm);
        world.recordFirstJob(person, 0);
    }
}
