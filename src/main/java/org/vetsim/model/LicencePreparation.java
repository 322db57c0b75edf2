package org.vetsim.model;

import org.vetsim.scenario.ExamSettings;
import org.vetsim.scenario.LicenceStudy;

/**
 * The choice of a young person out of work and education to study for their occupation's
 * qualification exam as an external candidate ({@link LicenceStudy}) instead of searching or
 * resting: Korea's national technical qualifications and "spec" building, Germany's external
 * admission to the chamber exam. Who may: someone with an occupation (trained, studied or
 * worked in, or for a general-track leaver one drawn for them) and no vocational certificate, who
 * has worked {@code experience_months} in it or completed training, owes no service and waits for
 * no post.
 *
 * <p>What the certificate is worth to them is what certified young job seekers gain in the
 * market: the job-finding rates of the unemployed with and without a certificate over the last
 * year, as a ratio to all young seekers' rate, scale the person's own believed chance of a job
 * ({@link ParticipationChoice#perceivedChance}). Searching until hired with a monthly chance
 * {@code p} is worth {@code (p × surplus × job months − search cost) / (r + p)} in skilled-wage
 * months (the flow value of search over the monthly discount rate plus the exit rate from search;
 * Pissarides 2000, chapter 1), and 0 to someone for whom search does not pay (they rest). Studying
 * {@code n} months costs {@code study_cost × wage} a month and delays search; then the person
 * searches certified with the chance {@code π(n)} that their expected exam score, with what the
 * months of study add to their proficiency, beats the pass mark, and uncertified otherwise. They
 * study if the best plan of 1 to {@code cap_months} months beats searching (or resting) now and,
 * its gain per month added to what search adds to a month out of work, every other option of the
 * month ({@link OutOfPostChoice}).
 * Each month of study ends with a sitting of the exam (an assumption: Korea's craftsman-level
 * exams are held several times a year and on demand by computer), whose noise is a keyed draw.
 */
final class LicencePreparation {
    private LicencePreparation() {
    }

    /** Whether {@code person}, out of work and education, may study for the exam of their {@link #field}. */
    static boolean eligible(World world, YoungPerson person) {
        LicenceStudy study = world.scenario.labourMarket().participation().licences();
        return study.enabled() && person.certifiedIn == null && person.appointedTo == null
                && (person.completedVet || person.monthsInOccupation >= study.experienceMonths())
                && !MilitaryService.owes(world, person);
    }

    /**
     * The occupation whose exam the person would sit: their own, or for someone without one (a
     * general-track leaver) one drawn for them once, with equal chances (a keyed draw per person;
     * an assumption), which becomes their occupation when they start to study.
     */
    static Occupation field(World world, YoungPerson person) {
        if (person.occupation != null) {
            return person.occupation;
        }
        int n = world.occupations.length;
        return world.occupations[Math.min(n - 1, (int) (world.streams.keyed(Stream.LICENCE_EXAMS, person.id, -1, 0) * n))];
    }

    /** Proficiency in their {@link #field} after {@code months} of study: each month closes a share of the gap to 1 that grows with ability. */
    static double proficiencyAfter(World world, YoungPerson person, int months) {
        double rate = world.scenario.labourMarket().participation().licences().studyGain() * (0.5 + person.ability);
        double now = person.occupation != null ? person.proficiency : 0.0;
        return 1 - (1 - now) * Math.pow(1 - Math.min(1.0, rate), months);
    }

    /** The chance that the exam after {@code months} of study (0: now) certifies the person. */
    static double passChance(World world, YoungPerson person, int months) {
        ExamSettings exams = world.scenario.exams();
        Occupation occupation = field(world, person);
        double now = person.occupation != null ? person.proficiency : 0.0;
        double after = proficiencyAfter(world, person, months);
        double vintage = after > 0
                ? YoungPerson.blendedVintage(now, person.vintage, after, occupation.requirement())
                : occupation.requirement();
        double expected = after * QualificationExam.credited(world, occupation, vintage, !occupation.apprenticeships());
        double z = (expected - exams.passMark()) / exams.measurementNoise();
        return AdmissionSignal.normalCdf(z);
    }

    /** The index of young job seekers with or without a vocational certificate and a job before, in the job-finding windows. */
    static int group(boolean certified, boolean hadJob) {
        return (certified ? 1 : 0) + (hadJob ? 2 : 0);
    }

    /**
     * The job-finding rate of the young unemployed job seekers like {@code person} (with or without
     * a job before) with ({@code certified}) or without a vocational certificate, over the rate of
     * all young unemployed seekers, the last 12 months; NaN before both groups have searched.
     */
    static double findingRatio(World world, YoungPerson person, boolean certified) {
        TrailingWindow group = world.findingByCertificate[group(certified, person.hadJob)];
        double starts = 0;
        double seekers = 0;
        for (TrailingWindow window : world.findingByCertificate) {
            starts += window.numeratorSum();
            seekers += window.denominatorSum();
        }
        if (group.denominatorSum() <= 0 || starts <= 0) {
            return Double.NaN;
        }
        return group.ratio() / (starts / seekers);
    }

    /**
     * What searching until hired is worth to the person, in skilled-wage months, with a monthly
     * chance of a job {@code chance}; 0 when search does not pay (they would rest instead).
     */
    static double searchAsset(World world, YoungPerson person, double chance) {
        var participation = world.scenario.labourMarket().participation();
        double wage = ParticipationChoice.expectedWage(world, person);
        double surplus = wage - ParticipationChoice.reservationValue(world, person);
        if (surplus <= 0) {
            return 0.0;
        }
        double flow = chance * surplus * ParticipationChoice.jobMonths(world, person)
                + participation.jobSeekerAllowance() - participation.searchCost() * wage;
        return Math.max(0.0, flow) / (monthlyDiscount(world) + chance);
    }

    /** The monthly discount rate of {@code education.discount_rate} (a yearly rate over 12). */
    static double monthlyDiscount(World world) {
        return world.scenario.education().discountRate() / 12.0;
    }

    /**
     * The gain of the best plan of study over searching (or resting) now, per month of the plan,
     * in skilled-wage months; minus infinity for someone who may not study or before the market
     * shows job-finding rates by certificate.
     */
    static double monthlyGain(World world, YoungPerson person) {
        if (!eligible(world, person)) {
            return Double.NEGATIVE_INFINITY;
        }
        double certified = findingRatio(world, person, true);
        double uncertified = findingRatio(world, person, false);
        if (Double.isNaN(certified) || Double.isNaN(uncertified)) {
            return Double.NEGATIVE_INFINITY;
        }
        LicenceStudy study = world.scenario.labourMarket().participation().licences();
        double believed = ParticipationChoice.perceivedChance(world, person);
        double withCertificate = searchAsset(world, person, Math.min(1.0, believed * certified));
        double without = searchAsset(world, person, Math.min(1.0, believed * uncertified));
        double now = without;
        double cost = study.studyCost() * ParticipationChoice.expectedWage(world, person);
        double delay = 1.0 / (1.0 + monthlyDiscount(world));
        double best = Double.NEGATIVE_INFINITY;
        for (int months = 1; months <= study.capMonths(); months++) {
            double chance = passChance(world, person, months);
            double later = Math.pow(delay, months) * (chance * withCertificate + (1 - chance) * without);
            best = Math.max(best, (later - cost * months - now) / months);
        }
        return best;
    }

    /**
     * A month of study: proficiency grows at the occupation's current requirement level, and the
     * person sits the exam at the end of the month (measured skill with noise against
     * {@code exams.pass_mark}): the apprenticeship exam in an occupation with apprenticeships, the
     * school qualification's in one without ({@link QualificationExam}); passing certifies them.
     */
    static void study(World world, YoungPerson person) {
        Occupation occupation = field(world, person);
        person.enterOccupation(occupation, occupation.requirement());
        person.learn(proficiencyAfter(world, person, 1) - person.proficiency, occupation.requirement());
        ExamSettings exams = world.scenario.exams();
        boolean schoolOnly = !occupation.apprenticeships();
        double measured = person.proficiency * QualificationExam.credited(world, occupation, person.vintage, schoolOnly)
                + exams.measurementNoise() * world.streams.keyedGaussian(Stream.LICENCE_EXAMS, person.id, world.month);
        world.flows.licenceTakers++;
        if (measured >= exams.passMark()) {
            world.flows.licencePasses++;
            person.certifiedIn = occupation;
            person.employerCertificate = QualificationExam.employerSet(world.engagement, occupation, schoolOnly);
        }
    }
}
