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
 * the person expects), is above nothing and above what a month of job search adds
 * ({@link ExamPreparation#searchGain}), and above the month's value of preparing for an employer's
 * entry exam or studying for a licence where one of those is chosen. The chance is judged as
 * pupils judge theirs when they choose a track: ability, raised by the gain, against the signal
 * cutoff at which admission lately stopped, through the admission noise
 * ({@link TrackChoice#admissionChance}). Only someone out of work (unemployed, inactive or in
 * informal work, who gives it up to prepare: an employee would first have to quit; informal
 * earnings are not weighed here, as in the other preparation choices) who would study if
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
     * Whether {@code person}, out of work and education, prepares this month when neither an
     * employer's entry exam nor a licence is chosen ({@link #prepares(World, YoungPerson, boolean, boolean)}).
     */
    static boolean prepares(World world, YoungPerson person) {
        return prepares(world, person, false, false);
    }

    /**
     * Whether {@code person}, out of work and education, prepares this month: the choice is in force,
     * they are unemployed, inactive or in informal work (whose worker makes the choice of someone out
     * of work, {@link ParticipationChoice#decide}, as for the entry exam and a licence; until 7 December
     * 2026 an informal worker could not prepare), may apply later whatever they did last month
     * ({@link LateHigherEntry#qualifiedOutOfEducation}), are still in the youth window at the
     * sitting, would study if admitted and owe no service; and preparing is worth more than nothing,
     * than searching, and than the alternative chosen this month: preparing for the employers' entry
     * exam ({@code exam}, its {@link ExamPreparation#monthlyValue}) or studying for a licence
     * ({@code licence}, the better of searching and resting plus {@link LicencePreparation#monthlyGain},
     * as {@link LicencePreparation#studies} weighs it).
     */
    static boolean prepares(World world, YoungPerson person, boolean exam, boolean licence) {
        EducationSettings education = world.scenario.education();
        if (!inForce(education) || (person.status != Status.UNEMPLOYED && person.status != Status.INACTIVE
                && person.status != Status.INFORMAL)
                || !LateHigherEntry.qualifiedOutOfEducation(world, person) || MilitaryService.owes(world, person)
                || person.age(world.month + monthsToSitting(world.month)) >= world.scenario.population().exitAge()) {
            return false;
        }
        TrackReturns.Seen seen = world.trackReturns.seen(world.month, Enrolment.informationLag(world));
        double degree = LateHigherEntry.degreeValue(world, person, seen);
        double staying = LateHigherEntry.stayingValue(world, person, seen);
        if (LateHigherEntry.taste(world, person) >= LateHigherEntry.probability(education, person, degree, staying)) {
            return false;
        }
        double value = monthlyValue(world, person, (degree - staying) * seen.reference());
        double outOfWork = ParticipationChoice.outOfWorkFlow(world, person);
        double search = ExamPreparation.searchGain(world, person, outOfWork);
        if (!(value > 0 && value > search)) {
            return false;
        }
        if (licence) {
            return value > Math.max(0.0, search) + LicencePreparation.monthlyGain(world, person);
        }
        return !exam || value > ExamPreparation.monthlyValue(world, person, outOfWork);
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
