package org.vetsim.model;

import ec.util.MersenneTwisterFast;
import org.vetsim.metrics.Track;
import org.vetsim.scenario.EducationSettings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Higher education: admission of a cohort, the field of study, and what a degree teaches.
 * A cohort's places (the entry rate times the cohort) go to the general-track pupils and the year's
 * late applicants ({@link LateHigherEntry}) with the highest academic signals (ability plus noise);
 * the lowest admitted ability sets the cutoff the next cohorts expect. Entering, a student chooses a field, one of the occupations, with
 * probability proportional to its share of jobs times the perceived earnings of its degree
 * holders to the power of the prospect sensitivity ({@link OccupationChoice#field}, as VET
 * entrants choose among places), and learns its requirements as they
 * stand (universities teach the current state of a field) besides general skill. A graduate holds
 * a degree in the field, which employers see as they see a state-set certificate. Students stay
 * enrolled for a number of months drawn around the country's mean (students over entrants a year,
 * which counts further degrees, slow progress and leave), except those who leave without a degree
 * ({@code education.higher_dropout_share}, drawn at entry, the less able more often), who leave
 * earlier; the others then stay longer, so that the mean over entrants stays the country's.
 */
final class HigherEducation {
    /** The entrants' mean ability the non-completion gradient starts from, before any has entered. */
    static final double INITIAL_ENTRANT_ABILITY = 0.75;

    private HigherEducation() {
    }

    /**
     * Admits to the year's places (the entry rate times the cohort) the general-track pupils of
     * this cohort and this year's late applicants ({@link LateHigherEntry}), in one ranking by
     * their signals: the admitted pupils enter when they finish the general track, the admitted
     * late applicants at once, or, finishing vocational training this month, at graduation after
     * the exam ({@link LateHigherEntry#admit}).
     */
    static void admit(World world) {
        List<YoungPerson> candidates = new ArrayList<>();
        for (YoungPerson person : world.entrants) {
            if (person.status == Status.GENERAL_EDUCATION && !person.vetBound) {
                candidates.add(person);
            }
        }
        int pupils = candidates.size();
        List<YoungPerson> late = LateHigherEntry.applicants(world);
        candidates.addAll(late);
        world.flows.higherApplicantsLate += (int) late.stream().filter(person -> LateHigherEntry.countsAsLate(world, person)).count();
        double[] signal = new double[candidates.size()];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            signal[i] = AdmissionSignal.academic(world, candidates.get(i));
            order.add(i);
        }
        ResitPreparation.sittingOver(world);
        order.sort(Comparator.comparingDouble((Integer i) -> -signal[i]).thenComparingInt(i -> i));
        int places = (int) Math.round(world.scenario.education().higherEducationEntryRate() * world.entrants.size());
        for (int k = 0; k < Math.min(places, order.size()); k++) {
            int i = order.get(k);
            YoungPerson admitted = candidates.get(i);
            if (i < pupils) {
                admitted.admittedToHigher = true;
            } else {
                LateHigherEntry.admit(world, admitted);
            }
        }
        double cutoff;
        if (places <= 0) {
            cutoff = TrackChoice.NO_ADMISSION;
        } else if (places >= order.size()) {
            cutoff = TrackChoice.CERTAIN_ADMISSION;
        } else {
            cutoff = signal[order.get(places - 1)];
        }
        world.admissionCutoff = expectedCutoff(world.admissionCutoff, cutoff);
    }

    /**
     * The signal cutoff pupils expect after an intake whose last admitted candidate's signal was
     * {@code latest}: averaged two to one with the cutoff they expected before, or, when this intake
     * or the last admitted everyone or no one, the latest outright.
     */
    static double expectedCutoff(double before, double latest) {
        if (Double.isInfinite(before) || Double.isInfinite(latest)) {
            return latest;
        }
        return (2 * before + latest) / 3;
    }

    /** Whether {@code person}, a general-track pupil, goes on to higher education at the end of the track. */
    static boolean goesOn(YoungPerson person) {
        return person.admittedToHigher && person.status == Status.GENERAL_EDUCATION;
    }

    /** {@code person}, admitted, leaves the general track for higher education in a field of their choice. */
    static void enter(World world, YoungPerson person, MersenneTwisterFast random) {
        EducationSettings education = world.scenario.education();
        Occupation field = world.occupations[chooseField(world, random)];
        person.studyStart = world.month;
        int months = monthsEnrolled(education, random, graduatesMeanMonths(education));
        person.leavesWithoutDegree = false;
        if (education.higherDropoutShare() > 0) {
            double chance = nonCompletionChance(education.higherDropoutShare(), person.ability, world.higherEntrantAbility.at(world.month));
            world.higherEntrantAbility.enters(world.month, person);
            if (random.nextDouble() < chance) {
                person.leavesWithoutDegree = true;
                months = monthsBeforeLeaving(education.higherDropoutMedianMonths(), months, random);
            }
        }
        person.trainingEnds = person.leavesWithoutDegree ? world.month + months
                : leavingMonth(education, world.month, world.month + months);
        person.setStatus(Status.HIGHER_EDUCATION);
        person.track = Track.HIGHER;
        person.occupation = field;
        person.proficiency = 0.0;
        person.vintage = field.requirement();
        world.flows.higherEntrants++;
    }

    /**
     * The chance that an entrant of {@code ability} leaves without a degree: {@code share} times
     * (1.5 - ability) over the same for the entrants' mean ability {@code meanAbility}, the gradient
     * of the other dropouts (three times as often at ability 0 as at 1), so that the entrants leave
     * without a degree at {@code share} on average; at most 1.
     */
    static double nonCompletionChance(double share, double ability, double meanAbility) {
        return Math.min(1.0, share * (1.5 - ability) / (1.5 - meanAbility));
    }

    /**
     * Mean months a student who graduates stays: so that, with the non-completers leaving after
     * their mean months (the exponential's mean, the median over ln 2), the mean over all entrants is
     * {@code higher_education_months}; at least 12.
     */
    static double graduatesMeanMonths(EducationSettings education) {
        double share = education.higherDropoutShare();
        double leaving = education.higherDropoutMedianMonths() / Math.log(2);
        return Math.max(12.0, (education.higherEducationMonths() - share * leaving) / (1 - share));
    }

    /**
     * Months a non-completer stays: exponential with median {@code median}, at least 1 and at most
     * {@code graduateMonths} - 1 (the months they would have stayed to a degree).
     */
    static int monthsBeforeLeaving(int median, int graduateMonths, MersenneTwisterFast random) {
        double drawn = -Math.log(1 - random.nextDouble()) * median / Math.log(2);
        return (int) Math.max(1, Math.min(graduateMonths - 1, Math.round(drawn)));
    }

    /**
     * {@code person} leaves higher education at the end of their months: with a degree in their
     * field ({@link #graduate}), or without one if they were to leave without a degree.
     */
    static void leave(World world, YoungPerson person) {
        world.flows.higherLeavers++;
        if (person.leavesWithoutDegree) {
            world.flows.higherLeaversWithoutDegree++;
            person.leavesWithoutDegree = false;
        } else {
            graduate(person);
        }
    }

    /**
     * Months a student who graduates stays enrolled: gamma-distributed with mean {@code mean} and
     * coefficient of variation {@code higher_education_months_spread}, at least 12.
     */
    static int monthsEnrolled(EducationSettings education, MersenneTwisterFast random, double mean) {
        double spread = education.higherEducationMonthsSpread();
        if (spread <= 0) {
            return (int) mean;
        }
        double shape = 1 / (spread * spread);
        return Math.max(12, (int) Math.round(Draws.gamma(random, shape, mean / shape)));
    }

    /**
     * The month a student who entered in {@code start} and would finish in {@code drawnEnd} leaves:
     * {@code drawnEnd} moved to the nearest month of the school year {@code education.higher_leaving_month}
     * (the end of an academic year; at least a year after entry), or {@code drawnEnd} itself where the
     * key is -1.
     */
    static int leavingMonth(EducationSettings education, int start, int drawnEnd) {
        int target = education.higherLeavingMonth();
        if (target < 0) {
            return drawnEnd;
        }
        int shift = Math.floorMod(target - Math.floorMod(drawnEnd, 12), 12);
        int end = drawnEnd + (shift > 6 ? shift - 12 : shift);
        return end - start < 12 ? end + 12 : end;
    }

    /** One month of study: the field's current requirements, faster for the able. */
    static void study(YoungPerson person, double rate) {
        double gain = rate * (0.5 + person.ability) * (1 - person.proficiency);
        person.learn(gain, person.occupation.requirement());
    }

    /** {@code person} graduates with a degree in their field. */
    static void graduate(YoungPerson person) {
        person.degreeIn = person.occupation;
    }

    private static int chooseField(World world, MersenneTwisterFast random) {
        int n = world.occupations.length;
        double[] shares = new double[n];
        for (int o = 0; o < n; o++) {
            shares[o] = world.scenario.occupations().get(o).employmentShare();
        }
        double[] earnings = world.occupationReturns.graduates(world.month, Enrolment.informationLag(world));
        double[] weights = OccupationChoice.field(shares, earnings, world.scenario.education().prospectSensitivity());
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double u = random.nextDouble() * total;
        for (int o = 0; o < n; o++) {
            u -= weights[o];
            if (u < 0) {
                return o;
            }
        }
        return n - 1;
    }
}
