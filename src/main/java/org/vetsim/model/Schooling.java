package org.vetsim.model;

import ec.util.MersenneTwisterFast;
import org.vetsim.metrics.Track;
import org.vetsim.scenario.CollegeSettings;
import org.vetsim.scenario.EducationSettings;
import org.vetsim.scenario.Engagement;
import org.vetsim.scenario.WorkBasedLearning;

/**
 * Learning at school and leaving it early. Full-time schooling teaches in the school year's
 * teaching months ({@link SchoolCalendar}). General and higher education raise general skill
 * towards an ability-given ceiling; at the end of the general track the ablest go on to higher
 * education ({@link HigherEducation}, where they also learn a field) and the rest leave, to the job they accepted before leaving ({@link JobOffers}) or to look for work. Vocational students (and apprentices, for their
 * school days) gain occupation-specific proficiency at the curriculum's requirement level, faster
 * with teaching quality and ability, and drop out with a hazard that falls with ability (and
 * with mentoring, for apprentices of a firm that gives them mentors).
 */
final class Schooling implements PersonStep {
    private MersenneTwisterFast random;
    private EducationSettings education;
    private CollegeSettings colleges;
    private double schoolShareOfApprentices;
    private double mentoringDropoutCut;
    private WorkBasedLearning workBasedLearning;
    private SchoolCalendar calendar;
    private boolean teaching;
    private double generalTermRate;
    private double vocationalGeneralTermRate;

    @Override
    public void begin(World world) {
        random = world.random(Stream.LEARNING);
        education = world.scenario.education();
        colleges = world.scenario.colleges();
        Engagement engagement = world.engagement;
        schoolShareOfApprentices = 1.0 - engagement.workBasedLearning().firmTimeShare();
        mentoringDropoutCut = engagement.mentoring().strength() * engagement.mentoring().dropoutReduction();
        workBasedLearning = engagement.workBasedLearning();
        calendar = new SchoolCalendar(education.summerBreakMonths());
        teaching = calendar.teaching(world.month);
        generalTermRate = calendar.termRate(education.generalLearningRate());
        vocationalGeneralTermRate = calendar.termRate(education.generalLearningRate() / 2);
    }

    @Override
    public void apply(World world, YoungPerson person) {
        switch (person.status) {
            case GENERAL_EDUCATION -> {
                if (world.month >= person.trainingEnds) {
                    endGeneralTrack(world, person, random);
                } else if (teaching) {
                    learnGeneral(person, generalTermRate);
                }
            }
            case HIGHER_EDUCATION -> {
                if (world.month >= person.trainingEnds) {
                    boolean training = DropoutTraining.plansTraining(world, person);
                    HigherEducation.leave(world, person);
                    world.leaveEducation(person);
                    if (training && person.offerFrom == null) {
                        DropoutTraining.waitForIntake(world, person);
                    }
                    JobOffers.startOnLeaving(world, person);
                } else {
                    learnGeneral(person, education.generalLearningRate());
                    HigherEducation.study(person, education.higherEducationFieldLearningRate());
                }
            }
            case SCHOOL_VET -> {
                if (teaching) {
                    learnGeneral(person, vocationalGeneralTermRate);
                    if (!person.intern) {
                        learnAtSchool(person, calendar.termRate(shareAtSchool(person, 1.0)));
                    }
                }
                if (random.nextDouble() < colleges.dropoutRate() * (1.5 - person.ability)) {
                    person.programme.addEnrolled(-1);
                    dropOut(world, person);
                }
            }
            case APPRENTICE -> {
                learnGeneral(person, education.generalLearningRate() * schoolShareOfApprentices / 2);
                learnAtSchool(person, shareAtSchool(person, schoolShareOfApprentices));
                double cut = person.employer.mentors ? mentoringDropoutCut : 0.0;
                double hazard = workBasedLearning.apprenticeDropoutHazard(world.trainingMonth(person)) * (1.5 - person.ability) * (1 - cut);
                if (random.nextDouble() < hazard) {
                    if (person.retakes == 0) {
                        world.endContractEarly(person);
                        FirmChange.open(world, person);
                    }
                    world.separate(person);
                    if (person.retakes > 0) {
                        ExamRetake.leaveBeforeRetake(world);
                        JobOffers.lapse(person);
                        world.leaveEducation(person);
                    } else {
                        world.flows.apprenticeDropouts++;
                        dropOut(world, person);
                    }
                }
            }
            default -> {
            }
        }
    }

    private static void learnGeneral(YoungPerson person, double rate) {
        double ceiling = SkillModel.generalCeiling(person.ability);
        if (person.generalSkill < ceiling) {
            person.generalSkill += rate * (ceiling - person.generalSkill);
        }
    }

    /** The share of the gap to full proficiency that a month of {@code person}'s programme closes, spending {@code timeShare} of it at school. */
    private double shareAtSchool(YoungPerson person, double timeShare) {
        return schoolRate(timeShare, colleges.learningRate(), person.programme.teachingQuality(), person.ability);
    }

    /** {@code person} learns {@code share} of the gap to full proficiency at their programme's curriculum level. */
    private static void learnAtSchool(YoungPerson person, double share) {
        person.learn(share * (1 - person.proficiency), person.programme.curriculumLevel());
    }

    /**
     * The share of the gap to full proficiency that a month at school closes for a learner of
     * ability percentile {@code ability} who spends {@code timeShare} of the month there, at the
     * learning rate {@code rate} and teaching quality {@code quality}: the one formula of school
     * learning, which the firms' projections ({@link AssessmentGateway}, {@link ApprenticeshipEconomics}) follow.
     */
    static double schoolRate(double timeShare, double rate, double quality, double ability) {
        return timeShare * rate * quality * (0.5 + ability);
    }

    private static void endGeneralTrack(World world, YoungPerson person, MersenneTwisterFast random) {
        if (HigherEducation.goesOn(person)) {
            HigherEducation.enter(world, person, random);
            return;
        }
        world.leaveEducation(person);
        JobOffers.startOnLeaving(world, person);
    }

    private static void dropOut(World world, YoungPerson person) {
        JobOffers.lapse(person);
        person.track = Track.NONE;
        world.flows.dropouts++;
        world.leaveEducation(person);
    }
}
