package org.vetsim.model;

import org.vetsim.scenario.EducationSettings;

/**
 * The choice of a young person out of education and work to prepare full time for a re-sitting
 * of the university entrance exam (Korea's repeaters, "jaesusaeng"; Japan's "ronin") instead of
 * searching for a job: where higher education admits by an exam sat at each intake
 * ({@code education.higher_admission_by_exam}) and late entry is open. Each month of preparation
 * since the last sitting adds its share of {@code education.higher_exam_preparation_gain}, the
 * score gain of a year's preparation in standard deviations of the field (about 0.2 for Korean
 * repeaters, docs/research/exam-repeater-score-gains.md), to the next sitting's score, at most a
 * year's; the months count again from nothing after each sitting.
 * <p>
 * As a candidate for the employers' entry exam weighs preparation ({@link ExamPreparation}), the
 * person prepares in a month when the rise in the chance of admission that preparing on until the
 * next sitting buys over stopping now (the months already prepared count either way), times what
 * a degree is worth over staying ({@link LateHigherEntry#degreeValue} less
 * {@link LateHigherEntry#stayingValue}, in skilled-wage months), spread over the months to the
 * sitting, less the month's cost ({@code education.higher_exam_preparation_cost} times the wage
 * the person expects), is above nothing, above what a month of job search adds
 * ({@link ExamPreparation#searchGain}) and above every other option of the month
 * ({@link OutOfPostChoice}: an employer's entry exam, a licence, informal work, a stay abroad). The chance is judged as
 * pupils judge theirs when they choose a track: ability, raised by the gain, against the signal
 * cutoff at which admission lately stopped, through the admission noise
 * ({@link TrackChoice#admissionChance}). Only someone out of work (unemployed, inactive or in
 * informal work, who gives it up to prepare: an employee would first have to quit) who would study if
 * admitted (their lasting taste below {@link LateHigherEntry#probability}), is still in the youth
 * window at the sitting, owes no military service and is neither waiting for a post won in an entry
 * exam nor caring for a young child prepares. A preparer is out of the labour force, as surveys
 * count those who study for an exam outside formal education.
 */
final class ResitPreparation {
    /** Months of preparation whose gain the evidence measures: a repeat year. */
    static final int YEAR = 12;

    private ResitPreparation() {
    }

    /** Whether the scenario has the choice: admission by a yearly exam, late entry open, and preparation that adds to the score. */
    static boolean inForce(EducationSettings education) {
        return education.higherAdmissionByExam() && education.lateHigherEntry() && education.higherExamPreparationGain() > 0;
    }

    /**
     * What {@code months} of preparation add to the exam score, in the units of the admission signal:
     * their share of a year's gain, at most a year's, times the score's spread across those who sit
     * it (ability percentile plus the admission noise).
     */
    static double scoreGain(EducationSettings education, int months) {
        double spread = Math.sqrt(AdmissionSignal.ABILITY_VARIANCE + education.higherAdmissionNoise() * education.higherAdmissionNoise());
        return education.higherExamPreparationGain() * Math.min(months, YEAR) / YEAR * spread;
    }

    /** Months of preparation, this one included, until the next sitting at the next intake (1 to 12). */
    static int monthsToSitting(int month) {
        return YEAR - Math.floorMod(month, YEAR);
    }

    /**
     * What preparing this month, and on to the sitting, is worth, in skilled-wage months a month: the
     * chance of admission with the months already prepared and those to the sitting, less the
     * chance with the months already prepared alone (kept whether or not the person goes on), times
     * the degree's value over staying, over the months to the sitting, less the month's cost; the
     * paths' earnings as {@code seen} now.
     */
    static double monthlyValue(World world, YoungPerson person, TrackReturns.Seen seen) {
        return monthlyValue(world, person,
                (LateHigherEntry.degreeValue(world, person, seen) - LateHigherEntry.stayingValue(world, person, seen)) * seen.reference());
    }

    /** {@link #monthlyValue(World, YoungPerson, TrackReturns.Seen)} with the degree's value over staying, {@code surplus}, known (skilled-wage months). */
    private static double monthlyValue(World world, YoungPerson person, double surplus) {
        EducationSettings education = world.scenario.education();
        if (surplus <= 0) {
            return Double.NEGATIVE_INFINITY;
        }
        int months = monthsToSitting(world.month);
        double noise = education.higherAdmissionNoise();
        double prepared = TrackChoice.admissionChance(world.admissionCutoff,
                person.ability + scoreGain(education, person.resitMonthsPrepared + months), noise);
        double unprepared = TrackChoice.admissionChance(world.admissionCutoff,
                person.ability + scoreGain(education, person.resitMonthsPrepared), noise);
        double wage = ParticipationChoice.expectedWage(world, person);
        return (prepared - unprepared) * surplus / months - education.higherExamPreparationCost() * wage;
    }

    /**
     * What preparing this month is worth to {@code person} ({@link #monthlyValue}, the paths'
     * earnings as seen now), or minus infinity where they may not: the choice is not in force; they
     * are not unemployed, inactive or in informal work (whose worker makes the choice of someone out
     * of work, giving up informal earnings, which {@link OutOfPostChoice} weighs); they may not apply
     * later whatever they did last month ({@link LateHigherEntry#qualifiedOutOfEducation}); they
     * would be past the youth window at the sitting; they owe service; or they would not study if
     * admitted (their lasting taste not below {@link LateHigherEntry#probability}).
     */
    static double value(World world, YoungPerson person) {
        EducationSettings education = world.scenario.education();
        if (!inForce(education) || (person.status != Status.UNEMPLOYED && person.status != Status.INACTIVE
                && person.status != Status.INFORMAL)
                || !LateHigherEntry.qualifiedOutOfEducation(world, person) || MilitaryService.owes(world, person)
                || person.age(world.month + monthsToSitting(world.month)) >= world.scenario.population().exitAge()) {
            return Double.NEGATIVE_INFINITY;
        }
        TrackReturns.Seen seen = Enrolment.seen(world);
        double degree = LateHigherEntry.degreeValue(world, person, seen);
        double staying = LateHigherEntry.stayingValue(world, person, seen);
        if (LateHigherEntry.taste(world, person) >= LateHigherEntry.probability(education, person, degree, staying)) {
            return Double.NEGATIVE_INFINITY;
        }
        return monthlyValue(world, person, (degree - staying) * seen.reference());
    }

    /**
     * {@code person} stops preparing: at a sitting (sat or let pass, after which the months count
     * again from nothing), or called up or gone abroad, when past months' preparation is lost too.
     */
    static void stop(YoungPerson person) {
        person.resitPreparing = false;
        person.resitMonthsPrepared = 0;
    }

    /**
     * The intake's sitting is over, held or not (no entrants, or late entry switched off by a
     * reform): everyone's months of preparation count again from nothing.
     */
    static void sittingOver(World world) {
        for (YoungPerson person : world.people) {
            stop(person);
        }
    }
}
