package org.vetsim.model;

import org.vetsim.scenario.CollegeSettings;
import org.vetsim.scenario.CorporateTrainingCentres;
import org.vetsim.scenario.Engagement;
import org.vetsim.scenario.WorkBasedLearning;

/**
 * Learning at work. Apprentices learn in the firm at the firm's current requirement level,
 * faster with workplace training quality, ability and, where the firm gives them mentors,
 * mentoring (mechanism 5), and pick up
 * firm-specific skill. Employees close the lag of their specific skill behind requirements with
 * the half-life of {@link SkillModel#monthlyCatchUp}, raise proficiency towards the on-the-job
 * ceiling and accumulate firm-specific skill; new hires of firms with a training centre
 * (mechanism 7) also get induction training in firm-specific skill. Interns learn in the firm
 * like apprentices, full time. A mother on paid leave learns nothing at work until she is back
 * (an induction not yet finished waits for her).
 */
final class WorkplaceLearning implements PersonStep {
    private WorkBasedLearning wbl;
    private double firmRate;
    private double mentoredRate;
    private double ceiling;
    private CorporateTrainingCentres centres;

    @Override
    public void begin(World world) {
        Engagement engagement = world.engagement;
        wbl = engagement.workBasedLearning();
        firmRate = firmRate(engagement, world.scenario.colleges(), false);
        mentoredRate = firmRate(engagement, world.scenario.colleges(), true);
        ceiling = world.scenario.skills().onTheJobCeiling();
        centres = engagement.corporateTrainingCentres();
    }

    @Override
    public void apply(World world, YoungPerson person) {
        if (person.status == Status.APPRENTICE) {
            Occupation occupation = person.occupation;
            double rate = person.employer.mentors ? mentoredRate : firmRate;
            double gain = wbl.firmTimeShare() * rate * (0.5 + person.ability) * (1 - person.proficiency);
            person.learn(gain, occupation.requirement());
            double catchUp = world.skills.monthlyCatchUp(person.generalSkill);
            person.firmSkill += wbl.firmTimeShare() * catchUp * (1 - person.firmSkill);
        } else if (person.status == Status.SCHOOL_VET && person.intern) {
            person.learn(firmRate * (0.5 + person.ability) * (1 - person.proficiency), person.occupation.requirement());
        } else if (person.status == Status.EMPLOYED && !Motherhood.onLeave(world, person)) {
            learnOnTheJob(world, person, ceiling);
            person.monthsInOccupation++;
            if (person.inductionLeft > 0) {
                person.firmSkill += centres.firmSkillGain() * (1 - person.firmSkill);
                person.inductionLeft--;
                world.flows.inductionMonths++;
                person.employer.inductionMonths++;
            }
        }
    }

    /**
     * Monthly proficiency gain of in-firm training per unit of the gap to full proficiency, full
     * time and at median pace: the colleges' learning rate times workplace training quality, raised
     * by mentoring for an apprentice with a mentor.
     */
    static double firmRate(Engagement engagement, CollegeSettings colleges, boolean mentored) {
        double rate = colleges.learningRate() * engagement.workBasedLearning().workplaceQuality();
        var mentoring = engagement.mentoring();
        return mentored ? rate * (1 + mentoring.strength() * mentoring.learningBoost()) : rate;
    }

    private static void learnOnTheJob(World world, YoungPerson person, double ceiling) {
        Occupation occupation = person.occupation;
        double catchUp = world.skills.monthlyCatchUp(person.generalSkill);
        double gap = occupation.requirement() - person.vintage;
        if (gap > 0) {
            person.vintage = occupation.requirement() - gap * (1 - catchUp);
        }
        if (person.proficiency < ceiling) {
            person.proficiency += catchUp * (ceiling - person.proficiency);
        }
        person.firmSkill += catchUp * (1 - person.firmSkill);
    }
}
