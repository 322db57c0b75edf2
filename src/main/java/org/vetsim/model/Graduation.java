package org.vetsim.model;

import ec.util.MersenneTwisterFast;
import org.vetsim.scenario.ExamSettings;

/**
 * The end of vocational training. Each graduate sits the qualification exam, which measures
 * proficiency as far as the exam credits it ({@link QualificationExam}: the apprenticeship exam
 * values it at the standard's requirement level, a school exam tests its programme's own
 * specification unless employer-set standards reach it), with noise; reaching the pass mark
 * gives a certificate in the occupation; a school-based student may have sat it earlier in the
 * final school year ({@code exams.school_first_sitting_month}) and is certified if either sitting
 * passed; an apprentice who fails may train on to a retake
 * ({@link ExamRetake}) and sits the exam again at the end of it. The training firm decides whether to offer its
 * graduating apprentice a job ({@link TrainedGraduateValue#offers}) at the wage it may have
 * raised to keep them; in the last months of training the apprentice weighed outside offers
 * against that job ({@link JobOffers}, {@link Screening}), and one who took a job elsewhere
 * leaves for it, so retention is chosen by both sides. A school graduate who
 * accepted a job before finishing starts it ({@link JobOffers}); otherwise the internship host
 * decides as a training firm does. An apprentice committed in the last months
 * ({@link KeepCommitment}) is offered the job. A graduate offered a job by the training firm or
 * the host takes it if its wage and fit beat their value of time outside work
 * ({@link ParticipationChoice#takes}). Everyone else is out of work and makes the participation
 * choice the same month.
 */
final class Graduation implements PersonStep {
    private MersenneTwisterFast random;
    private ExamSettings exams;
    private double fitSpread;

    @Override
    public void begin(World world) {
        random = world.random(Stream.EXAMS);
        exams = world.scenario.exams();
        fitSpread = world.scenario.labourMarket().jobFitSpread();
    }

    @Override
    public void apply(World world, YoungPerson person) {
        if (AssessmentGateway.due(world, person)) {
            AssessmentGateway.judge(world, person);
        }
        if (KeepCommitment.due(world, person)) {
            KeepCommitment.offer(world, person);
        }
        if (exams.schoolResits() && person.status == Status.SCHOOL_VET
                && earlySittingDue(world.month, person.trainingEnds, exams.schoolFirstSittingMonth())) {
            sitEarly(world, person);
        }
        boolean inTraining = person.status == Status.SCHOOL_VET || person.status == Status.APPRENTICE;
        if (!inTraining || person.trainingEnds != world.month) {
            return;
        }
        Occupation occupation = person.occupation;
        person.intern = false;
        boolean school = person.status == Status.SCHOOL_VET;
        boolean retake = !school && person.retakes > 0;
        double error = retake ? world.streams.keyedGaussian(Stream.RETAKE_EXAMS, person.id(), world.month) : random.nextGaussian();
        boolean passed = passes(world, person, school, error) || school && passedEarlySitting(person);
        if (retake) {
            world.flows.apprenticeRetakes++;
        } else {
            world.flows.countExam(!school, passed);
        }
        person.completedVet = true;
        if (!school && !passed && ExamRetake.chooses(world, person)) {
            ExamRetake.extend(world, person);
            return;
        }
        world.flows.graduates++;
        if (!school) {
            world.flows.countApprenticeFinish(passed, person.extensionMonths > 0);
        }
        if (passed) {
            world.flows.certifiedGapSum += 1 - world.skills.specificSkill(person, occupation);
            person.certifiedIn = occupation;
            person.employerCertificate = QualificationExam.employerSet(world.engagement, occupation, school);
        }
        boolean studies = LateHigherEntry.goesOnFromTraining(person);
        person.studyAdmitted = false;
        if (school) {
            person.programme.addEnrolled(-1);
            person.graduatedFrom = person.programme;
            if (studies) {
                LateHigherEntry.enterFromTraining(world, person);
                return;
            }
            world.leaveEducation(person);
            if (!JobOffers.startOnLeaving(world, person) && person.internAt != null
                    && TrainedGraduateValue.offers(world, person.internAt, person)) {
                Employer host = person.internAt;
                double fit = fit();
                double specific = world.skills.specificSkill(person, host.occupation());
                double wage = world.wageAt(host, world.skills.productivity(person, specific, false));
                if (ParticipationChoice.takes(world, person, wage, fit)) {
                    startFirstJob(world, person, host, 0.0, fit);
                    world.flows.leaversStartingWork++;
                }
            }
        } else {
            finishApprenticeship(world, person, studies, passed);
        }
    }

    /**
     * Whether {@code month} is the earlier sitting of the exam of a school-based programme that ends
     * in {@code ends}: month {@code sittingMonth} of its final school year (the one whose intake is
     * the last before the end), and before the end.
     */
    static boolean earlySittingDue(int month, int ends, int sittingMonth) {
        int finalYear = 12 * Math.floorDiv(ends - 1, 12);
        return month == finalYear + sittingMonth && month < ends;
    }

    /**
     * The school-based student sits the exam early, in the final school year: one who passes is
     * certified at the programme's end whatever the last sitting gives; one who fails sits again
     * then, with what they have learnt since (everyone who failed takes the retake: an
     * assumption, since it falls within the programme they are enrolled in). The error is a keyed draw, so the sequence of the end
     * sittings' draws stays as it is.
     */
    private void sitEarly(World world, YoungPerson person) {
        if (passes(world, person, true, world.streams.keyedGaussian(Stream.SCHOOL_SITTINGS, person.id(), world.month))) {
            person.earlySittingPassed = world.month;
        }
    }

    /**
     * Whether {@code person} passes a sitting of their occupation's exam (school-based or not) with
     * the standard-normal measurement {@code error}: proficiency as far as the exam credits it,
     * plus noise, against the pass mark.
     */
    private boolean passes(World world, YoungPerson person, boolean school, double error) {
        double measured = person.proficiency * QualificationExam.credited(world, person.occupation, person.vintage, school)
                + exams.measurementNoise() * error;
        return measured >= exams.passMark();
    }

    /** Whether {@code person}, finishing a school-based programme, passed its earlier sitting in the final school year. */
    static boolean passedEarlySitting(YoungPerson person) {
        return person.earlySittingPassed >= 0 && person.trainingEnds - person.earlySittingPassed < 12;
    }

    /**
     * The apprentice graduates: one admitted to higher education at this intake goes on to study
     * (an offer declined, if the firm would have kept them); one who accepted an outside offer
     * leaves for it; otherwise the firm keeps them if it offers and they take it. A commitment to
     * keep ({@link KeepCommitment}) binds for a graduate who passed ({@code passed}); one who
     * failed is kept only if the firm offers as it stands.
     */
    private void finishApprenticeship(World world, YoungPerson person, boolean studies, boolean passed) {
        Employer firm = person.employer;
        firm.apprentices.remove(person);
        world.flows.apprenticeGraduates++;
        world.flows.apprenticeGraduatesBySize[firm.sizeClass().ordinal()]++;
        double specific = world.skills.specificSkill(person, firm.occupation());
        world.graduateProductivity = 0.9 * world.graduateProductivity + 0.1 * world.skills.productivity(person, specific, true);
        world.graduatePaidProductivity = 0.9 * world.graduatePaidProductivity + 0.1 * world.paidProductivity(person, specific);
        person.programme = null;
        boolean wanted = person.keepCommitted && passed || TrainedGraduateValue.offers(world, firm, person);
        person.keepCommitted = false;
        if (studies) {
            if (wanted) {
                world.retention.offered(person);
            }
            LateHigherEntry.enterFromTraining(world, person);
            return;
        }
        person.leftEducation = world.month;
        boolean takes = wanted && ParticipationChoice.takes(world, person,
                world.employeeWage(person, world.skills.specificSkill(person, firm.occupation())), person.jobFit);
        if (person.offerFrom != null) {
            leaveForOutsideJob(world, person, firm, wanted);
            return;
        }
        world.flows.educationLeavers++;
        if (takes) {
            world.flows.leaversStartingWork++;
            double firmSkill = person.firmSkill;
            person.employer = null;
            startFirstJob(world, person, firm, person.wageFloor, person.jobFit);
            person.firmSkill = firmSkill;
            world.retention.offered(person);
        } else {
            if (wanted) {
                world.retention.offered(person);
            }
            person.employer = null;
            person.firmSkill = 0;
            person.leftWorkMonth = world.month;
            person.setStatus(Status.UNEMPLOYED);
        }
    }

    /**
     * The graduate took a job elsewhere before finishing: the training firm loses them (an offer
     * declined, if it would have kept them) to an employer that did not train them.
     */
    private static void leaveForOutsideJob(World world, YoungPerson person, Employer firm, boolean wanted) {
        if (wanted) {
            world.retention.offered(person);
        }
        Employer hirer = person.offerFrom;
        world.flows.poached++;
        world.flows.poachedBySize[firm.sizeClass().ordinal()]++;
        if (person.certifiedIn == hirer.occupation()) {
            world.flows.outsideHiresOfCertified++;
            world.flows.certifiedHiresByNonTrainers += hirer.apprentices.isEmpty() ? 1 : 0;
        }
        person.employer = null;
        person.firmSkill = 0;
        JobOffers.startOnLeaving(world, person);
    }

    /** The fit of the job an intern is offered by the host. */
    private double fit() {
        return fitSpread * random.nextGaussian();
    }

    private static void startFirstJob(World world, YoungPerson person, Employer firm, double wage, double fit) {
        world.hire(person, firm, wage, fit);
        world.recordFirstJob(person, 0);
    }
}
